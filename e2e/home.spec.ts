import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const SEED_ID = "seed-belarus-kgb-talks";
const SCREENSHOT_DIR = "artifacts/screenshots";

async function expectSeedComparison(page: Page) {
  await expect(page.getByRole("heading", { level: 1, name: /Belarus KGB chief/i })).toBeVisible();

  const sources = page.getByRole("region", { name: "Sources" });
  await expect(sources).toContainText("MENAFN");
  await expect(sources).toContainText("EconoTimes");

  for (const name of [/^Conflicting details/, /^Shared facts/, /^Unique facts/]) {
    await expect(page.getByRole("region", { name })).toBeVisible();
  }
}

test("home page shows the seed comparison by kind", async ({ page }, testInfo) => {
  await page.goto("/");
  await expectSeedComparison(page);

  // The quotation conflict names each source's wording as a value of its own.
  const conflicts = page.getByRole("region", { name: /^Conflicting details/ });
  const quote = conflicts.getByRole("article").filter({ hasText: "quiet talks and compromise" });
  await expect(quote.getByRole("heading", { name: /Quotation differs/ })).toBeVisible();
  await expect(quote.getByText("Conflict", { exact: true })).toBeVisible();
  const values = quote.getByRole("definition");
  await expect(values.filter({ hasText: "quiet, calm negotiations and a search for a compromise" }).first()).toBeVisible();
  await expect(values.filter({ hasText: "quiet talks and compromise" }).first()).toBeVisible();

  // Every group says its kind in words, not only in colour.
  await expect(page.getByRole("region", { name: /^Shared facts/ }).getByText("Shared", { exact: true }).first()).toBeVisible();
  const unique = page.getByRole("region", { name: /^Unique facts/ });
  await expect(unique.getByRole("heading", { name: /^Only in / }).first()).toBeVisible();
  await expect(unique.getByText("Unique", { exact: true }).first()).toBeVisible();

  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = `${SCREENSHOT_DIR}/home-${testInfo.project.name}.png`;
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(`home-${testInfo.project.name}`, { path, contentType: "image/png" });
  if (process.env.UPDATE_DOCS_SCREENSHOT && testInfo.project.name === "desktop") {
    // The README's picture: the top of the page down to the first conflict.
    await page.screenshot({ path: "docs/screenshot-home.png", fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 1400 } });
  }
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`home page has no serious or critical accessibility violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto("/");
    // Open the collapsed removed-item lists so their contents are checked too.
    for (const summary of await page.getByText("Show what was removed").all()) await summary.click();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(blocking.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes)`)).toEqual([]);
  });
}

test("the home page links to the seed comparison; unknown ids are not found", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: /Open the full comparison/ }).click();
  await expect(page).toHaveURL(new RegExp(`/c/${SEED_ID}$`));
  await expect(page.getByRole("heading", { level: 1, name: /Belarus KGB chief/i })).toBeVisible();
  const sources = page.getByRole("region", { name: "Sources" });
  await expect(sources).toContainText("MENAFN");
  await expect(sources).toContainText("EconoTimes");

  const response = await page.goto("/c/does-not-exist");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
});
