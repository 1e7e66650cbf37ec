import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

// The newcomer's day (items 2, 6, 7 and 8): what a first-time reader sees and can reach. The
// articles are invented for these tests. Each test sets its own window sizes, so it runs once
// (@desktop) and photographs both a wide screen and a phone.

const SHOTS = "artifacts/screenshots";
const SIZES = { wide: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } } as const;
const SEED = "/c/seed-belarus-kgb-talks";

const FIRE_A = [
  "An overnight fire destroyed a grain warehouse at Kessel harbour on Monday, killing 3 workers, the fire service said.",
  "Firefighters needed six hours to bring it under control.",
  "President Zelenskiy's envoy to the port region visited the site on Tuesday.",
  "The harbour will stay closed until Wednesday.",
].join("\n\n");
const FIRE_B = [
  "A fire destroyed a grain warehouse at Kessel harbour on Monday night, killing 5 workers.",
  "Firefighters spent six hours fighting the blaze.",
  "Police have opened an inquiry into the cause.",
].join("\n\n");
const PRIZE = [
  "A choir from Ulm Island won the regional school music prize on Saturday.",
  "The judges praised its version of an old sea shanty.",
  "The choir will sing in the capital in May.",
].join("\n\n");

async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(blocking.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes)`)).toEqual([]);
}

async function createFire(page: Page, extra: object = {}): Promise<string> {
  const response = await page.request.post("/api/comparisons", {
    data: { sources: [{ text: FIRE_A, title: "Harbour blaze kills 3", outlet: "Kessel Post" }, { text: FIRE_B, outlet: "Coast Radio" }], ...extra },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

test.describe("@desktop newcomer's day", () => {
  test.describe.configure({ timeout: 90_000 });
  test("every page leads on to a new comparison and the list, and ends with About and the keys", async ({ page }) => {
    for (const [path, name] of [["/", "home"], [SEED, "comparison"], ["/new", "new"]] as const) {
      for (const [size, viewport] of Object.entries(SIZES)) {
        await page.setViewportSize(viewport);
        await page.goto(path);
        const nav = page.getByRole("navigation", { name: "Site" });
        await expect(nav.getByRole("link", { name: "New comparison" })).toBeVisible();
        await expect(nav.getByRole("link", { name: "Recent" })).toBeVisible();
        await expect(page.getByRole("combobox", { name: "Theme" })).toBeVisible();
        await shoot(page, `header-${name}-${size}`);
      }
      const footer = page.getByRole("contentinfo");
      await expect(footer.getByRole("heading", { name: "About Parallax" })).toBeVisible();
      await expect(footer.getByText(/aligns statements across articles about one event/)).toBeVisible();
      await expect(footer.getByRole("heading", { name: "Keyboard shortcuts" })).toBeVisible();
      await expect(footer.getByText("Next conflict")).toBeVisible();
    }
    await page.goto(SEED);
    await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "New comparison" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "New comparison" })).toBeVisible();
    await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Recent" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "All comparisons" })).toBeVisible();
    await page.getByRole("contentinfo").scrollIntoViewIfNeeded();
    await shoot(page, "footer-phone");
  });

  test("the theme switch is remembered across pages and reloads, and both themes pass axe", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.setViewportSize(SIZES.wide);
    await page.goto(SEED);
    const html = page.locator("html");
    await expect(html).not.toHaveAttribute("data-theme", /./);
    const canvasLight = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

    await page.getByRole("combobox", { name: "Theme" }).selectOption("Dark");
    await expect(html).toHaveAttribute("data-theme", "dark");
    await page.reload();
    await expect(html).toHaveAttribute("data-theme", "dark");
    await expect(page.getByRole("combobox", { name: "Theme" })).toHaveValue("dark");
    const canvasDark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(canvasDark).not.toBe(canvasLight);
    expect(canvasDark).toBe("rgb(18, 20, 23)");
    await expectNoAxeViolations(page);
    await shoot(page, "theme-dark-wide");
    await page.setViewportSize(SIZES.phone);
    await page.goto("/new");
    await expect(html).toHaveAttribute("data-theme", "dark");
    await expectNoAxeViolations(page);
    await shoot(page, "theme-dark-phone");

    // A dark system with Light chosen stays light; System follows the system again.
    await page.emulateMedia({ colorScheme: "dark" });
    await page.getByRole("combobox", { name: "Theme" }).selectOption("Light");
    await page.reload();
    await expect(html).toHaveAttribute("data-theme", "light");
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(247, 246, 243)");
    await expectNoAxeViolations(page);
    await page.getByRole("combobox", { name: "Theme" }).selectOption("System");
    await page.reload();
    await expect(html).not.toHaveAttribute("data-theme", /./);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(18, 20, 23)");
  });

  test("labels name outlets and say things in words", async ({ page }) => {
    const response = await page.request.post("/api/comparisons", {
      data: { sources: [{ text: FIRE_A, outlet: "Kessel Post" }, { text: FIRE_B }, { text: PRIZE, outlet: "Ulm Island Courier" }] },
    });
    const { id } = (await response.json()) as { id: string };
    for (const [size, viewport] of Object.entries(SIZES)) {
      await page.setViewportSize(viewport);
      await page.goto(`/c/${id}`);
      const notes = page.getByRole("complementary", { name: "Notes on this comparison" });
      await expect(notes).toContainText("Ulm Island Courier shares no statement with the other sources");
      await expect(page.getByRole("heading", { name: "As first made, before any editor's review" })).toBeVisible();
      await shoot(page, `labels-${size}`);
    }
    const text = await page.locator("body").innerText();
    for (const leak of ["source s3", "Alignment confidence", "alignment confidence", "No link given", "No headline given", "Date not given", "revision 0"]) {
      expect(text, leak).not.toContain(leak);
    }
    await expectNoAxeViolations(page);

    // A web address on a private network is refused in plain words.
    await page.goto("/new");
    const second = page.locator('[data-source-card="2"]');
    await page.locator('[data-source-card="1"]').getByLabel("Source 1: article text").fill(FIRE_A);
    await second.getByText("Web address").click();
    await second.getByLabel("Source 2: web address").fill("http://10.255.255.1/story");
    await page.getByRole("button", { name: "Compare 2 sources" }).click();
    const alert = page.getByRole("alert").filter({ hasText: /\S/ });
    await expect(alert).toContainText("10.255.255.1, a private network address, is not on the public web", { timeout: 30_000 });
    await expect(alert).not.toContainText("points to");
    await shoot(page, "fetch-error-wide");
  });

  test("a comparison without a title gets a neutral one; the creator can type one on /new", async ({ page }) => {
    const id = await createFire(page);
    await page.setViewportSize(SIZES.wide);
    await page.goto(`/c/${id}`);
    const heading = page.getByRole("heading", { level: 1 });
    await expect(heading).toHaveText("A fire destroyed a grain warehouse at Kessel harbour on Monday night");
    await expect(heading).not.toContainText("kills 3");
    await shoot(page, "neutral-title-wide");

    const typed = `Kessel harbour warehouse fire ${Date.now()}`;
    for (const [size, viewport] of Object.entries(SIZES)) {
      await page.setViewportSize(viewport);
      await page.goto("/new");
      await expect(page.getByRole("textbox", { name: /Event title/ })).toBeVisible();
      await shoot(page, `new-title-field-${size}`);
    }
    await page.getByRole("textbox", { name: /Event title/ }).fill(typed);
    await page.locator('[data-source-card="1"]').getByLabel("Source 1: article text").fill(FIRE_A);
    await page.locator('[data-source-card="2"]').getByLabel("Source 2: article text").fill(FIRE_B);
    await page.getByRole("button", { name: "Compare 2 sources" }).click();
    await page.getByRole("link", { name: "Continue to the comparison" }).click({ timeout: 30_000 });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(typed);
    await shoot(page, "typed-title-phone");
  });

  test("search finds a name however it is spelt", async ({ page }) => {
    const id = await createFire(page);
    for (const [size, viewport] of Object.entries(SIZES)) {
      await page.setViewportSize(viewport);
      await page.goto(`/c/${id}?view=facts`);
      await page.getByRole("searchbox", { name: "Search sentences" }).fill("Zelensky");
      const facts = page.locator("[data-panel=facts]");
      const match = facts.getByText("President Zelenskiy's envoy to the port region visited the site on Tuesday.").first();
      await expect(match).toBeVisible();
      await match.scrollIntoViewIfNeeded();
      await expect(facts.getByText("Police have opened an inquiry into the cause.").first()).toBeHidden();
      await shoot(page, `search-variant-${size}`);
    }
  });
});

test.describe("@desktop without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("/new posts the pasted text and keeps it when something needs fixing", async ({ page }) => {
    await page.setViewportSize(SIZES.wide);
    await page.goto("/new");
    const first = page.getByLabel("Source 1: article text");
    await first.fill(FIRE_A);
    await page.getByRole("textbox", { name: /Event title/ }).fill("Harbour fire, no script");
    await page.getByRole("button", { name: "Compare 2 sources" }).click();
    // Source 2 was left empty: the error names it, and source 1's text is still there.
    await expect(page.getByRole("alert")).toContainText(/Source 2/);
    await expect(page.getByLabel("Source 1: article text")).toHaveValue(FIRE_A);
    await expect(page.getByRole("textbox", { name: /Event title/ })).toHaveValue("Harbour fire, no script");
    await shoot(page, "nojs-error-wide");

    await page.getByLabel("Source 2: article text").fill(FIRE_B);
    await page.getByRole("button", { name: "Compare 2 sources" }).click();
    await expect(page.getByRole("heading", { name: "Keep this edit link" })).toBeVisible({ timeout: 30_000 });
    await page.setViewportSize(SIZES.phone);
    await shoot(page, "nojs-created-phone");
    await page.getByRole("link", { name: "Continue to the comparison" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Harbour fire, no script");
  });
});
