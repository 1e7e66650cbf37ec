import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { RIVERTON_A, RIVERTON_B } from "../test-support/store-test-articles";

// An editor reviews a stored comparison in the browser: rejects a link, relinks a sentence,
// retypes a fact as a date conflict the machine missed, leaves notes and saves a new revision
// with the comparison's edit key. The reports are the made-up Riverton accounts the API tests use.

test("an editor corrects the machine and shares the reviewed revision", async ({ page, browser }) => {
  const title = `Riverton review ${Date.now()}`;
  const created = await page.request.post("/api/comparisons", {
    data: { sources: [{ text: RIVERTON_A.text, title, outlet: "Valley Courier" }, { text: RIVERTON_B.text, outlet: "Hill County News" }] },
  });
  expect(created.status()).toBe(201);
  const { id, editUrl } = (await created.json()) as { id: string; editUrl: string };

  await page.goto(`/c/${id}`);
  await expect(page.getByRole("heading", { name: "As first made, before any editor's review" })).toBeVisible();
  await page.getByRole("link", { name: "Review this version" }).click();
  await expect(page).toHaveURL(new RegExp(`/c/${id}/review\\?from=0$`));
  await expect(page.getByRole("heading", { name: "Review revision 0" })).toBeVisible();

  // Reject a wrong link, retype a fact as a conflict with its values, add a note.
  await page.getByLabel("Decision on fact 1").selectOption("reject");
  await page.getByLabel("Kind of fact 3").selectOption("conflict");
  await page.getByLabel("Conflict type of fact 3").selectOption("date");
  await page.getByLabel("Value in Valley Courier (fact 3)").fill("within two weeks");
  await page.getByLabel("Value in Hill County News (fact 3)").fill("in a few days");
  await page.getByLabel("Note on fact 3").fill("The mayor's two timelines do not agree.");

  // Relink a sentence: the shelter (Hill County News, sentence 4) belongs with fact 4.
  await page.getByLabel("Sentence to move").selectOption({ label: "Hill County News, sentence 4: A shelter for evacuated families opened at the town hall." });
  await page.getByLabel("Move it to").selectOption("g4");
  await page.getByRole("button", { name: "Add move" }).click();
  await expect(page.getByRole("list", { name: "Moves to save" })).toContainText("fact 4 (g4)");

  // Keyboard only: name, then Tab to the summary note (focus visibly outlined), then Enter saves.
  await page.getByLabel(/^Your name/).focus();
  await page.keyboard.type("Dana Editor");
  await page.keyboard.press("Tab");
  const summary = page.getByLabel("Summary note on the whole comparison");
  await expect(summary).toBeFocused();
  await expect(summary).not.toHaveCSS("outline-style", "none");
  await page.keyboard.type("Checked against the council's release.");

  // Without the key, or with a wrong one, nothing is saved and every change stays in the form.
  const keyField = page.getByLabel(/^Edit key/);
  await expect(keyField).toHaveAttribute("type", "password");
  await page.getByRole("button", { name: "Save as a new revision" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "enter the edit key first" })).toBeVisible();
  await keyField.fill("A".repeat(43));
  await page.getByRole("button", { name: "Save as a new revision" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "does not open this comparison" })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/c/${id}/review\\?from=0$`));
  await expect(page.getByLabel("Note on fact 3")).toHaveValue("The mayor's two timelines do not agree.");
  expect(await page.request.get(`/api/comparisons/${id}/revisions`).then((r) => r.json())).toEqual([]);

  // The whole edit link pasted in the key field works as well as the key alone.
  await keyField.fill(editUrl);
  await page.getByLabel(/^Your name/).focus();
  await page.keyboard.press("Enter"); // implicit submission from the name field

  await expect(page).toHaveURL(new RegExp(`/c/${id}/r/1$`), { timeout: 30_000 });
  const revisionUrl = page.url();
  const banner = page.getByRole("complementary", { name: "Reviewed revision 1" });
  await expect(banner).toContainText("by Dana Editor");
  await expect(banner).toContainText("Checked against the council's release.");
  await expect(banner).toContainText("Rejected the link in Fact 1");
  await expect(banner).toContainText("Linked sentence 4 of Hill County News to Fact 5");
  await expect(banner).toContainText("Added a date conflict in Fact 4");
  // Rejecting fact 1 put Hill County News's half right after it, so g3 and g4 are facts 4 and 5 here.
  await expect(banner).not.toContainText(/\bg\d/);

  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    await other.goto(`${revisionUrl}?view=facts`);
    const fact3 = other.locator('[data-panel="facts"] [data-group="g3"]');
    await expect(fact3).toContainText("Conflict");
    await expect(fact3).toContainText("Reviewed");
    await expect(fact3).toContainText("The mayor's two timelines do not agree.");
    await expect(other.locator('[data-panel="facts"] [data-group="g4"]')).toContainText("A shelter for evacuated families");
    await expect(other.locator('[data-panel="facts"] [data-group="g1"]')).toContainText("Not reported");

    // The machine's version is untouched.
    await other.goto(`/c/${id}?view=facts`);
    await expect(other.getByRole("heading", { name: "As first made, before any editor's review" })).toBeVisible();
    await expect(other.locator("[data-reviewed]")).toHaveCount(0);
    await expect(other.locator('[data-panel="facts"] [data-group="g3"]')).toContainText("Shared");
    await expect(other.getByRole("link", { name: "Revision 1 (latest)" })).toBeVisible();
  } finally {
    await fresh.close();
  }
});

test("the edit link opens the review with its key filled in and the key gone from the address bar", async ({ page }) => {
  const created = await page.request.post("/api/comparisons", {
    data: { sources: [{ text: RIVERTON_A.text, outlet: "Valley Courier" }, { text: RIVERTON_B.text, outlet: "Hill County News" }] },
  });
  const { id, editKey, editUrl } = (await created.json()) as { id: string; editKey: string; editUrl: string };
  const refused = await page.request.post(`/api/comparisons/${id}/revisions`, { data: { baseRevision: 0, edits: [{ op: "confirm", groupId: "g1" }] } });
  expect(refused.status()).toBe(401);

  await page.goto(new URL(editUrl).pathname + new URL(editUrl).hash);
  await expect(page.getByLabel(/^Edit key/)).toHaveValue(editKey);
  await expect(page).toHaveURL(new RegExp(`/c/${id}/review$`));
  await page.getByLabel("Decision on fact 1").selectOption("confirm");
  await page.getByRole("button", { name: "Save as a new revision" }).click();
  await expect(page).toHaveURL(new RegExp(`/c/${id}/r/1$`), { timeout: 30_000 });

  // The key is remembered in this tab for the next review, and only there.
  await page.goto(`/c/${id}/review`);
  await expect(page.getByLabel(/^Edit key/)).toHaveValue(editKey);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the review form and a revision page have no serious accessibility violations (${colorScheme})`, async ({ page }) => {
    // Four full pages through axe: about 30 s on a loaded 2-core machine, so twice the default.
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme });
    const created = await page.request.post("/api/comparisons", {
      data: { sources: [{ text: RIVERTON_A.text, outlet: "Valley Courier" }, { text: RIVERTON_B.text, outlet: "Hill County News" }] },
    });
    const { id, editKey } = (await created.json()) as { id: string; editKey: string };
    const saved = await page.request.post(`/api/comparisons/${id}/revisions`, {
      headers: { authorization: `Bearer ${editKey}` },
      data: { baseRevision: 0, editor: "Axe", edits: [{ op: "confirm", groupId: "g1" }, { op: "note", groupId: "g2", text: "A note." }] },
    });
    expect(saved.status()).toBe(201);
    for (const path of [`/c/${id}/review`, `/c/${id}/r/1`, `/c/${id}/r/1?view=facts`, `/c/${id}/r/1?view=coverage`]) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(blocking.map((v) => `${path} ${v.id}: ${v.help} (${v.nodes.length} nodes)`)).toEqual([]);
    }
  });
}
