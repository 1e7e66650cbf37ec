// The comparison page leads with the answer: the conflicts and every source's value right under
// the title, visible on a shared link without scrolling; an agreement picture of facts × sources;
// conflicting values marked in the text; and side by side in one scroll with sticky column names.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations, openPage as open, shoot, groupsOf, openComparison, readSeedComparison, sentenceText, sourceName } from "./support/seed";

const seed = readSeedComparison();
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

// Three short reports of a made-up fire, written for this test: three number conflicts.
const FIRE_REPORTS = [
  ["Valley Courier", ["A fire destroyed 14 homes in Ashford on Tuesday night, officials said.", "Firefighters from three towns fought the blaze for six hours.", "The mayor said 40 residents had been moved to a school gym.", "The cause of the fire is still being investigated."]],
  ["Ridge Gazette", ["A fire destroyed 16 homes in Ashford on Tuesday night, officials said.", "Firefighters from three towns fought the blaze for six hours.", "The mayor said 55 residents had been moved to a school gym.", "Volunteers collected blankets and food for the families."]],
  ["Lakeside Daily", ["A fire destroyed 15 homes in Ashford on Tuesday night, officials said.", "Crews from three towns fought the blaze for nine hours.", "The mayor said 40 residents had been moved to a school gym.", "The cause of the fire is still being investigated."]],
] as const;

async function createFireComparison(page: Page): Promise<string> {
  const response = await page.request.post("/api/comparisons", {
    data: { sources: FIRE_REPORTS.map(([outlet, sentences]) => ({ outlet, text: sentences.join("\n\n") })) },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

const summary = (page: Page) => page.getByRole("region", { name: "Where they disagree" });

/** Every listed value, with its outlet beside it, is on screen at once. */
async function expectValuesOnScreen(page: Page, values: readonly { sourceId: string; text: string }[], nameOf: (id: string) => string) {
  for (const value of values) {
    const term = summary(page).getByRole("term").filter({ hasText: nameOf(value.sourceId) });
    await expect(term.first()).toBeInViewport();
    await expect(summary(page).getByRole("definition").filter({ hasText: value.text }).first()).toBeInViewport();
  }
}

test("seed on a shared link at 1440×900: each conflict and every source's value above the fold", { tag: "@desktop" }, async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await openComparison(page);
  const conflicts = groupsOf(seed, "conflict");
  expect(conflicts.length).toBeGreaterThan(0);
  for (const group of conflicts) for (const conflict of group.conflicts) await expectValuesOnScreen(page, conflict.values, (id) => sourceName(seed, id));
  // The agreement picture sits beside it, one row per source with its counts in words.
  const agreement = page.getByRole("list", { name: "What each source reports" });
  await expect(agreement).toBeInViewport();
  await expect(agreement.getByRole("listitem")).toHaveCount(seed.sources.length);
  await expect(agreement.getByRole("listitem").first()).toContainText("not reported");
  await shoot(page, "summary-seed-1440x900");

  // The summary links to the fact; side by side lights it up, its values marked in the text.
  const group = conflicts[0]!;
  await summary(page).getByRole("link", { name: /^Fact \d+: / }).first().click();
  await expect(page).toHaveURL(new RegExp(`#${group.id}$`));
  for (const member of group.members) {
    const row = page.getByRole("region", { name: sourceName(seed, member.sourceId), exact: true }).getByRole("listitem").filter({ hasText: sentenceText(seed, member.sentenceIds[0]!) });
    await expect(row).toHaveAttribute("data-active", "");
  }
});

test("seed on a phone (390×844): the conflict summary leads", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await openComparison(page);
  await expect(summary(page).getByRole("link", { name: /^Fact \d+: / }).first()).toBeInViewport();
  await shoot(page, "summary-seed-390x844");
  await shoot(page, "summary-seed-390x844-full", true);
});

test("three sources of our own at 1440×900: every conflict's values without scrolling; axe clean light and dark", { tag: "@desktop" }, async ({ page }) => {
  const id = await createFireComparison(page);
  const nameOf = (sourceId: string) => FIRE_REPORTS[Number(sourceId.slice(1)) - 1]![0];
  await page.setViewportSize(DESKTOP);
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await open(page, `/c/${id}`);
    await expect(summary(page).getByRole("listitem")).toHaveCount(3);
    await expectValuesOnScreen(page, [{ sourceId: "s1", text: "14" }, { sourceId: "s2", text: "16" }, { sourceId: "s3", text: "15" }, { sourceId: "s3", text: "nine hours" }, { sourceId: "s2", text: "55" }], nameOf);
    // A source the contract does not list, whose words hold a listed value, is shown with it.
    await expect(summary(page).getByRole("term").filter({ hasText: "Valley Courier, Ridge Gazette" }).first()).toBeInViewport();
    await shoot(page, `summary-three-sources-1440x900${colorScheme === "dark" ? "-dark" : ""}`);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    await expectNoSeriousAxeViolations(results.violations);
  }
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize(PHONE);
  await open(page, `/c/${id}`);
  await shoot(page, "summary-three-sources-390x844");
});

test("side by side marks each conflicting value in its own sentence, in words too", async ({ page }) => {
  const id = await createFireComparison(page);
  await open(page, `/c/${id}`);
  for (const [outlet, value] of [["Valley Courier", "14"], ["Ridge Gazette", "16"], ["Lakeside Daily", "15"], ["Lakeside Daily", "nine hours"]] as const) {
    // A phone shows fact cards instead of columns; e2e/phone.spec.ts checks their marks.
    if ((page.viewportSize()?.width ?? 0) < 768) {
      // There the words that differ are marked too, so a value may span two marks ("nine", "hours").
      const card = page.getByRole("list", { name: "Facts, conflicts first" }).getByRole("listitem").filter({ has: page.locator("mark", { hasText: value.split(" ")[0] }) });
      const words = card.getByRole("term").filter({ hasText: outlet }).locator("xpath=following-sibling::dd[1]").filter({ hasText: value });
      await expect(words.locator("mark", { hasText: value.split(" ")[0] })).toBeVisible();
      continue;
    }
    const column = page.getByRole("region", { name: outlet, exact: true });
    // Playwright's role types lack "mark" (ARIA 1.3), so the element is named by its tag.
    await expect(column.locator("mark", { hasText: value })).toBeVisible();
    await expect(column.getByRole("listitem").filter({ has: page.locator("mark", { hasText: value }) })).toContainText(`Differs from the other sources: “${value}”`);
  }
  // The facts view marks them as well.
  await open(page, `/c/${id}?view=facts`);
  await expect(page.getByRole("table", { name: /^Facts by source/ }).locator("mark", { hasText: "16" })).toBeVisible();
});

test("side by side is one scroll: no column scrolls on its own, names stay in sight, a match is said once", { tag: "@desktop" }, async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await openComparison(page);
  const first = seed.sources[0]!;
  const column = page.getByRole("region", { name: sourceName(seed, first.id), exact: true });
  for (const source of seed.sources) {
    const list = page.getByRole("region", { name: sourceName(seed, source.id), exact: true }).getByRole("list");
    expect(await list.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
  }
  // Scrolled well into the columns, every column's name is still on screen, under the toolbar.
  const last = column.getByRole("listitem").last();
  await last.scrollIntoViewIfNeeded();
  const toolbar = await page.getByRole("region", { name: "View controls" }).boundingBox();
  for (const source of seed.sources) {
    const heading = page.getByRole("heading", { name: sourceName(seed, source.id), level: 3, exact: true });
    await expect(heading).toBeInViewport();
    expect((await heading.boundingBox())!.y).toBeGreaterThanOrEqual(toolbar!.y + toolbar!.height - 1);
  }
  await shoot(page, "columns-one-scroll-1440x900");

  // A shared fact names its counterpart once: in the first source's row, not again in the other's.
  const group = groupsOf(seed, "shared").find((g) => g.members.length === 2)!;
  const [a, b] = group.members as [(typeof group.members)[0], (typeof group.members)[0]];
  const rowOf = (member: typeof a) => page.getByRole("region", { name: sourceName(seed, member.sourceId), exact: true }).getByRole("listitem").filter({ hasText: sentenceText(seed, member.sentenceIds[0]!) });
  const linkToB = rowOf(a).getByRole("link", { name: new RegExp(`^${sourceName(seed, b.sourceId)}, sentences? `) });
  const linkToA = rowOf(b).getByRole("link", { name: new RegExp(`^${sourceName(seed, a.sourceId)}, sentences? `) });
  // The note's own box: a link inside a clipped (screen-reader-only) note keeps its full box.
  const noteWidth = (link: typeof linkToA) => link.evaluate((el) => el.closest("p")!.getBoundingClientRect().width);
  expect(await noteWidth(linkToB)).toBeGreaterThan(20);
  // Still there for screen readers, but not drawn a second time.
  await expect(linkToA).toHaveCount(1);
  expect(await noteWidth(linkToA)).toBeLessThanOrEqual(1);
  // Hiding the first source moves the note to the next one's row.
  expect(a.sourceId).toBe(first.id);
  await column.getByRole("link", { name: `Hide ${sourceName(seed, first.id)}` }).click();
  await expect(column).toBeHidden();
  expect(await noteWidth(linkToA)).toBeGreaterThan(20);
});
