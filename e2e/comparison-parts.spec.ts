// A comparison too long for one page (docs/decisions/0060): the page holds a bounded first
// part, "Show more" adds the next (with JavaScript) or opens it (without), the counts still
// speak for the whole comparison, and a link to a late fact opens the part that holds it.
import { expect, test, type Page } from "@playwright/test";
import { createRandom, makeSyntheticStory } from "../test-support/make-synthetic";
import type { Comparison } from "../lib/types";

let made: { id: string; comparison: Comparison } | null = null;

async function makeLongComparison(page: Page): Promise<{ id: string; comparison: Comparison }> {
  if (made) return made;
  const sources = makeSyntheticStory(2, 450, createRandom(11)).map((source) => ({ text: source.text, outlet: source.outlet! }));
  const response = await page.request.post("/api/comparisons", { data: { sources }, timeout: 120_000 });
  expect(response.status()).toBe(201);
  made = (await response.json()) as { id: string; comparison: Comparison };
  return made;
}

const factsTable = (page: Page) => page.getByRole("table", { name: /^Facts by source/ });
// Rows of the facts table less its header row.
const factCount = async (page: Page) => (await factsTable(page).getByRole("row").count()) - 1;

test.describe.configure({ timeout: 180_000 });

test("a long comparison shows a bounded first part, and Show more adds the next", async ({ page }) => {
  const { id, comparison } = await makeLongComparison(page);
  await page.goto(`/c/${id}?view=facts`);
  await page.waitForFunction(() => document.querySelector("[data-comparison]")?.hasAttribute("data-ready"));

  const first = await factCount(page);
  expect(first).toBeGreaterThan(10);
  expect(first).toBeLessThan(comparison.groups.length);
  // The counts are the whole comparison's, not the part's.
  await expect(page.getByRole("navigation", { name: "Show" }).getByRole("link", { name: /^All/ })).toContainText(String(comparison.groups.length));

  await page.getByRole("link", { name: /^Show more facts/ }).click();
  await expect.poll(() => factCount(page)).toBeGreaterThan(first);
  const second = await factCount(page);
  // The first new fact takes the focus, and its number follows on from the first part.
  await expect(page.locator(":focus")).toContainText(`Fact ${first + 1}`);
  await expect(factsTable(page).getByText(`Fact ${second}`, { exact: true })).toBeAttached();
});

test("without JavaScript, Show more opens the next part as a page", async ({ browser, page }) => {
  const { id } = await makeLongComparison(page);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const plain = await context.newPage();
  await plain.goto(`/c/${id}?view=facts`);
  const first = await factCount(plain);
  await plain.getByRole("link", { name: /^Show more facts/ }).click();
  await expect(plain).toHaveURL(new RegExp(`\\?view=facts&from=${first}$`));
  await expect(factsTable(plain).getByRole("row").nth(1)).toContainText(`Fact ${first + 1}`);
  await expect(plain.getByRole("link", { name: "Show earlier facts" })).toBeVisible();
  await context.close();
});

test("a link to a late fact opens the part that holds it", async ({ page }) => {
  const { id, comparison } = await makeLongComparison(page);
  const late = comparison.groups.at(-1)!;
  await page.goto(`/c/${id}?view=facts#${late.id}`);
  await expect(page).toHaveURL(new RegExp(`[?&]at=${late.id}#${late.id}$`));
  await page.waitForFunction(() => document.querySelector("[data-comparison]")?.hasAttribute("data-ready"));
  const row = factsTable(page).getByRole("row").filter({ has: page.getByText(`Fact ${comparison.groups.length}`, { exact: true }) });
  await expect(row).toBeInViewport();
  await expect(row).toHaveAttribute("data-active", "");
});
