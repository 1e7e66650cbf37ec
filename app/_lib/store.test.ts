import { afterEach, describe, expect, it } from "vitest";
import { compareSources } from "@/lib/compare";
import { buildComparisonRecord } from "@/app/_server/create-comparison";
import { countComparisons, findComparison, insertComparison, listComparisons, markComparisonListed } from "@/lib/store/comparison-store";
import { listAppliedMigrations, migrateStore } from "@/lib/store/migrate-store";
import { MIGRATIONS } from "@/lib/store/migrations";
import type { SqlDriver } from "@/lib/store/store-types";
import { RIVERTON_A, RIVERTON_B } from "@/test-support/store-test-articles";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/test-support/store-test-drivers";

const clock = { now: () => new Date("2031-03-05T10:00:00.000Z") };

function makeRecord(id: string, createdAt = "2031-03-05T10:00:00.000Z") {
  const comparison = compareSources([RIVERTON_A, RIVERTON_B], { now: () => new Date(createdAt) });
  return buildComparisonRecord(id, [RIVERTON_A, RIVERTON_B], comparison, "parallax@test");
}

describe.each(testDatabaseKinds())("comparison store on %s", (kind) => {
  let database: TestDatabase;
  const open: SqlDriver[] = [];

  async function openMigrated(): Promise<SqlDriver> {
    const driver = await database.open();
    open.push(driver);
    await migrateStore(driver, clock);
    return driver;
  }

  afterEach(async () => {
    for (const driver of open.splice(0)) await driver.close().catch(() => undefined);
    await database?.destroy();
  });

  it("creates the schema on first open and runs each migration once", async () => {
    database = createTestDatabase(kind);
    const driver = await database.open();
    open.push(driver);
    expect(await migrateStore(driver, clock)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(await migrateStore(driver, clock)).toEqual([]);
    expect(await listAppliedMigrations(driver)).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it("runs migrations safely when two instances start at once", async () => {
    database = createTestDatabase(kind);
    const [a, b] = [await database.open(), await database.open()];
    open.push(a, b);
    const [ranA, ranB] = await Promise.all([migrateStore(a, clock), migrateStore(b, clock)]);
    expect([...ranA, ...ranB].sort()).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it("reads a stored comparison back byte for byte, also after a restart", async () => {
    database = createTestDatabase(kind);
    const driver = await openMigrated();
    const record = makeRecord("Abcdefghijklmnop1");
    const written = await insertComparison(driver, record);
    expect(written.comparisonJson).toBe(JSON.stringify(record.comparison));
    expect(JSON.parse(written.comparisonJson).id).toBe("Abcdefghijklmnop1");

    await driver.close();
    open.length = 0;
    const reopened = await openMigrated(); // what a server restart does
    const read = await findComparison(reopened, "Abcdefghijklmnop1");
    expect(read).toEqual(written);
    expect(Buffer.from(read!.comparisonJson, "utf8").equals(Buffer.from(written.comparisonJson, "utf8"))).toBe(true);
    expect(JSON.parse(read!.inputsJson)).toEqual([RIVERTON_A, RIVERTON_B]);
    expect(JSON.parse(read!.cleanedJson)[1].text).toContain("About 60 homes were evacuated");
    expect(read!.engineVersion).toBe("parallax@test");
    expect(read!.title).toBe("Heavy rain flooded the Riverton bridge on Tuesday");
  });

  it("keeps text that JSON and SQL find awkward exactly as given", async () => {
    database = createTestDatabase(kind);
    const driver = await openMigrated();
    const record = makeRecord("Awkwardtext000001");
    const odd = "Quote ' \" \\ ? $1 %s \u0000 \u2028 😀 \ud800 Zelenskiy–Київ";
    record.comparison.warnings = [odd];
    const written = await insertComparison(driver, record);
    const read = await findComparison(driver, record.id);
    expect(read!.comparisonJson).toBe(written.comparisonJson);
    expect(JSON.parse(read!.comparisonJson).warnings).toEqual([odd]);
  });

  it("refuses to change or overwrite a stored comparison", async () => {
    database = createTestDatabase(kind);
    const driver = await openMigrated();
    await insertComparison(driver, makeRecord("Immutable00000001"));
    await expect(driver.query("UPDATE comparisons SET title = ? WHERE id = ?", ["changed", "Immutable00000001"])).rejects.toThrow(/immutable/);
    await expect(insertComparison(driver, makeRecord("Immutable00000001"))).rejects.toThrow();
    expect((await findComparison(driver, "Immutable00000001"))!.title).toBe("Heavy rain flooded the Riverton bridge on Tuesday");
  });

  it("returns null for an unknown id", async () => {
    database = createTestDatabase(kind);
    const driver = await openMigrated();
    expect(await findComparison(driver, "Unknown0000000001")).toBeNull();
  });

  it("lists listed comparisons newest first, a page at a time, and never an unlisted one", async () => {
    database = createTestDatabase(kind);
    const driver = await openMigrated();
    const times = ["2031-03-01T00:00:00.000Z", "2031-03-02T00:00:00.000Z", "2031-03-02T00:00:00.000Z", "2031-03-03T00:00:00.000Z", "2031-03-04T00:00:00.000Z"];
    const ids = ["Listed00000000001", "Listed00000000002", "Listed00000000003", "Listed00000000004", "Listed00000000005"];
    for (const [k, id] of ids.entries()) {
      await insertComparison(driver, makeRecord(id, times[k]));
      await markComparisonListed(driver, id, times[k]!);
    }
    // Unlisted ones, the newest and one between listed ones, are reachable by URL only.
    await insertComparison(driver, makeRecord("Unlisted000000001", "2031-03-05T00:00:00.000Z"));
    await insertComparison(driver, makeRecord("Unlisted000000002", "2031-03-02T00:00:00.000Z"));
    expect(await countComparisons(driver)).toBe(7);

    const first = await listComparisons(driver, { limit: 2 });
    expect(first.items.map((i) => i.id)).toEqual(["Listed00000000005", "Listed00000000004"]);
    const second = await listComparisons(driver, { limit: 2, before: first.nextCursor });
    // Two made in the same millisecond are told apart by id, so none is skipped or repeated.
    expect(second.items.map((i) => i.id)).toEqual(["Listed00000000003", "Listed00000000002"]);
    const third = await listComparisons(driver, { limit: 2, before: second.nextCursor });
    expect(third.items.map((i) => i.id)).toEqual(["Listed00000000001"]);
    expect(third.nextCursor).toBeNull();

    expect(first.items[0]).toMatchObject({
      title: "Heavy rain flooded the Riverton bridge on Tuesday",
      outlets: ["Valley Courier", "Hill County News"],
      createdAt: "2031-03-04T00:00:00.000Z",
    });
    expect(first.items[0]!.stats).toEqual(JSON.parse((await findComparison(driver, "Listed00000000005"))!.comparisonJson).stats);
  });

  it("keeps a failed transaction out of the database", async () => {
    database = createTestDatabase(kind);
    const driver = await openMigrated();
    await expect(
      driver.transaction(async (tx) => {
        await insertComparison(tx, makeRecord("Rolledback0000001"));
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await findComparison(driver, "Rolledback0000001")).toBeNull();
  });
});
