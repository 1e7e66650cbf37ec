// A stored version-1 comparison keeps working now that new comparisons are version 2. The
// "contract-v1" project runs this against the second server, set to PARALLAX_CONTRACT_VERSION=1,
// so the comparison is stored as version 1 (one group per sentence, two conflict values). Its
// page renders in every view without the parts of version 2, its exports and JSON are served as
// stored, and a revision of it is made, rendered and exported.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import type { Comparison } from "../lib/types";
import { TWO_FACT_SOURCES } from "../test-support/two-fact-story";
import { expectNoSeriousAxeViolations, openPage as open } from "./support/seed";

let id = "";
let editKey = "";
let stored = "";
let comparison: Comparison;

test.beforeAll(async ({ request }) => {
  const response = await request.post("/api/comparisons", { data: { sources: TWO_FACT_SOURCES } });
  expect(response.status()).toBe(201);
  const body = (await response.json()) as { id: string; editKey: string; comparison: Comparison };
  ({ id, editKey, comparison } = body);
  stored = await (await request.get(`/api/comparisons/${id}`)).text();
});

const column = (page: Page, outlet: string) => page.getByRole("region", { name: outlet, exact: true });

test("it is stored as version 1: each sentence in one group, no spans, the conflict as the engine gave it", () => {
  expect(comparison.version).toBe(1);
  const ids = comparison.groups.flatMap((g) => g.members.flatMap((m) => m.sentenceIds));
  expect(new Set(ids).size).toBe(ids.length);
  expect(comparison.groups.every((g) => g.members.every((m) => m.spans === undefined))).toBe(true);
  const spill = comparison.groups.find((g) => g.kind === "conflict")!;
  expect(spill.conflicts[0]!.values.map((v) => v.text)).toEqual(["40 tonnes", "About 25 tonnes"]);
  expect(JSON.parse(stored)).toEqual(comparison);
});

test("side by side: whole sentences, no marked parts; the conflict's values marked", async ({ page }) => {
  await open(page, `/c/${id}`);
  const lead = column(page, "Kessel Post").getByRole("listitem").filter({ hasText: "A freight train derailed" });
  await expect(lead).toContainText("A freight train derailed near Ardmoor on Friday, spilling 40 tonnes of fertiliser into the Lisk river.");
  await expect(page.getByRole("link", { name: /\(fact \d+, \w+\)$/ })).toHaveCount(0);
  const summary = page.getByRole("region", { name: "Where they disagree" });
  for (const value of ["40 tonnes", "About 25 tonnes"]) await expect(summary.getByRole("definition").filter({ hasText: new RegExp(`^${value}$`) })).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  await expectNoSeriousAxeViolations(results.violations);
});

test("Facts and Coverage: one row per stored group, whole sentences", async ({ page }) => {
  await open(page, `/c/${id}?view=facts`);
  const table = page.getByRole("table", { name: /Facts by source/ });
  await expect(table.getByRole("row")).toHaveCount(comparison.groups.length + 1);
  const spill = table.getByRole("row").filter({ hasText: "About 25 tonnes" });
  await expect(spill.getByRole("cell").nth(1)).toContainText("A freight train derailed near Ardmoor on Friday, injuring its two drivers.");
  await open(page, `/c/${id}?view=coverage`);
  await expect(page.getByRole("table", { name: /Coverage/ }).getByRole("row")).toHaveCount(comparison.groups.length + 1);
});

test("exports and JSON are served from the stored version 1", async ({ request }) => {
  const get = async (path: string) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    return response.text();
  };
  expect(await get(`/api/comparisons/${id}`)).toBe(stored);
  expect(await get(`/api/comparisons/${id}?format=json`)).toBe(stored);
  const md = await get(`/api/comparisons/${id}?format=md`);
  expect(md).toContain("- **Kessel Post:** “40 tonnes”\n- **Valley Courier:** “About 25 tonnes”\n");
  const csv = await get(`/api/comparisons/${id}?format=csv`);
  expect(csv.replace(/^\uFEFF/, "").split("\r\n")[0]).toBe("group,kind,score,conflict_types,conflicting_values,s1 Kessel Post,s2 Valley Courier,s3 Ardmoor Herald");
  expect(csv.split("\r\n").filter((line) => /^g\d+,/.test(line))).toHaveLength(comparison.groups.length);
});

test("a revision of it is saved, rendered and exported as version 1", async ({ page }) => {
  const rail = comparison.groups.find((g) => g.members.length === 2 && g.members.every((m) => m.sentenceIds.length === 1) && g.kind === "shared")!;
  const lone = comparison.groups.find((g) => g.kind === "unique")!;
  const saved = await page.request.post(`/api/comparisons/${id}/revisions`, {
    headers: { authorization: `Bearer ${editKey}` },
    data: { baseRevision: 0, editor: "V1 Desk", edits: [{ op: "confirm", groupId: rail.id }, { op: "note", groupId: lone.id, text: "Only the Herald asks the farmers." }] },
  });
  expect(saved.status()).toBe(201);
  const revision = ((await saved.json()) as { comparison: Comparison }).comparison;
  expect(revision.version).toBe(1);
  expect(revision.review?.changes.map((c) => c.action)).toEqual(["confirmed", "noted"]);
  // The original is untouched, byte for byte.
  expect(await (await page.request.get(`/api/comparisons/${id}`)).text()).toBe(stored);

  await open(page, `/c/${id}/r/1?view=facts`);
  await expect(page.getByRole("complementary", { name: "Reviewed revision 1" })).toBeVisible();
  await expect(page.getByRole("table", { name: /Facts by source/ })).toContainText("Only the Herald asks the farmers.");
  const md = await (await page.request.get(`/api/comparisons/${id}/revisions/1?format=md`)).text();
  expect(md).toContain("Only the Herald asks the farmers.");
  const json = await (await page.request.get(`/api/comparisons/${id}/revisions/1?format=json`)).text();
  expect(JSON.parse(json)).toMatchObject({ version: 1, review: { revision: 1 } });
});
