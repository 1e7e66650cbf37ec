// The operator's commands against a real database (SQLite; PostgreSQL too under
// scripts/with-postgres.sh), through the same store drivers the app uses.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashEditKey } from "../app/_lib/edit-keys";
import { RIVERTON_A, RIVERTON_B } from "../test-support/store-test-articles";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../test-support/store-test-drivers";
import { compareSources } from "../lib/compare";
import { buildComparisonRecord } from "../app/_server/create-comparison";
import { saveRevision } from "../app/_server/save-revision";
import { insertComparison } from "../lib/store/comparison-store";
import { createComparisonId } from "../lib/store/create-comparison-id";
import { listEditKeys } from "../lib/store/edit-key-store";
import { findRevision, listRevisions } from "../lib/store/revision-store";
import { migrateStore } from "../lib/store/migrate-store";
import type { SqlDriver } from "../lib/store/store-types";
import { runOperator } from "./operator";

const NOW = new Date("2031-05-01T12:00:00.000Z");

describe.each(testDatabaseKinds())("operator commands on %s", (kind) => {
  let database: TestDatabase;
  let driver: SqlDriver;
  let id: string;

  beforeAll(async () => {
    database = createTestDatabase(kind);
    driver = await database.open();
    await migrateStore(driver, { now: () => NOW });
    id = createComparisonId((n) => randomBytes(n));
    const comparison = compareSources([RIVERTON_A, RIVERTON_B], { now: () => NOW });
    await insertComparison(driver, buildComparisonRecord(id, [RIVERTON_A, RIVERTON_B], comparison, "parallax@test"));
    for (const editor of ["A", "B", "C"]) await saveRevision({ openStore: async () => driver, now: () => NOW }, { comparisonId: id, baseRevision: 0, edits: [{ op: "confirm", groupId: "g1" }], editor, holder: `key:${editor}` });
  });

  afterAll(async () => {
    await driver.close();
    await database.destroy();
  });

  async function run(...argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    // Each command opens its own connection and closes it, as the real command does.
    const code = await runOperator(argv, { openStore: () => database.open(), now: () => NOW, out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out, err };
  }

  it("issue-key prints a new key once and stores only its hash, under the label given", async () => {
    const { code, out } = await run("issue-key", id, "--label", "Night desk");
    expect(code).toBe(0);
    const key = out[1]!;
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(out[2]).toBe(`Edit link: /c/${id}/review#key=${key}`);
    expect(await listEditKeys(driver, id)).toEqual([{ keyHash: hashEditKey(key), holder: "Night desk" }]);
  });

  it("hide-revision hides one revision with its reason; numbering and the others are untouched", async () => {
    const { code, out } = await run("hide-revision", id, "2", "--reason", "posted by mistake");
    expect(code).toBe(0);
    expect(out[0]).toContain("Revision 2");
    expect(await findRevision(driver, id, 2)).toBeNull();
    expect((await listRevisions(driver, id)).map((r) => r.number)).toEqual([1, 3]);
    const reasons = await driver.query<{ reason: string }>("SELECT reason FROM hidden_revisions WHERE comparison_id = ?", [id]);
    expect(reasons).toEqual([{ reason: "posted by mistake" }]);
    expect((await run("hide-revision", id, "2")).code).toBe(0); // again: nothing changes
    const listing = await run("revisions", id);
    expect(listing.out.map((line) => line.split("\t")[2] + (line.endsWith("hidden") ? " hidden" : ""))).toEqual(["key:A", "key:B hidden", "key:C"]);
  });

  it.each<[string[], RegExp]>([
    [[], /usage/],
    [["issue-key"], /usage/],
    [["issue-key", "not-an-id"], /not a comparison id/],
    [["issue-key", "Unknown0000000001"], /no stored comparison/],
    [["hide-revision", "Unknown0000000001", "1"], /no revision 1/],
    [["hide-revision", "Unknown0000000001", "0"], /not a saved revision number/],
    [["issue-key", "Unknown0000000001", "--colour", "red"], /Unknown option/],
    [["delete", "Unknown0000000001"], /usage/],
  ])("refuses %j with exit status 2 and a message", async (argv, message) => {
    const { code, err } = await run(...argv);
    expect(code).toBe(2);
    expect(err.join("\n")).toMatch(message);
  });
});
