import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { RIVERTON_HTML } from "../test-support/store-test-articles";

// Creating, storing and sharing comparisons in the browser, against the production server.
// The articles are short reports of a made-up event, written for these tests.

const ARTICLE_A = [
  "Heavy rain flooded the Riverton bridge on Tuesday, officials said.",
  "About 40 homes were evacuated near the river.",
  "Mayor Ana Lopez said the bridge would reopen “within two weeks”.",
  "Engineers from the county inspected the bridge supports on Wednesday.",
].join("\n\n");

const ARTICLE_B = [
  "The Riverton bridge was flooded by heavy rain on Tuesday, according to officials.",
  "About 60 homes were evacuated near the river.",
  "Mayor Ana Lopez said the bridge would reopen “in a few days”.",
  "Volunteers handed out blankets and hot meals.",
].join("\n\n");

const STORED_ID = /\/c\/([0-9A-Za-z]{17})$/;

function card(page: Page, n: number) {
  return page.locator(`[data-source-card="${n}"]`);
}

async function fillDetails(page: Page, n: number, details: { title?: string; outlet?: string }) {
  const source = card(page, n);
  await source.getByText("Title, outlet and date (optional)").click();
  if (details.title) await source.getByLabel("Title").fill(details.title);
  if (details.outlet) await source.getByLabel("Outlet").fill(details.outlet);
}

/** After Compare: the edit link is shown once, then Continue opens the comparison. */
async function keepEditLinkAndContinue(page: Page): Promise<string> {
  await expect(page.getByRole("heading", { name: "Keep this edit link" })).toBeVisible({ timeout: 30_000 });
  const editUrl = await page.getByRole("textbox", { name: "Edit link" }).inputValue();
  expect(editUrl).toMatch(/\/c\/[0-9A-Za-z]{17}\/review#key=[A-Za-z0-9_-]{43}$/);
  await page.getByRole("link", { name: "Continue to the comparison" }).click();
  return editUrl;
}

async function createViaApi(page: Page, title: string, listed = false): Promise<string> {
  const response = await page.request.post("/api/comparisons", {
    data: { title, sources: [{ text: ARTICLE_A, title, outlet: "Valley Courier" }, { text: ARTICLE_B, outlet: "Hill County News" }], listed },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

test("create from pasted text, copy the link with its view, open it in a fresh browser", async ({ page, browser }) => {
  const title = `Flood closes Riverton bridge ${Date.now()}`;
  await page.goto("/new");
  await expect(page.getByRole("heading", { level: 1, name: "New comparison" })).toBeVisible();
  await page.getByRole("textbox", { name: /Event title/ }).fill(title);
  await card(page, 1).getByLabel("Source 1: article text").fill(ARTICLE_A);
  await fillDetails(page, 1, { title, outlet: "Valley Courier" });
  await card(page, 2).getByLabel("Source 2: article text").fill(ARTICLE_B);
  await fillDetails(page, 2, { outlet: "Hill County News" });
  await expect(page.getByLabel("List this comparison publicly")).not.toBeChecked();
  await page.getByRole("button", { name: "Compare 2 sources" }).click();

  // The edit link, once, with a copy button, before the comparison opens.
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await expect(page.getByRole("heading", { name: "Keep this edit link" })).toBeVisible({ timeout: 30_000 });
  await page.getByRole("button", { name: "Copy edit link" }).click();
  await expect(page.getByText("Edit link copied.")).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  const editUrl = await page.evaluate(() => navigator.clipboard.readText());
  expect(editUrl).toBe(await page.getByRole("textbox", { name: "Edit link" }).inputValue());
  expect(await keepEditLinkAndContinue(page)).toBe(editUrl);
  await expect(page).toHaveURL(STORED_ID);
  expect(editUrl.startsWith(`${page.url()}/review#key=`)).toBe(true);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("Valley Courier").first()).toBeVisible();

  // Change the view, then copy the link: it must carry the view.
  await page.goto(`${page.url()}?view=facts&filter=conflict`);
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText("Link copied, with the current view.")).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  expect(copied).toContain("view=facts");

  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    await other.goto(copied);
    await expect(other.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(other.locator('[data-panel="facts"]')).toBeVisible();
    await expect(other.locator('[data-panel="columns"]')).toBeHidden();
    expect(await other.locator("[data-comparison]").innerText()).toBe(await page.locator("[data-comparison]").innerText());
  } finally {
    await fresh.close();
  }
});

test("create from an uploaded file and a dropped file", async ({ page }) => {
  await page.goto("/new");
  const first = card(page, 1);
  await first.getByText("Upload file").click();
  await first.getByLabel("Choose a file for Source 1").setInputFiles({ name: "riverton.html", mimeType: "text/html", buffer: Buffer.from(RIVERTON_HTML) });
  await expect(first.getByText("riverton.html")).toBeVisible();
  await expect(first.getByText("read as HTML")).toBeVisible();

  // Drag and drop a Markdown file onto the second source.
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([`# Riverton bridge shut after flooding\n\n${text}`], "report.md", { type: "text/markdown" }));
    return transfer;
  }, ARTICLE_B);
  await card(page, 2).dispatchEvent("dragover", { dataTransfer });
  await card(page, 2).dispatchEvent("drop", { dataTransfer });
  await expect(card(page, 2).getByText("report.md")).toBeVisible();

  await page.getByRole("button", { name: "Compare 2 sources" }).click();
  await keepEditLinkAndContinue(page);
  await expect(page).toHaveURL(STORED_ID, { timeout: 30_000 });
  // The file's headline is its source's; the event is named neutrally (no title was typed).
  await expect(page.getByRole("region", { name: "Sources" })).toContainText("Riverton bridge closed by flood");
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Riverton bridge closed by flood");
  await expect(page.getByText("Riverside Daily").first()).toBeVisible();
});

test("errors name the source and keep what was typed", async ({ page }) => {
  await page.goto("/new");
  const alert = page.getByRole("alert").filter({ hasText: /\S/ }); // not Next's empty route announcer
  await card(page, 1).getByLabel("Source 1: article text").fill(ARTICLE_A);
  await page.getByRole("button", { name: "Compare 2 sources" }).click();
  await expect(alert).toContainText("Source 2: Paste the article's text");

  // A server-side refusal: a URL on this machine is not fetched (or cannot be reached).
  await card(page, 2).getByText("Web address").click();
  await card(page, 2).getByLabel("Source 2: web address").fill("http://127.0.0.1:9/article");
  await page.getByRole("button", { name: "Compare 2 sources" }).click();
  await expect(alert).toContainText(/^Source 2: /, { timeout: 30_000 });
  await expect(card(page, 2)).toContainText(/Source 2: .*127\.0\.0\.1/);
  await expect(page).toHaveURL(/\/new$/);
  await expect(card(page, 2).getByLabel("Source 2: web address")).toHaveValue("http://127.0.0.1:9/article");
  await card(page, 1).getByText("Paste text").click();
  await expect(card(page, 1).getByLabel("Source 1: article text")).toHaveValue(ARTICLE_A);
});

test("export Markdown, CSV and JSON from the page", async ({ page }) => {
  const title = `Flood closes Riverton bridge ${Date.now()}`;
  const id = await createViaApi(page, title);
  await page.goto(`/c/${id}`);
  const exports = page.getByRole("navigation", { name: "Export" });

  const read = async (name: string) => {
    const [download] = await Promise.all([page.waitForEvent("download"), exports.getByRole("link", { name }).click()]);
    return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, "utf8") };
  };

  const md = await read("Markdown report");
  expect(md.name).toBe(`parallax-${id}.md`);
  expect(md.text.startsWith(`# ${title}\n`)).toBe(true);
  expect(md.text).toContain(`/c/${id}`);
  expect(md.text.indexOf("## Conflicting details")).toBeLessThan(md.text.indexOf("## Shared facts"));
  expect(md.text).toContain("- **Valley Courier:** “About 40”");
  expect(md.text).toContain("- **Hill County News:** “About 60”");

  const csv = await read("CSV of groups");
  expect(csv.name).toBe(`parallax-${id}.csv`);
  expect(csv.text.replace(/^\uFEFF/, "").split("\r\n")[0]).toBe("group,kind,score,conflict_types,conflicting_values,s1 Valley Courier,s2 Hill County News");
  expect(csv.text).toContain("About 40 homes were evacuated near the river.");

  const json = await read("JSON");
  expect(json.name).toBe(`parallax-${id}.json`);
  const api = await page.request.get(`/api/comparisons/${id}`);
  expect(json.text).toBe(await api.text());
  expect(JSON.parse(json.text)).toMatchObject({ version: 2, id });
});

test("the home page lists listed comparisons, newest first, and never an unlisted one", async ({ page }) => {
  const older = await createViaApi(page, `Older Riverton report ${Date.now()}`, true);
  const newer = await createViaApi(page, `Newer Riverton report ${Date.now()}`, true);
  const unlisted = await createViaApi(page, `Unlisted Riverton report ${Date.now()}`);
  await page.goto("/");
  const recent = page.getByRole("region", { name: "Recent comparisons" });
  const links = recent.getByRole("list", { name: "Comparisons, newest first" }).getByRole("link");
  const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")));
  expect(hrefs).toContain(`/c/${newer}`);
  expect(hrefs).not.toContain(`/c/${unlisted}`);
  await expect(recent.getByRole("link", { name: /Belarus KGB chief/ })).toBeVisible(); // the seed story
  await page.goto("/comparisons");
  expect(await page.locator(`a[href="/c/${unlisted}"]`).count()).toBe(0);
  await expect(page.locator(`a[href="/c/${newer}"]`)).toBeVisible();
  if (hrefs.includes(`/c/${older}`)) expect(hrefs.indexOf(`/c/${newer}`)).toBeLessThan(hrefs.indexOf(`/c/${older}`));
  await expect(recent.getByRole("link", { name: "New comparison" })).toHaveAttribute("href", "/new");
});

test("a shared comparison has Open Graph and Twitter metadata with a generated image", async ({ page }) => {
  const title = `Flood closes Riverton bridge ${Date.now()}`;
  const id = await createViaApi(page, title);
  await page.goto(`/c/${id}`);
  const meta = (selector: string) => page.locator(selector).first().getAttribute("content");
  expect(await meta('meta[property="og:title"]')).toBe(title);
  expect(await meta('meta[property="og:description"]')).toMatch(/conflicting, \d+ shared and \d+ unique/);
  expect(await meta('meta[name="twitter:card"]')).toBe("summary_large_image");
  const image = new URL((await meta('meta[property="og:image"]'))!);
  expect(image.pathname).toContain(`/c/${id}/opengraph-image`);
  const png = await page.request.get(image.pathname + image.search);
  expect(png.status()).toBe(200);
  expect(png.headers()["content-type"]).toBe("image/png");
  expect((await png.body()).subarray(1, 4).toString()).toBe("PNG");
  const twitter = new URL((await meta('meta[name="twitter:image"]'))!);
  expect((await page.request.get(twitter.pathname + twitter.search)).status()).toBe(200);
});

test("an unknown comparison id is not found", async ({ page }) => {
  expect((await page.goto("/c/AAAAAAAAAAAAAAAAA"))?.status()).toBe(404);
  const api = await page.request.get("/api/comparisons/AAAAAAAAAAAAAAAAA");
  expect(api.status()).toBe(404);
  expect((await api.json()).error.code).toBe("not-found");
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the New comparison page has no serious accessibility violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto("/new");
    await page.getByRole("button", { name: "Compare 2 sources" }).click(); // show the error states too
    await card(page, 1).getByText("Title, outlet and date (optional)").click();
    await card(page, 2).getByText("Upload file").click();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(blocking.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes)`)).toEqual([]);
  });
}
