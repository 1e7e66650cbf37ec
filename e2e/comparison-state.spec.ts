// The comparison page's state and edges: URLs that carry the view, defaults, sorting, removed
// text, layout stability and print. Expectations come from the engine at test time.
import { mkdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { KIND_WORDS, SCREENSHOT_DIR, groupsOf, openComparison, readSeedComparison, sourceName } from "./support/seed";

const comparison = readSeedComparison();
const name = (sourceId: string) => sourceName(comparison, sourceId);

test("a copied URL with view state reopens the same view in a fresh context", async ({ page, browser }) => {
  const conflict = groupsOf(comparison, "conflict")[0]!;
  const second = comparison.sources[1]!;
  await openComparison(page);
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Coverage" }).click();
  await page.getByRole("navigation", { name: "Show" }).getByRole("link", { name: /Conflicts/ }).click();
  await page.getByRole("group", { name: "Sources shown" }).getByRole("button", { name: name(second.id) }).click();
  await page.keyboard.press("j");
  await expect(page).toHaveURL(new RegExp(`\\?view=coverage&filter=conflict&hide=${second.id}#${conflict.id}$`));
  const copied = page.url();

  // Back goes to the previous view.
  await page.goBack();
  await expect(page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Side by side" })).toHaveAttribute("aria-current", "page");

  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const fresh = await context.newPage();
    await fresh.goto(copied);
    await expect(fresh.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Coverage" })).toHaveAttribute("aria-current", "page");
    await expect(fresh.getByRole("heading", { name: "Coverage", level: 2 })).toBeVisible();
    await expect(fresh.getByRole("heading", { name: "Facts", level: 2 })).toBeHidden();
    await expect(fresh.getByRole("navigation", { name: "Show" }).getByRole("link", { name: /Conflicts/ })).toHaveAttribute("aria-current", "true");
    await expect(fresh.getByRole("group", { name: "Sources shown" }).getByRole("button", { name: name(second.id) })).toHaveAttribute("aria-pressed", "false");
    const matrix = fresh.getByRole("table", { name: /^Coverage/ });
    await expect(matrix.getByRole("columnheader", { name: name(second.id) })).toBeHidden();
    await expect(matrix.getByRole("row")).toHaveCount(comparison.stats.conflict + 1);
    if (javaScriptEnabled) await expect(matrix.getByRole("row").nth(1)).toHaveAttribute("data-active", "");
    await context.close();
  }
});

test("unknown view state falls back to the defaults", async ({ page }) => {
  await openComparison(page, "?view=gallery&filter=everything&hide=s99#nowhere");
  await expect(page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Side by side" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("navigation", { name: "Show" }).getByRole("link", { name: /^All/ })).toHaveAttribute("aria-current", "true");
  for (const source of comparison.sources) {
    await expect(page.getByRole("group", { name: "Sources shown" }).getByRole("button", { name: name(source.id) })).toHaveAttribute("aria-pressed", "true");
  }
});

test("the coverage matrix sorts and lists what only one source says", async ({ page }) => {
  await openComparison(page, "?view=coverage");
  const matrix = page.getByRole("table", { name: /^Coverage/ });
  const kindHeader = matrix.getByRole("columnheader", { name: "Kind" });
  await kindHeader.getByRole("button").click();
  await expect(kindHeader).toHaveAttribute("aria-sort", "ascending");
  await expect(matrix.getByRole("row").nth(1)).toContainText(KIND_WORDS.conflict);
  await kindHeader.getByRole("button").click();
  await expect(kindHeader).toHaveAttribute("aria-sort", "descending");
  await expect(matrix.getByRole("row").nth(1)).toContainText(KIND_WORDS.unique);

  for (const source of comparison.sources) {
    const own = groupsOf(comparison, "unique").filter((g) => g.members[0]?.sourceId === source.id);
    const list = page.getByRole("region", { name: new RegExp(`^Only in ${name(source.id)}`) });
    await expect(list.getByRole("listitem")).toHaveCount(own.length);
  }
});

test("removed text sits behind a disclosure per source", async ({ page }) => {
  await openComparison(page);
  const removed = page.getByRole("region", { name: "What cleaning removed" });
  const source = comparison.sources.find((s) => s.removed.length > 0)!;
  const item = source.removed[0]!.text.split("\n")[0]!.trim();
  await expect(removed.getByText(item, { exact: false }).first()).toBeHidden();
  await removed.getByText(name(source.id), { exact: true }).click();
  await expect(removed.getByText(item, { exact: false }).first()).toBeVisible();
});

test("nothing shifts as the page loads and hydrates", async ({ page }) => {
  await openComparison(page);
  await page.waitForTimeout(300);
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) total += entry.value;
          }
        }).observe({ type: "layout-shift", buffered: true });
        setTimeout(() => resolve(total), 200);
      }),
  );
  expect(shift).toBeLessThan(0.01);
});

test("printing leaves the controls out", async ({ page }, testInfo) => {
  await openComparison(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Views" })).toBeHidden();
  await expect(page.getByRole("heading", { name: "Side by side", level: 2 })).toBeVisible();
  if (testInfo.project.name === "desktop") {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.pdf({ path: `${SCREENSHOT_DIR}/comparison-print.pdf`, format: "A4" });
  }
});

// Four short reports of a made-up event, written for this test.
const FERRY_REPORTS = [
  ["Port Weekly", ["Ferry crews in Northhaven walked out on Monday over pay.", "About 300 workers joined the strike.", "The harbour authority said talks would resume “next week”."]],
  ["Coast Herald", ["Northhaven ferry crews went on strike on Monday in a dispute over pay.", "About 250 workers joined the strike.", "Commuters queued for buses along the shore road."]],
  ["Island Post", ["Ferry workers in Northhaven stopped work on Monday over wages.", "The harbour authority said talks would resume “within days”.", "Island shops reported fewer visitors."]],
  ["Bay Radio", ["A pay strike by Northhaven ferry crews began on Monday.", "Commuters queued for buses along the shore road.", "The union said more stoppages were planned."]],
] as const;

// Phones show one source at a time: desktop project only.
test("with more than three sources the columns scroll sideways and a source can be hidden", { tag: "@desktop" }, async ({ page }, testInfo) => {
  const response = await page.request.post("/api/comparisons", {
    data: { sources: FERRY_REPORTS.map(([outlet, sentences]) => ({ outlet, text: sentences.join("\n\n") })) },
  });
  expect(response.status()).toBe(201);
  const { id } = (await response.json()) as { id: string };
  await page.goto(`/c/${id}`);
  await page.waitForFunction(() => document.querySelector("[data-comparison]")?.hasAttribute("data-ready"));

  const first = page.getByRole("region", { name: "Port Weekly", exact: true });
  const last = page.getByRole("region", { name: "Bay Radio", exact: true });
  await first.scrollIntoViewIfNeeded();
  await expect(first).toBeInViewport();
  await expect(last).not.toBeInViewport({ ratio: 0.9 });
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport({ ratio: 0.9 });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/comparison-four-sources-${testInfo.project.name}.png` });

  await first.getByRole("link", { name: "Hide Port Weekly" }).click();
  await expect(first).toBeHidden();
  await expect(page).toHaveURL(/[?&]hide=s1(&|$)/);
  await expect(page.getByRole("group", { name: "Sources shown" }).getByRole("button", { name: "Port Weekly" })).toHaveAttribute("aria-pressed", "false");
});
