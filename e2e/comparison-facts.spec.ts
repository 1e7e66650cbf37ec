// Contract version 2, what new comparisons are made in (e2e/stored-comparison.v1.spec.ts keeps
// version 1 working). Three short articles of our own whose lead sentences each state two facts:
// side by side shows two marked parts in a lead sentence, pointing at or focusing one lights up
// its fact's counterparts, Facts rows show each source's own words, Coverage is facts × sources,
// the conflicting values are marked and every member's value is listed; axe-clean in every view.
// The exports credit each source with its own words only, and a review links a sentence's part.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { numberFacts } from "../lib/comparison/number-facts";
import type { Comparison, Group, ReviewEdit, Span } from "../lib/types";
import { TWO_FACT_SOURCES } from "../test-support/two-fact-story";
import { expectNoSeriousAxeViolations, openPage, shoot as shootPage } from "./support/seed";

let id = "";
let editKey = "";
let comparison: Comparison;

test.beforeAll(async ({ request }) => {
  const response = await request.post("/api/comparisons", { data: { sources: TWO_FACT_SOURCES } });
  expect(response.status()).toBe(201);
  const body = (await response.json()) as { id: string; editKey: string; comparison: Comparison };
  id = body.id;
  editKey = body.editKey;
  comparison = body.comparison;
  expect(comparison.version).toBe(2);
});

const open = (page: Page, query = "") => openPage(page, `/c/${id}${query}`);
const shoot = (page: Page, name: string) => shootPage(page, name, true);

const column = (page: Page, outlet: string) => page.getByRole("region", { name: outlet, exact: true });
const sentence = (page: Page, outlet: string, words: string) => column(page, outlet).getByRole("listitem").filter({ hasText: words });
/** A marked part of a sentence: a link named by its words and its fact. */
const part = (page: Page, outlet: string, words: string) => column(page, outlet).getByRole("link", { name: new RegExp(`^${words}.*\\(fact \\d+, \\w+\\)$`) });

// The side-by-side columns and the editor's table need a desktop's width.
test.describe("on a desktop", { tag: "@desktop" }, () => {
test("side by side: a lead sentence shows two marked parts; pointing at one lights up its fact elsewhere", async ({ page }) => {
  await open(page);
  const lead = sentence(page, "Kessel Post", "A freight train derailed");
  await expect(lead.getByRole("link", { name: /\(fact \d+, \w+\)$/ })).toHaveCount(2);
  const derailed = part(page, "Kessel Post", "A freight train derailed near Ardmoor on Friday");
  const spill = part(page, "Kessel Post", "spilling 40 tonnes");

  // Pointing at the derailment lights the derailment part of Valley Courier's lead, not its injury part.
  await derailed.hover();
  await expect(derailed).toHaveAttribute("data-active", "");
  await expect(part(page, "Valley Courier", "A freight train derailed near Ardmoor on Friday")).toHaveAttribute("data-active", "");
  await expect(part(page, "Valley Courier", "injuring its two drivers")).not.toHaveAttribute("data-active", "");
  await expect(sentence(page, "Ardmoor Herald", "Some 40 tonnes")).not.toHaveAttribute("data-active", "");
  await shoot(page, "facts-v2-columns-hover");

  // Focusing the spill part lights the spill in both other sources: Valley Courier's second sentence, Ardmoor Herald's lead part.
  await page.mouse.move(0, 0);
  await spill.focus();
  await expect(spill).toHaveAttribute("data-active", "");
  await expect(sentence(page, "Valley Courier", "About 25 tonnes")).toHaveAttribute("data-active", "");
  await expect(part(page, "Ardmoor Herald", "Some 40 tonnes")).toHaveAttribute("data-active", "");
  await expect(derailed).not.toHaveAttribute("data-active", "");
  // Each part names its fact's counterparts in words too, the part quoted.
  await expect(lead).toContainText("against Valley Courier, sentence 2");
  // The right arrow from a part follows its fact: to Valley Courier's second sentence, not the level lead.
  await page.keyboard.press("ArrowRight");
  await expect(sentence(page, "Valley Courier", "About 25 tonnes")).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await expect(lead).toBeFocused();
});

test("side by side: the conflicting values are marked from the comparison, and every member's value is listed", async ({ page }) => {
  await open(page);
  await expect(sentence(page, "Valley Courier", "About 25 tonnes").locator("mark")).toHaveText(["About 25 tonnes"]);
  await expect(part(page, "Kessel Post", "spilling 40 tonnes").locator("mark")).toHaveText(["40 tonnes"]);
  await expect(part(page, "Ardmoor Herald", "Some 40 tonnes").locator("mark")).toHaveText(["Some 40 tonnes"]);
  const summary = page.getByRole("region", { name: "Where they disagree" });
  for (const [outlet, value] of [["Kessel Post", "40 tonnes"], ["Valley Courier", "About 25 tonnes"], ["Ardmoor Herald", "Some 40 tonnes"]]) {
    await expect(summary.getByRole("term").filter({ hasText: outlet })).toBeVisible();
    await expect(summary.getByRole("definition").filter({ hasText: new RegExp(`^${value}$`) })).toBeVisible();
  }
});

test("Facts: one row per fact, each source's own words emphasised in its sentence", async ({ page }) => {
  await open(page, "?view=facts");
  const table = page.getByRole("table", { name: /Facts by source/ });
  await expect(table.getByRole("row")).toHaveCount(comparison.groups.length + 1);
  // The derailment's row shows that sentence too, as context; the injury's row emphasises the words.
  const injury = table.getByRole("row").filter({ has: page.locator("strong", { hasText: "injuring its two drivers" }) });
  await expect(injury).toHaveCount(1);
  const courier = injury.getByRole("cell").nth(1);
  await expect(courier).toContainText("A freight train derailed near Ardmoor on Friday, injuring its two drivers.");
  await expect(courier.locator("strong")).toHaveText(["injuring its two drivers."]);
  await expect(injury.getByRole("cell").nth(0)).toContainText("Not reported");
  // The spill row credits each source with its own words only.
  const spill = table.getByRole("row").filter({ has: page.locator("strong", { hasText: "spilling" }) });
  await expect(spill.getByRole("cell").nth(0).locator("strong")).toContainText(["spilling"]);
  await expect(spill.getByRole("cell").nth(0).locator("strong").filter({ hasText: "derailed" })).toHaveCount(0);
  await expect(spill.locator("mark").filter({ hasText: "25" })).toHaveCount(1);
  await shoot(page, "facts-v2-facts");
});

test("Coverage: facts × sources, a source in a fact only where it states it", async ({ page }) => {
  await open(page, "?view=coverage");
  const matrix = page.getByRole("table", { name: /Coverage/ });
  await expect(matrix.getByRole("row")).toHaveCount(comparison.groups.length + 1);
  const injury = matrix.getByRole("row", { name: /injuring its two drivers/ });
  await expect(injury.getByRole("cell").nth(1)).toContainText("Not reported");
  await expect(injury.getByRole("cell").nth(2)).toContainText("Reports it");
  await expect(injury.getByRole("cell").nth(3)).toContainText("Reports it");
});

test("URL state, filter, search and keyboard work on sentences in several facts", async ({ page }) => {
  const spill = comparison.groups.find((group) => group.kind === "conflict")!;
  await open(page, `#${spill.id}`);
  await expect(part(page, "Ardmoor Herald", "Some 40 tonnes")).toHaveAttribute("data-active", "");
  // A lead sentence shows under "shared" and under "conflicts": it states one fact of each.
  await open(page, "?filter=unique");
  await expect(sentence(page, "Kessel Post", "A freight train derailed")).toBeHidden();
  await expect(sentence(page, "Ardmoor Herald", "Local farmers")).toBeVisible();
  await open(page, "?filter=shared");
  await expect(sentence(page, "Kessel Post", "A freight train derailed")).toBeVisible();
  await open(page);
  await page.getByRole("searchbox").fill("farmers");
  await expect(sentence(page, "Kessel Post", "A freight train derailed")).toBeHidden();
  await expect(sentence(page, "Ardmoor Herald", "Local farmers")).toBeVisible();
  await page.getByRole("searchbox").fill("");
  await page.getByRole("searchbox").blur();
  await expect(sentence(page, "Kessel Post", "A freight train derailed")).toBeVisible();
  // j steps to the conflict, which a lead sentence states only in part.
  await page.keyboard.press("j");
  await expect(page).toHaveURL(new RegExp(`#${spill.id}$`));
  await expect(part(page, "Kessel Post", "spilling 40 tonnes")).toHaveAttribute("data-active", "");
});

test("printed, a lead sentence reads whole with its two parts marked", async ({ page }) => {
  await open(page);
  await page.emulateMedia({ media: "print" });
  const lead = sentence(page, "Kessel Post", "A freight train derailed");
  await expect(lead).toContainText("A freight train derailed near Ardmoor on Friday, spilling 40 tonnes of fertiliser into the Lisk river.");
  await expect(lead.getByRole("link", { name: /\(fact \d+, \w+\)$/ })).toHaveCount(2);
  for (const link of await lead.getByRole("link", { name: /\(fact \d+, \w+\)$/ }).all()) await expect(link).toBeVisible();
});

test("without JavaScript the parts are plain links to their facts", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/c/${id}`);
  const spill = part(page, "Kessel Post", "spilling 40 tonnes");
  await expect(spill).toHaveAttribute("href", /^#g\d+$/);
  await context.close();
});

for (const view of ["columns", "facts", "coverage"] as const) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`${view} (${colorScheme}): no serious accessibility violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await open(page, view === "columns" ? "" : `?view=${view}`);
      if (view === "columns") await part(page, "Kessel Post", "spilling 40 tonnes").hover();
      await shoot(page, `facts-v2-${view}${colorScheme === "dark" ? "-dark" : ""}`);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      await expectNoSeriousAxeViolations(results.violations);
    });
  }
}
});

/** A member's own words: its spans, else its whole sentences. */
function ownWords(group: Group, sourceId: string): string {
  const member = group.members.find((m) => m.sourceId === sourceId);
  if (!member) return "";
  const text = (sentenceId: string) => comparison.sources.flatMap((s) => s.sentences).find((s) => s.id === sentenceId)!.text;
  return member.spans ? member.spans.map((s) => text(s.sentenceId).slice(s.start, s.end)).join(" ") : member.sentenceIds.map(text).join(" ");
}

/** RFC 4180 rows: quoted cells may hold commas, quotes doubled. */
function readCsv(text: string): string[][] {
  return text.replace(/^\uFEFF/, "").trimEnd().split("\r\n").map((line) => {
    const cells: string[] = [];
    for (const match of line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)) cells.push(match[1] !== undefined ? match[1].replace(/""/g, '"') : (match[2] ?? ""));
    return cells;
  });
}

test("exports: Markdown, CSV and JSON credit each source with its own words only", async ({ request }) => {
  const get = async (format: string) => {
    const response = await request.get(`/api/comparisons/${id}?format=${format}`);
    expect(response.status()).toBe(200);
    return response.text();
  };
  const json = await get("json");
  expect(json).toBe(await (await request.get(`/api/comparisons/${id}`)).text());
  expect(JSON.parse(json)).toMatchObject({ version: 2, id });

  // CSV: one row per fact; each source's cell is its own words, empty where it does not state the fact.
  const [header, ...rows] = readCsv(await get("csv"));
  expect(header).toEqual(["group", "kind", "score", "conflict_types", "conflicting_values", "s1 Kessel Post", "s2 Valley Courier", "s3 Ardmoor Herald"]);
  expect(rows.map((row) => row[0])).toEqual(comparison.groups.map((g) => g.id));
  for (const [k, group] of comparison.groups.entries()) {
    expect(rows[k]!.slice(5), group.id).toEqual(comparison.sources.map((source) => ownWords(group, source.id)));
  }
  const derailment = comparison.groups.find((g) => ownWords(g, "s1") === "A freight train derailed near Ardmoor on Friday")!;
  expect(ownWords(derailment, "s3")).toBe(""); // Ardmoor Herald never reports the derailment

  // Markdown: the conflict lists every source's value, and no source is quoted with another fact's words.
  const md = await get("md");
  expect(md).toContain("- **Kessel Post:** “40 tonnes”\n- **Valley Courier:** “About 25 tonnes”\n- **Ardmoor Herald:** “Some 40 tonnes”");
  expect(md).toContain(`   - **Kessel Post:** A freight train derailed near Ardmoor on Friday\n   - **Valley Courier:** A freight train derailed near Ardmoor on Friday\n`);
  expect(md).toContain("   - **Valley Courier:** injuring its two drivers.\n   - **Ardmoor Herald:** the two drivers were taken to hospital.\n");
  for (const whole of ["on Friday, spilling", "on Friday, injuring", "river, and the two drivers"]) expect(md).not.toContain(whole);
});

test("review: an editor links a part of a two-fact sentence to a fact and unlinks a sentence from one of its facts @desktop", async ({ page }) => {
  // Its own comparison, so the page's other tests keep revision 0 as they expect.
  const created = await page.request.post("/api/comparisons", { data: { sources: TWO_FACT_SOURCES } });
  const { id: reviewed, editKey: key, comparison: base } = (await created.json()) as { id: string; editKey: string; comparison: Comparison };
  const numbers = numberFacts(base.groups);
  const holding = (sourceIds: string[]) => base.groups.find((g) => g.members.map((m) => m.sourceId).join() === sourceIds.join() && g.members.every((m) => m.spans))!;
  const derailment = holding(["s1", "s2"]); // Kessel Post and Valley Courier's lead parts
  const injury = holding(["s2", "s3"]); // Valley Courier and Ardmoor Herald's lead parts
  const d = numbers.get(derailment.id)!;
  const i = numbers.get(injury.id)!;
  const row = (n: number) => page.getByRole("row").filter({ has: page.getByRole("rowheader").getByText(`Fact ${n}`, { exact: true }) });

  await page.goto(`/c/${reviewed}?view=facts`);
  await page.getByRole("button", { name: "Edit", exact: true }).click();
  await page.getByLabel("Edit key", { exact: true }).fill(key);
  await page.getByRole("button", { name: "Start editing" }).click();
  await expect(page.getByRole("region", { name: "Edit facts" })).toBeVisible();

  // Link only the Herald's hospital words to the derailment: its lead states two facts, so its parts are offered.
  await page.getByRole("button", { name: `Link sentences to Fact ${d}` }).click();
  await row(i).getByRole("button", { name: /^Sentence 1 of Ardmoor Herald: Some 40 tonnes/ }).click();
  await expect(page.getByRole("button", { name: `Link whole sentence to Fact ${d}` })).toBeFocused();
  await expect(page.getByRole("button", { name: `Link part “Some 40 tonnes of fertiliser leaked into the Lisk river” to Fact ${d}` })).toBeVisible();
  const hospital = page.getByRole("button", { name: `Link part “the two drivers were taken to hospital.” to Fact ${d}` });
  await hospital.focus(); // keyboard alone
  await page.keyboard.press("Enter");
  await expect(row(d).getByRole("button", { name: /^Sentence 1 of Ardmoor Herald: .*linked, pending/ })).toBeVisible();
  // The Herald's lead still states the spill and the injury: linking a part moves nothing out.
  await expect(row(i).getByRole("button", { name: /^Sentence 1 of Ardmoor Herald/ })).toBeVisible();
  await page.getByRole("button", { name: `Link sentences to Fact ${d}` }).click(); // done linking

  // Valley Courier's lead is in two facts: unlinking it from the injury must name that fact.
  await row(i).getByRole("button", { name: /^Sentence 1 of Valley Courier/ }).click();
  await page.getByRole("button", { name: `Unlink from Fact ${i}` }).click();
  await expect(row(i).getByRole("button", { name: /^Sentence 1 of Valley Courier.*unlinked, pending/ })).toBeVisible();
  await expect(row(d).getByRole("button", { name: /^Sentence 1 of Valley Courier/ })).not.toContainText("unlinked");

  const bar = page.getByRole("region", { name: "Pending changes" });
  const [sent] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && r.url().endsWith(`/api/comparisons/${reviewed}/revisions`)),
    bar.getByRole("button", { name: "Save" }).click(),
  ]);
  const herald = base.sources[2]!.sentences[0]!.text;
  const start = herald.indexOf("the two drivers were taken to hospital.");
  const span: Span = { sentenceId: "s3.1", start, end: herald.length };
  expect((sent.postDataJSON() as { edits: ReviewEdit[] }).edits).toEqual([
    { op: "link", sentenceId: "s3.1", groupId: derailment.id, span },
    { op: "unlink", groupId: injury.id, sentenceId: "s2.1" },
  ]);
  await expect(page).toHaveURL(new RegExp(`/c/${reviewed}/r/1\\?view=facts$`), { timeout: 30_000 });

  // The revision: the derailment fact now holds the Herald's hospital words, and only them.
  const revision = (await (await page.request.get(`/api/comparisons/${reviewed}/revisions/1`)).json()) as Comparison;
  const fact = revision.groups.find((g) => g.id === derailment.id)!;
  expect(fact.members.find((m) => m.sourceId === "s3")).toEqual({ sourceId: "s3", sentenceIds: ["s3.1"], spans: [span] });
  expect(revision.groups.find((g) => g.id === injury.id)!.members.map((m) => m.sourceId)).toEqual(["s3"]);
  const banner = page.getByRole("complementary", { name: "Reviewed revision 1" });
  await expect(banner).toContainText(new RegExp(`Linked sentence 1 of Ardmoor Herald \\(characters ${start}–${herald.length}\\) to Fact \\d+`));
  await expect(banner).toContainText(/Unlinked sentence 1 of Valley Courier from Fact \d+/);
  const table = page.getByRole("table", { name: /Facts by source/ });
  const derailed = table.getByRole("row").filter({ has: page.locator("strong", { hasText: "A freight train derailed near Ardmoor on Friday" }) });
  await expect(derailed).toHaveCount(1);
  await expect(derailed.getByRole("cell").nth(2).locator("strong")).toHaveText(["the two drivers were taken to hospital."]);
  // Its export credits the Herald with those words in that fact (the review's columns follow the sources').
  const [, ...rows] = readCsv(await (await page.request.get(`/api/comparisons/${reviewed}/revisions/1?format=csv`)).text());
  expect(rows.find((r) => r[0] === derailment.id)!.slice(5, 8)).toEqual(["A freight train derailed near Ardmoor on Friday", "A freight train derailed near Ardmoor on Friday", "the two drivers were taken to hospital."]);
});
