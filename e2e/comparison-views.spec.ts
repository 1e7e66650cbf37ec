// Each view of the comparison page, in light and dark: an accessibility check (axe, WCAG 2.1
// A and AA) with no serious or critical violation, and a screenshot kept as a test artifact.
import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { test } from "@playwright/test";
import { SCREENSHOT_DIR, expectNoSeriousAxeViolations, openComparison, readSeedComparison, sourceName } from "./support/seed";

const comparison = readSeedComparison();
const VIEWS = ["columns", "facts", "coverage"] as const;

for (const view of VIEWS) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`${view} view (${colorScheme}): no serious accessibility violations; screenshot`, async ({ page }, testInfo) => {
      await page.emulateMedia({ colorScheme });
      await openComparison(page, view === "columns" ? "" : `?view=${view}`);

      const name = `comparison-${view}-${testInfo.project.name}${colorScheme === "dark" ? "-dark" : ""}`;
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const path = `${SCREENSHOT_DIR}/${name}.png`;
      await page.screenshot({ path, fullPage: true });
      await testInfo.attach(name, { path, contentType: "image/png" });

      // Open every removed-text disclosure and the shortcut help, so their contents are checked too.
      const removed = page.getByRole("region", { name: "What cleaning removed" });
      for (const source of comparison.sources) await removed.getByText(sourceName(comparison, source.id), { exact: true }).click();
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      await expectNoSeriousAxeViolations(results.violations);
    });
  }
}

test("a focused conflict, side by side (screenshot)", async ({ page }, testInfo) => {
  await openComparison(page);
  await page.keyboard.press("j");
  await page.waitForTimeout(400);
  const name = `comparison-conflict-focused-${testInfo.project.name}`;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = `${SCREENSHOT_DIR}/${name}.png`;
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: "image/png" });
});
