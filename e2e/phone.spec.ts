// What a reader sees on a phone (390×844; issue 12, item 4; docs/decisions/0110): every fact as
// a card with each source's own words under it, conflicts first; coverage scrolling sideways
// under a pinned fact column; a search box on its own line; a revision box clear of the page.
// The fire reports are made up for this test.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations, openPage as open, shoot, groupsOf, openComparison, readSeedComparison, sentenceText, sourceName } from "./support/seed";

const seed = readSeedComparison();
const SIZES = { wide: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } } as const;
const FIRE = [
  ["Valley Courier", "A fire destroyed 14 homes in Ashford on Tuesday night, officials said.\n\nFirefighters from three towns fought the blaze for six hours.\n\nThe cause is still being investigated."],
  ["Ridge Gazette", "A fire destroyed 16 homes in Ashford on Tuesday night, officials said.\n\nFirefighters from three towns fought the blaze for six hours.\n\nVolunteers collected blankets for the families."],
  ["Lakeside Daily", "A fire destroyed 15 homes in Ashford on Tuesday night, officials said.\n\nCrews from three towns fought the blaze for nine hours."],
] as const;

async function createFire(page: Page): Promise<{ id: string; editKey: string }> {
  const response = await page.request.post("/api/comparisons", { data: { sources: FIRE.map(([outlet, text]) => ({ outlet, text })) } });
  expect(response.status()).toBe(201);
  return (await response.json()) as { id: string; editKey: string };
}

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  expect(found, "the element has a box").not.toBeNull();
  return found!;
}

const cardList = (page: Page) => page.getByRole("list", { name: "Facts, conflicts first" });

test("on a phone the default view compares every source fact by fact, conflicts first", async ({ page }, testInfo) => {
  await page.setViewportSize(SIZES.phone);
  await openComparison(page);
  // No one-source-at-a-time tabs, no columns: cards.
  await expect(page.getByRole("group", { name: "Source to read" })).toHaveCount(0);
  for (const source of seed.sources) await expect(page.getByRole("region", { name: sourceName(seed, source.id), exact: true })).toBeHidden();
  const cards = cardList(page).getByRole("listitem");
  await expect(cards).toHaveCount(seed.groups.length);

  const order = [...groupsOf(seed, "conflict"), ...groupsOf(seed, "shared"), ...groupsOf(seed, "unique")];
  const position = (id: string) => seed.groups.findIndex((group) => group.id === id) + 1;
  const headings = await cards.getByRole("heading").allInnerTexts();
  expect(headings.map((text) => /Fact (\d+)/.exec(text)?.[1])).toEqual(order.map((group) => String(position(group.id))));

  // The first card is the first conflict: each source's own sentence under its name, the value marked, on one screen.
  const conflict = order[0]!;
  const first = cards.first();
  await expect(first.getByRole("heading")).toContainText("Conflict");
  for (const member of conflict.members) {
    await expect(first.getByRole("term").filter({ hasText: sourceName(seed, member.sourceId) })).toBeVisible();
    await expect(first.getByRole("definition").filter({ hasText: sentenceText(seed, member.sentenceIds[0]!) })).toBeVisible();
  }
  await expect(first.locator("mark").first()).toBeVisible();
  expect((await box(first)).height, "every source of the first conflict fits one screen").toBeLessThan(SIZES.phone.height);

  // The first conflict's values are on the first screen, in the summary under the title.
  const summaryValue = page.getByRole("region", { name: "Where they disagree" }).getByRole("definition").first();
  await expect(summaryValue).toBeInViewport();
  const summaryTop = (await box(summaryValue)).y;
  const cardTop = await first.locator("mark").first().evaluate((mark) => mark.getBoundingClientRect().top + window.scrollY);
  testInfo.annotations.push({ type: "measure", description: `first conflict value: summary ${Math.round(summaryTop)} px, first card ${Math.round(cardTop)} px from the top` });

  // A summary link brings its card into view.
  await page.getByRole("region", { name: "Where they disagree" }).getByRole("link", { name: /^Fact \d+: / }).first().click();
  await expect(first).toBeInViewport();
  await expect(first).toHaveAttribute("data-active", "");
  if (testInfo.project.name === "mobile") {
    await shoot(page, "phone-cards-390x844");
    await shoot(page, "phone-seed-390x844-full", true);
  }
});

test("on a phone three sources' values sit under one fact, each under its outlet", async ({ page }, testInfo) => {
  const { id } = await createFire(page);
  await page.setViewportSize(SIZES.phone);
  await open(page, `/c/${id}`);
  const first = cardList(page).getByRole("listitem").first();
  for (const [outlet, value] of [["Valley Courier", "14"], ["Ridge Gazette", "16"], ["Lakeside Daily", "15"]] as const) {
    const term = first.getByRole("term").filter({ hasText: outlet });
    await expect(term).toBeVisible();
    // The definition right after the outlet's name holds its own value, marked.
    await expect(term.locator("xpath=following-sibling::dd[1]").locator("mark", { hasText: value })).toBeVisible();
  }
  // A source that does not state a fact says so in one line.
  await expect(cardList(page).getByRole("listitem").filter({ hasText: "Volunteers collected blankets" }).getByRole("definition").filter({ hasText: "Not reported" })).toHaveCount(2);
  await first.scrollIntoViewIfNeeded();
  if (testInfo.project.name === "mobile") await shoot(page, "phone-cards-three-sources-390x844");
});

test("on a phone each source card keeps its figures on one line, so the facts come soon after", async ({ page }) => {
  const { id } = await createFire(page);
  await page.setViewportSize(SIZES.phone);
  await open(page, `/c/${id}`);
  const sources = page.getByRole("region", { name: "Sources" });
  const cards = sources.getByRole("listitem");
  await expect(cards).toHaveCount(FIRE.length);
  for (const card of await cards.all()) {
    const words = await box(card.getByRole("term").filter({ hasText: "Words" }));
    const sentences = await box(card.getByRole("term").filter({ hasText: "Sentences" }));
    expect(Math.abs(words.y - sentences.y), "words and sentences share a line").toBeLessThan(4);
    expect(sentences.x).toBeGreaterThan(words.x);
    // Each figure beside its label, not under it: one line for all three on a phone.
    const count = await box(card.getByRole("definition").first());
    expect(count.x, "the count follows its label").toBeGreaterThan(words.x + words.width - 1);
    expect(count.y, "on the label's line").toBeLessThan(words.y + words.height);
  }
  // Wide screens keep the three figures as columns with their labels above.
  await page.setViewportSize(SIZES.wide);
  const card = cards.first();
  const label = await box(card.getByRole("term").filter({ hasText: "Words" }));
  const value = await box(card.getByRole("definition").first());
  expect(value.y).toBeGreaterThan(label.y + label.height - 2);
});

test("on a phone coverage scrolls sideways under a pinned fact column, and the page does not", async ({ page }, testInfo) => {
  const { id } = await createFire(page);
  await page.setViewportSize(SIZES.phone);
  await open(page, `/c/${id}?view=coverage`);
  const table = page.getByRole("table", { name: /^Coverage/ });
  const scroller = table.locator("xpath=..");
  const widths = await scroller.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth, page: document.documentElement.scrollWidth }));
  expect(widths.scroll, "the table scrolls sideways").toBeGreaterThan(widths.client);
  expect(widths.page, "the page itself does not").toBeLessThanOrEqual(SIZES.phone.width);

  const factCell = table.getByRole("rowheader").first();
  await factCell.scrollIntoViewIfNeeded();
  const before = await box(factCell);
  await scroller.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
  await expect.poll(() => scroller.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  const after = await box(factCell);
  expect(Math.abs(after.x - before.x), "the fact cell stays put").toBeLessThan(1);
  await expect(factCell).toBeInViewport();
  // Each source's column can be brought whole into sight beside the pinned fact column.
  const frame = await box(scroller);
  for (const [outlet] of FIRE) {
    const header = table.getByRole("columnheader", { name: outlet });
    await header.evaluate((cell) => cell.scrollIntoView({ inline: "end", block: "nearest" }));
    const column = await box(header);
    expect(column.x, `${outlet} is clear of the pinned column`).toBeGreaterThanOrEqual(after.x + after.width - 1);
    expect(column.x + column.width, `${outlet} is inside the table`).toBeLessThanOrEqual(frame.x + frame.width + 1);
  }
  if (testInfo.project.name === "mobile") await shoot(page, "phone-coverage-scrolled-390x844");
});

test("on a phone the search box is whole and on screen, and the revision box keeps clear of the page", async ({ page }, testInfo) => {
  const { id, editKey } = await createFire(page);
  const saved = await page.request.post(`/api/comparisons/${id}/revisions`, {
    headers: { authorization: `Bearer ${editKey}` },
    data: { baseRevision: 0, editor: "Phone Test", edits: [{ op: "confirm", groupId: "g1" }, { op: "note", groupId: "g2", text: "A note." }] },
  });
  expect(saved.status()).toBe(201);
  await page.setViewportSize(SIZES.phone);
  await open(page, `/c/${id}/r/1`);

  const search = page.getByRole("searchbox", { name: "Search sentences" });
  await search.scrollIntoViewIfNeeded();
  const field = await box(search);
  expect(field.x).toBeGreaterThanOrEqual(0);
  expect(field.x + field.width).toBeLessThanOrEqual(SIZES.phone.width);
  // Its own line, wide enough for its placeholder.
  expect(field.width).toBeGreaterThan(SIZES.phone.width * 0.75);

  const banner = page.getByRole("complementary", { name: "Reviewed revision 1" });
  const next = page.getByText(/^Comparison of 3 sources/);
  const bannerBox = await box(banner);
  const nextBox = await box(next);
  expect(nextBox.y, "the line below starts clear of the revision box").toBeGreaterThanOrEqual(bannerBox.y + bannerBox.height + 8);
  for (const link of await banner.getByRole("link").all()) {
    const inside = await box(link);
    expect(inside.y + inside.height).toBeLessThanOrEqual(bannerBox.y + bannerBox.height);
  }
  await banner.scrollIntoViewIfNeeded();
  if (testInfo.project.name === "mobile") await shoot(page, "phone-revision-box-390x844");
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`every view on a phone passes axe (${colorScheme}); screenshots at both sizes`, async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    const { id, editKey } = await createFire(page);
    await page.request.post(`/api/comparisons/${id}/revisions`, {
      headers: { authorization: `Bearer ${editKey}` },
      data: { baseRevision: 0, editor: "Axe", edits: [{ op: "confirm", groupId: "g1" }] },
    });
    await page.emulateMedia({ colorScheme });
    const suffix = colorScheme === "dark" ? "-dark" : "";
    for (const [name, path] of [["cards", `/c/${id}`], ["facts", `/c/${id}?view=facts`], ["coverage", `/c/${id}?view=coverage`], ["revision", `/c/${id}/r/1`], ["seed", "/c/seed-belarus-kgb-talks"]] as const) {
      await page.setViewportSize(SIZES.phone);
      await open(page, path);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      await expectNoSeriousAxeViolations(results.violations.map((v) => ({ ...v, id: `${path} ${v.id}` })));
      if (testInfo.project.name !== "mobile") continue;
      await page.getByRole("region", { name: "View controls" }).scrollIntoViewIfNeeded();
      await shoot(page, `phone-${name}-390x844${suffix}`);
      await page.setViewportSize(SIZES.wide);
      await open(page, path);
      // Wide screens keep the columns: the cards are for phones only.
      if (name === "cards") await expect(cardList(page)).toBeHidden();
      await page.getByRole("region", { name: "View controls" }).scrollIntoViewIfNeeded();
      await shoot(page, `phone-${name}-1440x900${suffix}`);
    }
  });
}
