import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RIVERTON_A, RIVERTON_B } from "@/test-support/store-test-articles";
import { testDatabaseKinds } from "@/test-support/store-test-drivers";
import { openApiTestBed, type ApiTestBed } from "@/test-support/api-test-bed";
import { findComparison } from "@/lib/store/comparison-store";
import type { SqlDriver } from "@/lib/store/store-types";
import type { ApiServices } from "./api-services";
import { handleCreateComparison } from "./create-comparison";
import { handleCreateRevision } from "./revision-handlers";

// NUL and other control characters in what people type (titles, outlets, dates, URLs, the
// editor's name, notes, conflict values): PostgreSQL refused NUL with a 500 while SQLite kept it
// (issue 13, finding 6). Both now store the same text without them.

const ORIGIN = "http://parallax.test";
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

describe.each(testDatabaseKinds())("control characters on %s", (kind) => {
  let bed: ApiTestBed;
  let driver: SqlDriver;
  let services: ApiServices;

  beforeAll(async () => {
    bed = await openApiTestBed(kind, { now: () => new Date(Date.UTC(2031, 2, 6, 9, 0, 0)) });
    ({ driver, services } = bed);
  });

  afterAll(() => bed.close());

  async function post(path: string, body: unknown, handle: (request: Request) => Promise<Response>, editKey?: string): Promise<{ status: number; json: any }> {
    const headers: Record<string, string> = editKey ? { authorization: `Bearer ${editKey}` } : {};
    const response = await handle(new Request(`${ORIGIN}${path}`, { method: "POST", headers, body: JSON.stringify(body) }));
    return { status: response.status, json: await response.json() };
  }

  it("stores titles, outlets, dates and URLs without them", async () => {
    const first = { ...RIVERTON_A, title: "Flood\u0000 closes\u0007 Riverton bridge", outlet: "Valley\u0000Courier", publishedAt: "2031-03-04\u0000", url: "https://courier.example/flood\u0000" };
    const { status, json } = await post("/api/comparisons", { sources: [first, { ...RIVERTON_B, outlet: "\u001bRiver Times\u0000" }] }, (r) => handleCreateComparison(r, services));
    expect(status, JSON.stringify(json)).toBe(201);
    expect(json.comparison.sources.map((s: { outlet: string }) => s.outlet)).toEqual(["ValleyCourier", "River Times"]);
    expect(json.comparison.sources[0]).toMatchObject({ title: "Flood closes Riverton bridge", publishedAt: "2031-03-04", url: "https://courier.example/flood" });
    const stored = await findComparison(driver, json.id);
    expect(`${stored!.title}${stored!.inputsJson}${stored!.comparisonJson}`).not.toMatch(CONTROLS);
  });

  it("stores the editor's name, notes and conflict values without them", async () => {
    const created = await post("/api/comparisons", { sources: [RIVERTON_A, RIVERTON_B] }, (r) => handleCreateComparison(r, services));
    const id = created.json.id as string;
    const conflict = { type: "date", values: [{ sourceId: "s1", text: "Tuesday\u0000" }, { sourceId: "s2", text: "\u0000Monday" }] };
    const edits = [
      { op: "set-conflict", groupId: "g3", conflict },
      { op: "note", groupId: "g3", text: "Checked\u0000 with the desk." },
      { op: "summary", text: "All\u0008 read." },
    ];
    const saved = await post(`/api/comparisons/${id}/revisions`, { baseRevision: 0, editor: "Da\u0000na", edits }, (r) => handleCreateRevision(r, id, services), created.json.editKey);
    expect(saved.status, JSON.stringify(saved.json)).toBe(201);
    expect(saved.json.comparison.review).toMatchObject({ editor: "Dana", note: "All read." });
    const group = saved.json.comparison.groups.find((g: { id: string }) => g.id === "g3");
    expect(group.review.note).toBe("Checked with the desk.");
    expect(group.conflicts.at(-1).values.map((v: { text: string }) => v.text)).toEqual(["Tuesday", "Monday"]);
    expect(JSON.stringify(saved.json)).not.toMatch(CONTROLS);
  });
});
