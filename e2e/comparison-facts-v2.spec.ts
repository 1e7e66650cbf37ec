// Contract version 2 on the page (the "facts-v2" project: a server with PARALLAX_CONTRACT_VERSION=2).
// Three short articles of our own whose lead sentences each state two facts: side by side shows
// two marked parts in a lead sentence, pointing at or focusing one lights up its fact's
// counterparts, Facts rows show each source's own words, Coverage is facts × sources, the
// conflicting values are marked and every member's value is listed; axe-clean in every view.
import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import type { Comparison } from "../lib/types";
import { TWO_FACT_SOURCES } from "../test-support/two-fact-story";
import { SCREENSHOT_DIR, expectNoSeriousAxeViolations } from "./support/seed";

let id = "";
let comparison: Comparison;

test.beforeAll(async ({ request }) => {
  const response = await request.post("/api/comparisons", { data: { sources: TWO_FACT_SOURCES } });
  expect(response.status()).toBe(201);
  const body = (await response.json()) as { id: string; comparison: Comparison };
  id = body.id;
  comparison = body.comparison;
  expect(comparison.version).toBe(2);
});

async function open(page: Page, query = ""): Promise<void> {
  await page.goto(`/c/${id}${query}`);
  await page.waitForFunction(() => document.querySelector("[data-comparison]")?.hasAttribute("data-ready"));
}

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true });
}

const column = (page: Page, outlet: string) => page.getByRole("region", { name: outlet, exact: true });
const sentence = (page: Page, outlet: string, words: string) => column(page, outlet).getByRole("listitem").filter({ hasText: words });
/** A marked part of a sentence: a link named by its words and its fact. */
const part = (page: Page, outlet: string, words: string) => column(page, outlet).getByRole("link", { name: new RegExp(`^${words}.*\\(fact \\d+, \\w+\\)$`) });

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
