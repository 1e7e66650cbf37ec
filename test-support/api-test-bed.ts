// For tests only: a migrated database of one kind (test-support/store-test-drivers.ts) and the API's
// services over it, as the route handlers receive them, with no fetching and a fixed origin.
import { randomBytes } from "node:crypto";
import type { ApiServices } from "@/app/api/comparisons/api-services";
import { createTestDatabase } from "@/test-support/store-test-drivers";
import { createComparisonId } from "@/lib/store/create-comparison-id";
import { migrateStore } from "@/lib/store/migrate-store";
import type { SqlDriver } from "@/lib/store/store-types";

export const TEST_ORIGIN = "http://parallax.test";

export interface ApiTestBed {
  driver: SqlDriver;
  services: ApiServices;
  /** Closes the connection and deletes the database. */
  close(): Promise<void>;
}

export async function openApiTestBed(kind: "sqlite" | "postgres", overrides: Partial<ApiServices> = {}): Promise<ApiTestBed> {
  const database = createTestDatabase(kind);
  const driver = await database.open();
  await migrateStore(driver, { now: () => new Date() });
  const services: ApiServices = {
    openStore: async () => driver,
    fetchSource: () => Promise.reject(new Error("no fetching in these tests")),
    now: () => new Date(Date.UTC(2031, 2, 6, 9, 0, 0)),
    newId: () => createComparisonId((n) => randomBytes(n)),
    engineVersion: "parallax@test",
    publicOrigin: () => TEST_ORIGIN,
    ...overrides,
  };
  return {
    driver,
    services,
    close: async () => {
      await driver.close();
      await database.destroy();
    },
  };
}
