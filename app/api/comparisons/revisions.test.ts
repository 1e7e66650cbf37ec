import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClientLimiter } from "@/app/_lib/client-rate-limit";
import { RIVERTON_A, RIVERTON_B } from "@/test-support/store-test-articles";
import { testDatabaseKinds } from "@/test-support/store-test-drivers";
import { openApiTestBed, type ApiTestBed } from "@/test-support/api-test-bed";
import type { SqlDriver } from "@/lib/store/store-types";
import type { Comparison, ReviewEdit } from "@/lib/types";
import type { ApiServices } from "./api-services";
import { handleCreateComparison } from "./create-comparison";
import { handleCreateRevision, handleListRevisions, handleReadRevision } from "./revision-handlers";

// The revision endpoints, handlers called directly, on the embedded database and (under
// scripts/with-postgres.sh) PostgreSQL, where concurrent saves really run side by side.

const ORIGIN = "http://parallax.test";
const CONFIRM: ReviewEdit[] = [{ op: "confirm", groupId: "g1" }];

describe.each(testDatabaseKinds())("revisions API on %s", (kind) => {
  let bed: ApiTestBed;
  let driver: SqlDriver;
  let services: ApiServices;
  let clock = 0;

  beforeAll(async () => {
    bed = await openApiTestBed(kind, { now: () => new Date(Date.UTC(2031, 2, 6, 9, 0, clock++)) });
    ({ driver, services } = bed);
  });

  afterAll(() => bed.close());

  // Each comparison's edit key, as its creator received it; saves send it as the bearer token.
  const keys = new Map<string, string>();

  async function createComparison(): Promise<{ id: string; comparison: Comparison }> {
    const body = JSON.stringify({ sources: [RIVERTON_A, RIVERTON_B] });
    const response = await handleCreateComparison(new Request(`${ORIGIN}/api/comparisons`, { method: "POST", body }), services);
    const created = (await response.json()) as { id: string; editKey: string; comparison: Comparison };
    keys.set(created.id, created.editKey);
    return created;
  }

  async function save(id: string, body: unknown, using = services): Promise<{ status: number; json: any; headers: Headers }> {
    const headers = { authorization: `Bearer ${keys.get(id) ?? "A".repeat(43)}`, "x-forwarded-for": "192.0.2.44" };
    const request = new Request(`${ORIGIN}/api/comparisons/${id}/revisions`, { method: "POST", headers, body: typeof body === "string" ? body : JSON.stringify(body) });
    const response = await handleCreateRevision(request, id, using);
    return { status: response.status, json: await response.json(), headers: response.headers };
  }

  const read = (id: string, n: string, query = "") => handleReadRevision(new Request(`${ORIGIN}/api/comparisons/${id}/revisions/${n}${query}`), id, n, services);

  it("saves a review as revision 1: 201 with its number, URL and the reviewed comparison", async () => {
    const { id, comparison } = await createComparison();
    const quote = { type: "date", values: [{ sourceId: "s1", text: "within two weeks" }, { sourceId: "s2", text: "in a few days" }] };
    const edits = [
      { op: "reject", groupId: "g1" },
      { op: "set-conflict", groupId: "g3", conflict: quote },
      { op: "note", groupId: "g3", text: "The quotations differ." },
    ];
    const { status, json, headers } = await save(id, { baseRevision: 0, editor: "Dana", edits });
    expect(status).toBe(201);
    expect(json).toMatchObject({ id, revision: 1, basedOn: 0, url: `${ORIGIN}/c/${id}/r/1` });
    expect(headers.get("location")).toBe(`${ORIGIN}/c/${id}/r/1`);
    expect(json.comparison.review).toMatchObject({ revision: 1, basedOn: 0, editor: "Dana", savedAt: expect.stringMatching(/^2031-03-06T09:00/) });
    expect(json.comparison.groups.find((g: { id: string }) => g.id === "g3")).toMatchObject({ kind: "conflict", review: { status: "edited", note: "The quotations differ." } });
    expect(json.comparison.stats.conflict).toBe(comparison.stats.conflict + 1);

    const back = await read(id, "1");
    expect(back.status).toBe(200);
    expect(back.headers.get("cache-control")).toContain("immutable");
    expect(await back.json()).toEqual(json.comparison);
    const original = await read(id, "0");
    expect(await original.json()).toEqual(comparison); // the machine's version never changes
  });

  it("builds on a later revision and lists them all", async () => {
    const { id } = await createComparison();
    await save(id, { baseRevision: 0, edits: CONFIRM });
    const second = await save(id, { baseRevision: 1, edits: [{ op: "summary", text: "Reviewed twice." }] });
    expect(second.json).toMatchObject({ revision: 2, basedOn: 1 });
    expect(second.json.comparison.groups[0].review).toEqual({ status: "confirmed" });
    const list = await handleListRevisions(new Request(`${ORIGIN}/api/comparisons/${id}/revisions`), id, services);
    const body = await list.json();
    expect(body.map((r: { revision: number; basedOn: number }) => [r.revision, r.basedOn])).toEqual([[1, 0], [2, 1]]);
    expect(Object.keys(body[1])).toEqual(["revision", "basedOn", "savedAt", "editor", "url"]);
    expect(body[1].url).toBe(`${ORIGIN}/c/${id}/r/2`);
  });

  it("keeps both of two concurrent saves on the same base: no lost update", async () => {
    const { id } = await createComparison();
    const [a, b] = await Promise.all([
      save(id, { baseRevision: 0, editor: "A", edits: CONFIRM }),
      save(id, { baseRevision: 0, editor: "B", edits: [{ op: "note", groupId: "g2", text: "B was here." }] }),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect([a.json.revision, b.json.revision].sort()).toEqual([1, 2]);
    const later = a.json.revision === 2 ? a : b;
    expect(later.json.basedOn).toBe(0); // based on an older revision than the one before it
    expect(later.json.comparison.review).toMatchObject({ revision: 2, basedOn: 0 });
    for (const n of ["1", "2"]) expect((await read(id, n)).status).toBe(200);
  });

  it("gives many simultaneous saves distinct numbers", async () => {
    const { id } = await createComparison();
    const results = await Promise.all(Array.from({ length: 6 }, (_, k) => save(id, { baseRevision: 0, editor: `E${k}`, edits: CONFIRM })));
    expect(results.map((r) => r.status)).toEqual(Array(6).fill(201));
    expect(results.map((r) => r.json.revision).sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it.each([20, 40])("takes %i concurrent saves on one comparison, all of them, numbered without gaps", async (count) => {
    const { id } = await createComparison();
    const results = await Promise.all(Array.from({ length: count }, (_, k) => save(id, { baseRevision: 0, editor: `E${k}`, edits: CONFIRM })));
    expect(results.filter((r) => r.status !== 201).map((r) => r.json)).toEqual([]);
    expect(results.map((r) => r.json.revision).sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, k) => k + 1));
    const list = await handleListRevisions(new Request(`${ORIGIN}/api/comparisons/${id}/revisions`), id, services);
    expect(await list.json()).toHaveLength(count);
  }, 60_000);

  it("puts saves under the per-client rate limit, refusing before the body is read", async () => {
    const { id } = await createComparison();
    const limited = { ...services, limiter: createClientLimiter("5", () => 0) }; // 10 saves a minute, 5 at once
    const statuses: number[] = [];
    for (let k = 0; k < 8; k++) statuses.push((await save(id, { baseRevision: 0, edits: CONFIRM }, limited)).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429, 429]);
    const refused = await save(id, "{ not even JSON", limited); // a 400 had the body been read
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("6");
    expect(refused.json).toEqual({ error: { code: "rate-limited", message: "Too many revisions saved from your address; try again in 6 s." } });
  });

  it("refuses a conflict whose values come from one source, with 422 and why", async () => {
    const { id, comparison } = await createComparison();
    expect(comparison.version).toBe(2);
    expect(comparison.groups.find((g) => g.id === "g2")?.members.map((m) => m.sourceId)).toEqual(["s1", "s2"]);
    // Version 2 wants every member's value, so s1 gives one too: the refusal is s2's two values.
    const twice = { type: "number", values: [{ sourceId: "s1", text: "50 homes" }, { sourceId: "s2", text: "40 homes" }, { sourceId: "s2", text: "60 homes" }] };
    const { status, json } = await save(id, { baseRevision: 0, edits: [{ op: "set-conflict", groupId: "g2", conflict: twice }] });
    expect(status).toBe(422);
    expect(json.error).toEqual({ code: "invalid", message: "Source s2 gives two values; a conflict lists one value per source." });
    // Values from one source alone leave a member without one, and say so.
    const same = { type: "number", values: [{ sourceId: "s2", text: "40 homes" }, { sourceId: "s2", text: "60 homes" }] };
    const alone = await save(id, { baseRevision: 0, edits: [{ op: "set-conflict", groupId: "g2", conflict: same }] });
    expect(alone.status).toBe(422);
    expect(alone.json.error).toEqual({ code: "invalid", message: "A conflict lists every member's value; s1 has none." });
    expect((await read(id, "1")).status).toBe(404);
  });

  it("answers a save to an unknown comparison with 404 no-comparison, whatever the base", async () => {
    for (const baseRevision of [0, 3]) {
      const { status, json } = await save("Unknown0000000001", { baseRevision, edits: CONFIRM });
      expect([status, json.error.code]).toEqual([404, "no-comparison"]);
    }
  });

  it("exports a revision as Markdown with the editor's notes", async () => {
    const { id } = await createComparison();
    await save(id, { baseRevision: 0, edits: [{ op: "note", groupId: "g2", text: "Council says 60." }] });
    const md = await read(id, "1", "?format=md");
    expect(md.headers.get("content-disposition")).toBe(`attachment; filename="parallax-${id}-r1.md"`);
    expect(await md.text()).toContain("Council says 60.");
  });

  it.each<[string, unknown, number, string]>([
    ["malformed JSON", "{", 400, "invalid-json"],
    ["no edits", { baseRevision: 0, edits: [] }, 400, "invalid-request"],
    ["an unknown edit", { baseRevision: 0, edits: [{ op: "delete", groupId: "g1" }] }, 400, "invalid-request"],
    ["an unknown field", { baseRevision: 0, edits: CONFIRM, colour: "red" }, 400, "invalid-request"],
    ["a negative base", { baseRevision: -1, edits: CONFIRM }, 400, "invalid-request"],
    ["an edit the comparison refuses", { baseRevision: 0, edits: [{ op: "confirm", groupId: "g99" }] }, 422, "invalid"],
    ["a base that does not exist", { baseRevision: 7, edits: CONFIRM }, 404, "no-revision"],
  ])("refuses %s with %i %s", async (_name, body, status, code) => {
    const { id } = await createComparison();
    const response = await save(id, body);
    expect(response.status).toBe(status);
    expect(response.json.error.code).toBe(code);
    expect((await read(id, "1")).status).toBe(404);
  });

  it("answers 404 for unknown comparisons, the seed and bad revision numbers", async () => {
    // Whether a comparison exists is no secret (its page answers 404 too), so no key is asked for.
    expect((await save("Unknown0000000001", { baseRevision: 0, edits: CONFIRM })).status).toBe(404);
    expect((await save("seed-belarus-kgb-talks", { baseRevision: 0, edits: CONFIRM })).status).toBe(404);
    const { id } = await createComparison();
    for (const n of ["1", "-1", "01", "x", "1e3"]) expect((await read(id, n)).status).toBe(404);
    const list = await handleListRevisions(new Request(`${ORIGIN}/x`), "Unknown0000000001", services);
    expect(list.status).toBe(404);
  });

  it("refuses to change a saved revision in the database itself", async () => {
    const { id } = await createComparison();
    await save(id, { baseRevision: 0, edits: CONFIRM });
    await expect(driver.query("UPDATE revisions SET editor = ? WHERE comparison_id = ?", ["X", id])).rejects.toThrow(/immutable/);
  });
});
