import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashEditKey, issueEditKey } from "@/app/_lib/edit-keys";
import { RIVERTON_A, RIVERTON_B } from "@/test-support/store-test-articles";
import { testDatabaseKinds } from "@/test-support/store-test-drivers";
import { openApiTestBed, type ApiTestBed } from "@/test-support/api-test-bed";
import { buildComparisonRecord } from "@/app/_server/create-comparison";
import { insertComparison, listComparisons } from "@/lib/store/comparison-store";
import { createComparisonId } from "@/lib/store/create-comparison-id";
import { hideRevision, listRevisionHolders } from "@/lib/store/hidden-revisions";
import type { SqlDriver } from "@/lib/store/store-types";
import type { Comparison, ReviewEdit } from "@/lib/types";
import type { ApiServices } from "./api-services";
import { handleCreateComparison } from "./create-comparison";
import { handleCreateRevision, handleListRevisions, handleReadRevision } from "./revision-handlers";

// Finding 5 of the security review: only an edit key's holder may publish a revision, keys are
// kept only as hashes, comparisons are unlisted unless asked, and the operator can hide a revision.

const ORIGIN = "http://parallax.test";
const CONFIRM: ReviewEdit[] = [{ op: "confirm", groupId: "g1" }];

describe.each(testDatabaseKinds())("edit keys and listing on %s", (kind) => {
  let bed: ApiTestBed;
  let driver: SqlDriver;
  let services: ApiServices;
  let clock = 0;

  beforeAll(async () => {
    bed = await openApiTestBed(kind, { now: () => new Date(Date.UTC(2031, 3, 1, 9, 0, clock++)) });
    ({ driver, services } = bed);
  });

  afterAll(() => bed.close());

  async function create(extra: Record<string, unknown> = {}): Promise<{ id: string; editKey: string; editUrl: string; listed: boolean; comparison: Comparison }> {
    const body = JSON.stringify({ sources: [RIVERTON_A, RIVERTON_B], ...extra });
    const response = await handleCreateComparison(new Request(`${ORIGIN}/api/comparisons`, { method: "POST", body }), services);
    expect(response.status).toBe(201);
    return (await response.json()) as never;
  }

  async function save(id: string, authorization: string | null, body: unknown = { baseRevision: 0, edits: CONFIRM }) {
    const headers: Record<string, string> = authorization === null ? {} : { authorization };
    const response = await handleCreateRevision(new Request(`${ORIGIN}/api/comparisons/${id}/revisions`, { method: "POST", headers, body: JSON.stringify(body) }), id, services);
    return { status: response.status, json: (await response.json()) as any, headers: response.headers };
  }

  const revisionCount = async (id: string) => (await listRevisionHolders(driver, id)).length;
  const listedIds = async () => (await listComparisons(driver, { limit: 50 })).items.map((item) => item.id);

  it("returns a 43-character edit key once, with an edit link that keeps it in the fragment, and stores only its hash", async () => {
    const { id, editKey, editUrl } = await create();
    expect(editKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(editUrl).toBe(`${ORIGIN}/c/${id}/review#key=${editKey}`);
    const rows = await driver.query<{ key_hash: string; holder: string }>("SELECT key_hash, holder FROM edit_keys WHERE comparison_id = ?", [id]);
    expect(rows).toEqual([{ key_hash: hashEditKey(editKey), holder: `key:${hashEditKey(editKey).slice(0, 8)}` }]);
    // The key itself is nowhere in the database.
    for (const table of ["comparisons", "edit_keys"]) {
      const dump = JSON.stringify(await driver.query(`SELECT * FROM ${table}`));
      expect(dump).not.toContain(editKey);
    }
    // Two comparisons never share a key.
    expect((await create()).editKey).not.toBe(editKey);
  });

  it("refuses a save with no key (401) or a wrong key (403) and stores nothing", async () => {
    const { id, editKey } = await create();
    const other = await create();
    const missing = await save(id, null);
    expect(missing.status).toBe(401);
    expect(missing.json.error.code).toBe("edit-key-required");
    expect(missing.headers.get("www-authenticate")).toMatch(/^Bearer/);
    for (const wrong of [`Bearer ${other.editKey}`, `Bearer ${editKey.slice(0, -1)}x`, "Bearer short", `Basic ${editKey}`, `Bearer ${editKey} extra`]) {
      const refused = await save(id, wrong);
      expect(refused.status, wrong).toBe(403);
      expect(refused.json.error.code).toBe("edit-key-wrong");
    }
    expect(await revisionCount(id)).toBe(0);
    expect((await save(id, `Bearer ${editKey}`)).status).toBe(201);
    expect(await revisionCount(id)).toBe(1);
  });

  it("records which key holder saved each revision, without serving it publicly", async () => {
    const { id, editKey } = await create();
    await save(id, `bearer ${editKey}`, { baseRevision: 0, editor: "Dana", edits: CONFIRM });
    const [row] = await listRevisionHolders(driver, id);
    expect(row).toMatchObject({ number: 1, editor: "Dana", holder: `key:${hashEditKey(editKey).slice(0, 8)}`, hidden: false });
    const list = await (await handleListRevisions(new Request(`${ORIGIN}/x`), id, services)).text();
    expect(list).not.toContain("key:");
  });

  it("lets a comparison without a key be opened only by a key the operator issues", async () => {
    // As stored before keys existed: no edit_keys row at all.
    const id = createComparisonId((n) => randomBytes(n));
    const comparison = (await create()).comparison;
    await insertComparison(driver, buildComparisonRecord(id, [RIVERTON_A, RIVERTON_B], { ...comparison, id }, "parallax@old"));
    expect((await save(id, `Bearer ${"A".repeat(43)}`)).status).toBe(403);
    const issued = await issueEditKey(driver, { comparisonId: id, label: "Night desk", now: new Date("2031-04-02T00:00:00Z") });
    expect(issued?.holder).toBe("Night desk");
    expect((await save(id, `Bearer ${issued!.key}`)).status).toBe(201);
    expect((await listRevisionHolders(driver, id))[0]!.holder).toBe("Night desk");
    expect(await issueEditKey(driver, { comparisonId: "Unknown0000000001", now: new Date() })).toBeNull();
  });

  it("keeps comparisons off the public list unless `listed` is true", async () => {
    const unlisted = await create();
    const listed = await create({ listed: true });
    expect([unlisted.listed, listed.listed]).toEqual([false, true]);
    const ids = await listedIds();
    expect(ids).toContain(listed.id);
    expect(ids).not.toContain(unlisted.id);
    const bad = await handleCreateComparison(new Request(`${ORIGIN}/api/comparisons`, { method: "POST", body: JSON.stringify({ sources: [RIVERTON_A, RIVERTON_B], listed: "yes" }) }), services);
    expect(bad.status).toBe(400);
  });

  it("hides a revision: 410 on the API, gone from the list, and the next save still takes the next number", async () => {
    const { id, editKey } = await create();
    for (let k = 0; k < 2; k++) expect((await save(id, `Bearer ${editKey}`)).status).toBe(201);
    await hideRevision(driver, { comparisonId: id, number: 1, reason: "spam", hiddenAt: "2031-04-03T00:00:00.000Z" });
    const read = await handleReadRevision(new Request(`${ORIGIN}/api/comparisons/${id}/revisions/1`), id, "1", services);
    expect(read.status).toBe(410);
    expect((await read.json()).error.code).toBe("hidden");
    const list = await (await handleListRevisions(new Request(`${ORIGIN}/x`), id, services)).json();
    expect(list.map((r: { revision: number }) => r.revision)).toEqual([2]);
    // A hidden revision is no base to build on, and its number is not given out again.
    expect((await save(id, `Bearer ${editKey}`, { baseRevision: 1, edits: CONFIRM })).status).toBe(404);
    expect((await save(id, `Bearer ${editKey}`)).json.revision).toBe(3);
  });
});
