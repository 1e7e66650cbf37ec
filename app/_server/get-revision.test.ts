import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RIVERTON_A, RIVERTON_B } from "@/test-support/store-test-articles";
import { openApiTestBed, type ApiTestBed } from "@/test-support/api-test-bed";
import type { SqlDriver } from "@/lib/store/store-types";
import { AppError } from "./app-error";
import { createComparison } from "./create-comparison";
import { readRevision } from "./get-revision";
import { saveRevision } from "./save-revision";

// The use cases called directly on the embedded database, with every query counted: reading
// revision n must not pull the original's JSON (10 MB for a large comparison) just for its title.

function countingStore(driver: SqlDriver, seen: string[]): () => Promise<SqlDriver> {
  const counted: SqlDriver = { ...driver, dialect: driver.dialect, query: (sql, params) => (seen.push(sql.replace(/\s+/g, " ")), driver.query(sql, params)) };
  return async () => counted;
}

describe("get a revision", () => {
  let bed: ApiTestBed;
  let id: string;

  beforeAll(async () => {
    bed = await openApiTestBed("sqlite");
    ({ stored: { id } } = await createComparison(bed.services, { sources: [RIVERTON_A, RIVERTON_B], listed: false, client: "test" }));
    await saveRevision(bed.services, { comparisonId: id, baseRevision: 0, edits: [{ op: "confirm", groupId: "g1" }], editor: "Dana" });
  });

  afterAll(() => bed.close());

  it("reads revision 0 from the comparison row in one query", async () => {
    const seen: string[] = [];
    const found = await readRevision(countingStore(bed.driver, seen), id, "0");
    expect([found.number, JSON.parse(found.json).review ?? null]).toEqual([0, null]);
    expect(seen).toHaveLength(1);
  });

  it("reads revision n and the title alone, never the original's comparison JSON", async () => {
    const seen: string[] = [];
    const found = await readRevision(countingStore(bed.driver, seen), id, "1");
    expect([found.number, JSON.parse(found.json).review.revision, found.title.length > 0]).toEqual([1, 1, true]);
    expect(seen).toHaveLength(2);
    expect(seen.filter((sql) => /comparison FROM comparisons/.test(sql))).toEqual([]);
  });

  it("answers 404 for a missing revision and an unknown or seed id, without querying bad ids", async () => {
    const seen: string[] = [];
    const open = countingStore(bed.driver, seen);
    await expect(readRevision(open, id, "7")).rejects.toMatchObject({ code: "not-found", status: 404 });
    const before = seen.length;
    for (const [bad, n] of [["seed-belarus-kgb-talks", "0"], ["../../etc", "0"], [id, "01"]] as const) {
      await expect(readRevision(open, bad, n)).rejects.toBeInstanceOf(AppError);
    }
    expect(seen.length).toBe(before);
  });
});
