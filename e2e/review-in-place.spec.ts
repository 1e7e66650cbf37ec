import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { RIVERTON_A, RIVERTON_B } from "../test-support/store-test-articles";

// Issue 12, item 5: an editor reviews on the Facts view itself. Made-up Riverton reports, as in
// review.spec.ts: fact 1 the flood, 2 the evacuated homes (40 / 60), 3 the mayor's reopening,
// 4 the engineers (Valley Courier alone); Hill County News's shelter is a fact of its own.

async function createComparison(page: Page): Promise<{ id: string; editKey: string }> {
  const created = await page.request.post("/api/comparisons", {
    data: { sources: [{ text: RIVERTON_A.text, title: `Riverton in place ${Date.now()}`, outlet: "Valley Courier" }, { text: RIVERTON_B.text, outlet: "Hill County News" }] },
  });
  expect(created.status()).toBe(201);
  return (await created.json()) as { id: string; editKey: string };
}

async function startEditing(page: Page, key: string) {
  await page.getByRole("button", { name: "Edit", exact: true }).click();
  await page.getByLabel("Edit key", { exact: true }).fill(key);
  await page.getByRole("button", { name: "Start editing" }).click();
  await expect(page.getByRole("region", { name: "Edit facts" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Edit", exact: true })).toBeFocused();
}

const bar = (page: Page) => page.getByRole("region", { name: "Pending changes" });

test("an editor confirms, notes, links and unlinks on the Facts view and saves a revision @desktop", async ({ page }) => {
  const { id, editKey } = await createComparison(page);
  await page.goto(`/c/${id}?view=facts`);
  // A wrong key is only found out on save: the editor opens, and the edits must survive it.
  await startEditing(page, "A".repeat(43));
  expect(page.url()).not.toContain(editKey);

  // Every source's words on each fact: fact 2 shows both outlets' sentences.
  const fact2 = page.getByRole("row").filter({ has: page.getByRole("rowheader").getByText("Fact 2", { exact: true }) });
  await expect(fact2.getByRole("button", { name: /^Sentence 2 of Valley Courier: About 40 homes/ })).toBeVisible();
  await expect(fact2.getByRole("button", { name: /^Sentence 2 of Hill County News: About 60 homes/ })).toBeVisible();

  // Keyboard alone: Space confirms fact 1 (focus visibly outlined), Tab reaches the next control.
  const confirm1 = page.getByRole("button", { name: "Confirm Fact 1" });
  await confirm1.focus();
  await page.keyboard.press("Space");
  await expect(confirm1).toHaveAttribute("aria-pressed", "true");
  await expect(confirm1).not.toHaveCSS("outline-style", "none");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Reject the link in Fact 1" })).toBeFocused();

  // A note on fact 3.
  await page.getByText("Note on Fact 3", { exact: true }).first().click();
  await page.getByLabel("Note on Fact 3").fill("The mayor's two timelines do not agree.");
  await page.getByRole("button", { name: "Add note to Fact 3" }).click();

  // Link by pointing: fact 4 is the target, the shelter sentence in the other column joins it.
  await page.getByRole("button", { name: "Link sentences to Fact 4" }).click();
  await page.getByRole("button", { name: /^Sentence 4 of Hill County News: A shelter/ }).click();
  await page.getByRole("button", { name: "Link to Fact 4" }).click();
  const fact4 = page.getByRole("row").filter({ has: page.getByRole("rowheader").getByText("Fact 4", { exact: true }) });
  await expect(fact4.getByRole("button", { name: /A shelter for evacuated families.*linked, pending/ })).toBeVisible();
  await page.getByRole("button", { name: "Link sentences to Fact 4" }).click(); // done linking

  // Unlink with the keyboard: Enter on the focused sentence, Enter on "Unlink from Fact 2".
  await fact2.getByRole("button", { name: /^Sentence 2 of Hill County News/ }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Unlink from Fact 2" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(fact2.getByRole("button", { name: /unlinked, pending/ })).toBeVisible();

  await expect(bar(page)).toContainText("4 pending changes");
  await bar(page).getByText("Show the changes").click();
  const list = bar(page).getByRole("list", { name: "Changes to save" });
  await expect(list).toContainText("Confirm Fact 1");
  await expect(list).toContainText("Note on Fact 3: The mayor's two timelines do not agree.");
  await expect(list).toContainText("Link sentence 4 of Hill County News to Fact 4");
  await expect(list).toContainText("Unlink sentence 2 of Hill County News");

  // Wrong key: a clear error, nothing stored, every pending change still there.
  await bar(page).getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "does not open this comparison" })).toBeVisible();
  await expect(bar(page)).toContainText("4 pending changes");
  expect(await page.request.get(`/api/comparisons/${id}/revisions`).then((r) => r.json())).toEqual([]);

  await bar(page).getByLabel("Edit key").fill(editKey);
  await bar(page).getByRole("button", { name: "Save" }).click();
  await expect(page).toHaveURL(new RegExp(`/c/${id}/r/1\\?view=facts$`), { timeout: 30_000 });
  await expect(page.getByRole("status").filter({ hasText: "Saved: this is revision 1" })).toBeVisible();

  // The change log names facts as this page numbers them: unlinking put a fact after fact 2, so
  // the mayor's fact is Fact 4 here and the engineers' Fact 5.
  const banner = page.getByRole("complementary", { name: "Reviewed revision 1" });
  await expect(banner).toContainText("Confirmed Fact 1");
  await expect(banner).toContainText("Note on Fact 4");
  await expect(banner).toContainText("Linked sentence 4 of Hill County News to Fact 5");
  await expect(banner).toContainText("Unlinked sentence 2 of Hill County News from Fact 2 into Fact 3");
  await expect(banner.getByRole("list")).not.toContainText(/\bg\d+\b/);
  const row = (n: number) => page.getByRole("row").filter({ has: page.getByRole("rowheader").getByText(`Fact ${n}`, { exact: true }) });
  await expect(row(4)).toContainText("The mayor's two timelines do not agree.");
  await expect(row(5)).toContainText("A shelter for evacuated families");
  await expect(row(3)).toContainText("About 60 homes");
  await expect(row(1)).toContainText("Reviewed");
});

test("Escape leaves edit mode, asking first when changes are pending; Discard and Undo last @desktop", async ({ page }) => {
  const { id, editKey } = await createComparison(page);
  await page.goto(`/c/${id}?view=facts`);
  await startEditing(page, editKey);
  await page.getByRole("button", { name: "Confirm Fact 2" }).click();
  await page.getByRole("button", { name: "Confirm Fact 3" }).click();
  await expect(bar(page)).toContainText("2 pending changes");
  await bar(page).getByRole("button", { name: "Undo last" }).click();
  await expect(bar(page)).toContainText("1 pending change");
  await bar(page).getByRole("button", { name: "Discard" }).click();
  await expect(bar(page)).toContainText("0 pending changes");
  await bar(page).getByRole("button", { name: "Undo last" }).click(); // discarding can be undone too
  await expect(bar(page)).toContainText("1 pending change");

  // A sentence's choices take Escape first; then Escape asks, and "Cancel" keeps editing.
  await page.getByRole("button", { name: /^Sentence 1 of Valley Courier/ }).click();
  await expect(page.getByRole("button", { name: "Close", exact: true })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: "Close", exact: true })).toBeHidden();
  await expect(page.getByRole("region", { name: "Edit facts" })).toBeVisible();
  page.once("dialog", (dialog) => void dialog.dismiss());
  await page.keyboard.press("Escape");
  await expect(page.getByRole("region", { name: "Edit facts" })).toBeVisible();
  page.once("dialog", (dialog) => void dialog.accept());
  await page.keyboard.press("Escape");
  await expect(page.getByRole("region", { name: "Edit facts" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Edit", exact: true })).toBeFocused();
  await expect(page.getByRole("table", { name: /Facts by source/ })).toBeVisible();
  // The key stays in this tab (and never in the address): Edit opens at once the second time.
  await page.getByRole("button", { name: "Edit", exact: true }).click();
  await expect(page.getByRole("region", { name: "Edit facts" })).toBeVisible();
  expect(page.url()).not.toContain(editKey);
  // Leaving after "OK" let the changes go: none come back.
  await expect(bar(page)).toContainText("0 pending changes");
});

test("an editor merges two facts the machine kept apart, on the Facts view @desktop", async ({ page }) => {
  const { id, editKey } = await createComparison(page);
  await page.goto(`/c/${id}?view=facts`);
  await startEditing(page, editKey);
  const editor = page.getByRole("region", { name: "Edit facts" });
  const rowWith = (text: RegExp) => editor.getByRole("row").filter({ has: page.getByRole("button", { name: text }) });
  const numberOf = async (text: RegExp) => (await rowWith(text).getByRole("rowheader").innerText()).match(/Fact (\d+)/)![1]!;
  const shelter = await numberOf(/^Sentence 4 of Hill County News: A shelter/);
  const meals = await numberOf(/^Sentence 5 of Hill County News: Volunteers/);
  expect(shelter).not.toBe(meals);

  // No merge is offered until a fact is the target; then every other fact offers one.
  await expect(page.getByRole("button", { name: /^Merge Fact/ })).toHaveCount(0);
  await page.getByRole("button", { name: `Link sentences to Fact ${shelter}` }).click();
  await page.getByRole("button", { name: `Merge Fact ${meals} into Fact ${shelter}` }).click();
  await expect(rowWith(/A shelter/).getByRole("button", { name: /Volunteers handed out.*linked, pending/ })).toBeVisible();
  await expect(editor.getByRole("row").filter({ has: page.getByRole("rowheader").getByText(`Fact ${meals}`, { exact: true }) })).toContainText("it will be gone once saved");
  await expect(bar(page)).toContainText("1 pending change");
  await bar(page).getByText("Show the changes").click();
  await expect(bar(page).getByRole("list", { name: "Changes to save" })).toContainText(`Merge Fact ${meals} into Fact ${shelter}`);

  // Saved: one fact holds both sentences, and the change log says so.
  await bar(page).getByRole("button", { name: "Save" }).click();
  await expect(page).toHaveURL(new RegExp(`/c/${id}/r/1`));
  await expect(page.getByText(`Merged former Fact ${meals} into Fact ${shelter}`)).toBeVisible();
  const merged = page.getByRole("table", { name: /Facts by source/ }).getByRole("row").filter({ hasText: "A shelter for evacuated families" });
  await expect(merged).toContainText("Volunteers handed out blankets");
});

test("the editor keeps to the page's filter, hidden sources and search, and keeps changed facts in view @desktop", async ({ page }) => {
  const { id, editKey } = await createComparison(page);
  await page.goto(`/c/${id}?view=facts&filter=conflict`);
  await startEditing(page, editKey);
  const editor = page.getByRole("region", { name: "Edit facts" });
  const rows = editor.getByRole("rowgroup").last().getByRole("row");
  // Only the evacuated-homes conflict, with both outlets' words.
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByRole("button", { name: /About 40 homes/ })).toBeVisible();
  await expect(editor.getByText(/^Showing 1 of \d+ facts/)).toBeVisible();

  // "All" on the page's own controls lists every fact again.
  await page.getByRole("navigation", { name: "Show" }).getByRole("link", { name: /^All/ }).click();
  await expect(editor.getByText(/^Showing \d+ of/)).toHaveCount(0);
  const all = await rows.count();
  expect(all).toBeGreaterThan(3);

  // The search narrows the editor as it narrows the page.
  await page.getByRole("searchbox", { name: "Search sentences" }).fill("shelter");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("A shelter for evacuated families");
  // A fact with a pending change stays listed when the search moves on.
  await page.getByRole("button", { name: /^Confirm Fact/ }).first().click();
  await page.getByRole("searchbox", { name: "Search sentences" }).fill("engineers");
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: "A shelter for evacuated families" })).toHaveCount(1);
  await page.getByRole("searchbox", { name: "Search sentences" }).fill("");
  await expect(rows).toHaveCount(all);

  // Hiding a source drops its column from the editor.
  await expect(editor.getByRole("columnheader", { name: "Hill County News" })).toBeVisible();
  await page.getByRole("group", { name: "Sources shown" }).getByRole("button", { name: "Hill County News" }).click();
  await expect(editor.getByRole("columnheader", { name: "Hill County News" })).toHaveCount(0);
  await expect(editor.getByRole("columnheader", { name: "Valley Courier" })).toBeVisible();
});

test("an editor splits a fact the machine told as one, previews it, undoes it, and saves it @desktop", async ({ page }) => {
  const { id, editKey } = await createComparison(page);
  await page.goto(`/c/${id}?view=facts`);
  await startEditing(page, editKey);
  const editor = page.getByRole("region", { name: "Edit facts" });
  const newRow = editor.getByRole("row").filter({ has: page.getByRole("rowheader").getByText("New fact, split from Fact 1") });

  await page.getByRole("button", { name: "Split Fact 1" }).click();
  const choose = page.getByRole("group", { name: "Sentences that state another fact, to split off Fact 1" });
  const splitOff = choose.getByRole("button", { name: /^Split off/ });
  await expect(splitOff).toBeDisabled();
  // Every sentence chosen would leave Fact 1 empty: not offered.
  for (const box of await choose.getByRole("checkbox").all()) await box.check();
  await expect(splitOff).toBeDisabled();
  await choose.getByRole("checkbox", { name: /^Valley Courier:/ }).uncheck();
  await splitOff.click();

  await expect(newRow).toContainText("The Riverton bridge was flooded by heavy rain");
  await expect(editor.getByRole("row").filter({ has: page.getByRole("rowheader").getByText("Fact 1", { exact: true }) })).not.toContainText("The Riverton bridge was flooded");
  await expect(bar(page)).toContainText("1 pending change");
  await page.getByRole("button", { name: "Undo the split of Fact 1" }).click();
  await expect(newRow).toHaveCount(0);
  await expect(bar(page)).toContainText("0 pending changes");

  await page.getByRole("button", { name: "Split Fact 1" }).click();
  await choose.getByRole("checkbox", { name: /^Hill County News:/ }).check();
  await splitOff.click();
  await bar(page).getByText("Show the changes").click();
  await expect(bar(page).getByRole("list", { name: "Changes to save" })).toContainText("Split 1 sentence off Fact 1");
  await bar(page).getByRole("button", { name: "Save" }).click();
  await expect(page).toHaveURL(new RegExp(`/c/${id}/r/1`));
  await expect(page.getByText(/Split .* off Fact 1 into Fact 2/)).toBeVisible();
  const table = page.getByRole("table", { name: /Facts by source/ });
  const flood = table.getByRole("row").filter({ hasText: "Heavy rain flooded the Riverton bridge" });
  await expect(flood).not.toContainText("The Riverton bridge was flooded by heavy rain");
});

test("unsaved edits come back after closing the editor and after a reload, and go once saved @desktop", async ({ page }) => {
  const { id, editKey } = await createComparison(page);
  await page.goto(`/c/${id}?view=facts`);
  await startEditing(page, editKey);
  await page.getByRole("button", { name: "Confirm Fact 2" }).click();
  await expect(bar(page)).toContainText("1 pending change");

  // The Edit button closes the editor without asking; pressing it again gives the edit back.
  await page.getByRole("button", { name: "Edit", exact: true }).click();
  await expect(page.getByRole("region", { name: "Edit facts" })).toBeHidden();
  await page.getByRole("button", { name: "Edit", exact: true }).click();
  await expect(page.getByText("1 unsaved change from before is back below")).toBeVisible();
  await expect(bar(page)).toContainText("1 pending change");
  await expect(page.getByRole("button", { name: "Confirm Fact 2" })).toHaveAttribute("aria-pressed", "true");

  // A reload asks first (the browser's leave-page prompt), then the edit is still kept.
  const asked = new Promise<string>((resolve) => page.once("dialog", (dialog) => { resolve(dialog.type()); void dialog.accept(); }));
  await page.reload();
  expect(await asked).toBe("beforeunload");
  await page.getByRole("button", { name: "Edit", exact: true }).click();
  await expect(bar(page)).toContainText("1 pending change");
  await expect(page.getByRole("button", { name: "Confirm Fact 2" })).toHaveAttribute("aria-pressed", "true");

  // Saved: the new revision opens with nothing pending and nothing to give back.
  await bar(page).getByRole("button", { name: "Save" }).click();
  await expect(page).toHaveURL(new RegExp(`/c/${id}/r/1`));
  await page.getByRole("button", { name: "Edit", exact: true }).click();
  await expect(bar(page)).toContainText("0 pending changes");
  await expect(page.getByText(/unsaved change/)).toHaveCount(0);
});

test("without JavaScript the Facts view is read-only, with no Edit button @desktop", async ({ browser, page }) => {
  const { id } = await createComparison(page);
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const plain = await context.newPage();
    await plain.goto(`/c/${id}?view=facts`);
    await expect(plain.getByRole("table", { name: /Facts by source/ })).toBeVisible();
    await expect(plain.getByRole("button", { name: "Edit", exact: true })).toBeHidden();
  } finally {
    await context.close();
  }
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`edit mode has no serious accessibility violations (${colorScheme}) @desktop`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const { id, editKey } = await createComparison(page);
    await page.goto(`/c/${id}?view=facts`);
    await startEditing(page, editKey);
    await page.getByRole("button", { name: "Confirm Fact 1" }).click();
    await page.getByRole("button", { name: "Link sentences to Fact 4" }).click();
    await page.getByRole("button", { name: /^Sentence 4 of Hill County News/ }).click();
    await page.getByText("Conflict values").first().click();
    await bar(page).getByText("Show the changes").click();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(blocking.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`)).toEqual([]);
  });
}

for (const [name, width, height] of [["desktop", 1440, 900], ["phone", 390, 844]] as const) {
  test(`screenshot of edit mode at ${width}×${height}, and the page height against the review form @desktop`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const { id, editKey } = await createComparison(page);
    await page.goto(`/c/${id}/review`);
    const formHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.goto(`/c/${id}?view=facts`);
    await startEditing(page, editKey);
    await page.getByRole("button", { name: "Confirm Fact 1" }).click();
    await page.getByRole("button", { name: "Link sentences to Fact 4" }).click();
    await page.getByRole("button", { name: /^Sentence 4 of Hill County News/ }).click();
    const editHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    const editor = await page.getByRole("region", { name: "Edit facts" }).evaluate((el) => el.getBoundingClientRect().height);
    console.log(`${name}: review form page ${formHeight}px; facts page in edit mode ${editHeight}px, of which the editor ${Math.round(editor)}px`);
    await page.getByRole("button", { name: "Edit", exact: true }).scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -80));
    await page.screenshot({ path: `artifacts/screenshots/review-in-place-${name}-toggle.png` });
    await page.getByRole("region", { name: "Edit facts" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `artifacts/screenshots/review-in-place-${name}.png` });
    await page.screenshot({ path: `artifacts/screenshots/review-in-place-${name}-full.png`, fullPage: true });
    // Every source's words and the controls on each fact still take less room than the old form,
    // the pending bar stays on screen, and nothing runs off the side of a phone.
    expect(editor).toBeLessThan(formHeight);
    await expect(bar(page)).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}
