// The comparison page (/c/{id}) on the seed story: kinds and counts, linking, the quote
// conflict, filters and keys. Expected counts and texts come from the
// engine at test time (support/seed.ts), never from numbers written here.
import { expect, test } from "@playwright/test";
import {
  factRows,
  groupsOf,
  openComparison,
  pageStatus,
  readSeedComparison,
  sentenceText,
  sourceName,
} from "./support/seed";

const comparison = readSeedComparison();
const name = (sourceId: string) => sourceName(comparison, sourceId);
const KIND_LABELS = { conflict: ["conflicting detail", "conflicting details"], shared: ["shared fact", "shared facts"], unique: ["unique fact", "unique facts"] } as const;

test("the seed renders all three kinds with the engine's counts", async ({ page }) => {
  const { stats } = comparison;
  expect(stats.shared * stats.conflict * stats.unique, "the seed should have every kind").toBeGreaterThan(0);
  await openComparison(page);

  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const glance = page.getByRole("region", { name: "At a glance" });
  for (const kind of ["conflict", "shared", "unique"] as const) {
    const label = KIND_LABELS[kind][stats[kind] === 1 ? 0 : 1];
    await expect(glance.getByRole("link", { name: new RegExp(`^${stats[kind]} ${label}`, "i") })).toBeVisible();
  }

  // Side by side: one column per source, every cleaned sentence in it; on a phone, a card per fact.
  if ((page.viewportSize()?.width ?? 0) < 768) {
    await expect(page.getByRole("list", { name: "Facts, conflicts first" }).getByRole("listitem")).toHaveCount(comparison.groups.length);
  } else {
    for (const source of comparison.sources) {
      const column = page.getByRole("region", { name: name(source.id), exact: true });
      await expect(column.getByRole("listitem")).toHaveCount(source.sentences.length);
    }
  }

  // Facts: one row per group, each saying its kind in words.
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Facts" }).click();
  for (const kind of ["conflict", "shared", "unique"] as const) {
    await expect(factRows(page, kind)).toHaveCount(stats[kind]);
  }
  const unreported = comparison.groups.reduce((sum, group) => sum + comparison.sources.length - group.members.length, 0);
  await expect(page.getByRole("cell").filter({ hasText: "Not reported" })).toHaveCount(unreported);
});

// Hover needs a pointer and columns side by side: desktop project only.
test("hovering a shared sentence lights up its counterpart; its link brings it into view", { tag: "@desktop" }, async ({ page }) => {
  // The shared pair furthest apart in reading order, so its counterpart starts out of view.
  const spread = (ids: string[]) => Math.abs(comparison.sources[0]!.sentences.findIndex((s) => s.id === ids[0]) - comparison.sources[1]!.sentences.findIndex((s) => s.id === ids[1]));
  const shared = groupsOf(comparison, "shared")
    .filter((group) => group.members.length >= 2)
    .sort((a, b) => spread(b.members.map((m) => m.sentenceIds[0]!)) - spread(a.members.map((m) => m.sentenceIds[0]!)))[0];
  expect(shared, "the seed should have a shared fact").toBeDefined();
  const [a, b] = shared!.members;
  if (!a || !b) throw new Error("a shared fact has two members");

  await openComparison(page);
  const rowA = page.getByRole("region", { name: name(a.sourceId), exact: true }).getByRole("listitem").filter({ hasText: sentenceText(comparison, a.sentenceIds[0]!) });
  const rowB = page.getByRole("region", { name: name(b.sourceId), exact: true }).getByRole("listitem").filter({ hasText: sentenceText(comparison, b.sentenceIds[0]!) });
  await expect(rowB).not.toHaveAttribute("data-active");
  // Screen readers (and everyone) get the counterpart in words, as a link.
  await expect(rowA.getByRole("link", { name: new RegExp(`^${name(b.sourceId)}, sentences? `) })).toBeVisible();

  await rowA.hover();
  await expect(rowA).toHaveAttribute("data-active", "");
  await expect(rowB).toHaveAttribute("data-active", "");

  await page.mouse.move(0, 0);
  await expect(rowB).not.toHaveAttribute("data-active");

  // The columns share the page's one scroll (decision 0100): the link brings the counterpart into view.
  await rowA.getByRole("link", { name: new RegExp(`^${name(b.sourceId)}, sentences? `) }).click();
  await expect(rowB).toBeInViewport();
});

test("the quote conflict shows both values", async ({ page }) => {
  const conflict = groupsOf(comparison, "conflict").flatMap((group) => group.conflicts).find((c) => c.type === "quote");
  expect(conflict, "the seed should have a quote conflict").toBeDefined();
  await openComparison(page, "?view=facts");
  const chip = page.getByRole("list", { name: "What differs" }).getByRole("listitem").filter({ hasText: /^quote:/ });
  await expect(chip).toBeVisible();
  for (const value of conflict!.values) {
    await expect(chip).toContainText(value.text);
    await expect(chip).toContainText(name(value.sourceId));
  }
  await expect(chip).toContainText(" vs ");
  // In context: each source's own sentence, in its own column.
  const row = page.getByRole("row").filter({ has: chip });
  for (const value of conflict!.values) await expect(row.getByRole("cell").filter({ hasText: value.text }).first()).toBeVisible();

  // Side by side, the conflicting sentence says what differs in words.
  await openComparison(page);
  await expect(page.getByText("the quotation differs").first()).toBeVisible();
});

test("filters: kind, source and text search", async ({ page }) => {
  await openComparison(page, "?view=facts");
  const show = page.getByRole("navigation", { name: "Show" });
  await show.getByRole("link", { name: /Conflicts/ }).click();
  await expect(page).toHaveURL(/[?&]filter=conflict/);
  await expect(show.getByRole("link", { name: /Conflicts/ })).toHaveAttribute("aria-current", "true");
  await expect(factRows(page, "conflict")).toHaveCount(comparison.stats.conflict);
  await expect(factRows(page, "shared")).toHaveCount(0);
  await expect(factRows(page, "unique")).toHaveCount(0);

  // Per source: hide the second source; only facts the first one states remain.
  const [first, second] = comparison.sources;
  await show.getByRole("link", { name: /^All/ }).click();
  const toggle = page.getByRole("group", { name: "Sources shown" }).getByRole("button", { name: name(second!.id) });
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await expect(page).toHaveURL(new RegExp(`[?&]hide=${second!.id}`));
  await expect(page.getByRole("columnheader", { name: name(second!.id) })).toBeHidden();
  const stated = comparison.groups.filter((g) => g.members.some((m) => m.sourceId === first!.id));
  await expect(page.getByRole("table", { name: /^Facts by source/ }).getByRole("row")).toHaveCount(stated.length + 1);
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");

  // Text search over the sentences: a fact shows when any of its sentences matches.
  const word = longestWordOf(sentenceText(comparison, groupsOf(comparison, "unique")[0]!.members[0]!.sentenceIds[0]!));
  const matching = comparison.groups.filter((g) => g.members.some((m) => m.sentenceIds.some((id) => sentenceText(comparison, id).toLowerCase().includes(word.toLowerCase()))));
  await page.getByRole("searchbox", { name: "Search sentences" }).fill(word);
  await expect(pageStatus(page)).toHaveText(`Showing ${matching.length} of ${comparison.groups.length} facts`);
  await expect(page.getByRole("table", { name: /^Facts by source/ }).getByRole("row")).toHaveCount(matching.length + 1);
  await page.getByRole("searchbox", { name: "Search sentences" }).press("Escape");
  await expect(pageStatus(page)).toHaveText("");
});

test("keyboard: j and k step through conflicts, in the columns and the facts", async ({ page }) => {
  const conflicts = groupsOf(comparison, "conflict");
  const first = conflicts[0]!;
  const member = first.members[0]!;
  await openComparison(page);
  await page.keyboard.press("j");
  await expect(page).toHaveURL(new RegExp(`#${first.id}$`));
  await expect(pageStatus(page)).toHaveText(`Conflict 1 of ${conflicts.length}`);
  // Its sentence in the first source's column; on a phone, its fact card.
  const row =
    (page.viewportSize()?.width ?? 0) < 768
      ? page.getByRole("list", { name: "Facts, conflicts first" }).getByRole("listitem").first()
      : page.getByRole("region", { name: name(member.sourceId), exact: true }).getByRole("listitem").filter({ hasText: sentenceText(comparison, member.sentenceIds[0]!) });
  await expect(row).toBeFocused();
  await expect(row).toBeInViewport();

  await page.keyboard.press("k");
  await expect(page).toHaveURL(new RegExp(`#${conflicts.at(-1)!.id}$`));
  await expect(pageStatus(page)).toHaveText(`Conflict ${conflicts.length} of ${conflicts.length}`);

  // The same keys in the facts view focus the fact's row.
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Facts" }).click();
  await page.keyboard.press("n");
  await expect(page.getByRole("row").filter({ has: page.getByRole("list", { name: "What differs" }) }).first()).toBeFocused();

});

// The shortcut help is for screens with a keyboard: desktop project only (see playwright.config.ts).
test("the keyboard help opens with ? and closes with Escape", { tag: "@desktop" }, async ({ page }) => {
  await openComparison(page);
  await expect(page.getByText("Keyboard", { exact: true })).toBeVisible();
  // The page footer lists the keys too; the help that "?" opens is in the view controls.
  const help = page.getByRole("region", { name: "View controls" }).getByText("Keyboard shortcuts");
  await page.keyboard.press("?");
  await expect(help).toBeVisible();
  await expect(page.getByRole("region", { name: "View controls" }).getByText("Next conflict", { exact: true })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();
});

function longestWordOf(text: string): string {
  return [...text.matchAll(/[A-Za-z]{5,}/g)].map((m) => m[0]).sort((a, b) => b.length - a.length)[0] ?? "the";
}
