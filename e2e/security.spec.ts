import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { HOSTILE_SOURCES, HOSTILE_TITLE } from "./support/hostile-sources";
import { SEED_PATH } from "./support/seed";

// Hostile article text, HTML, titles and outlets must stay text everywhere a comparison is shown
// (page, exports, share image), whether or not the Content-Security-Policy is there to catch a
// slip: the hostile page is checked once with the policy and once with the browser told to
// ignore it. Every payload sets window.__pwned or opens a dialog, so running shows.

type Probe = { dialogs: string[]; violations: string[] };

async function watch(page: Page): Promise<Probe> {
  const probe: Probe = { dialogs: [], violations: [] };
  page.on("dialog", (dialog) => {
    probe.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("console", (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) probe.violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => console.error(`Content Security Policy: ${event.violatedDirective} ${event.blockedURI}`));
  });
  return probe;
}

/** Elements and attributes that only exist if markup from the articles got into the DOM. */
function findInjected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of Array.from(document.querySelectorAll("*"))) {
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) found.push(`${el.tagName} ${attr.name}`);
        if (/^\s*javascript:/i.test(attr.value)) found.push(`${el.tagName} ${attr.name}=javascript:`);
        if (attr.name === "srcdoc") found.push(`${el.tagName} srcdoc`);
      }
    }
    for (const el of Array.from(document.querySelectorAll("iframe, object, embed, meta[http-equiv], img[src='x']"))) found.push(el.tagName);
    for (const script of Array.from(document.scripts)) {
      // Ours carry the nonce or come from the build; anything else was injected.
      if (!script.nonce && !script.src.includes("/_next/")) found.push(`script ${script.textContent?.slice(0, 40)}`);
    }
    if (document.querySelector("[style*='background:red'], [style*='background: red']")) found.push("overlay style");
    return found;
  });
}

async function createHostile(request: APIRequestContext): Promise<string> {
  // The hostile headline also goes in as the event title, so the page's own h1 must show it inert.
  const response = await request.post("/api/comparisons", { data: { sources: HOSTILE_SOURCES, title: HOSTILE_TITLE } });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

let hostileId: string;
let imagePath: string;

test.beforeAll(async ({ request }) => {
  hostileId = await createHostile(request);
  // The share image's address as the page announces it (Next.js may add a suffix or query).
  const html = await (await request.get(`/c/${hostileId}`)).text();
  const announced = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
  expect(announced).toBeTruthy();
  const url = new URL(announced!.replaceAll("&amp;", "&"));
  imagePath = url.pathname + url.search;
});

for (const bypassCSP of [false, true]) {
  test(`hostile articles render as inert text on every view (${bypassCSP ? "policy ignored" : "with the policy"})`, async ({ browser }) => {
    const page = await openIn(browser, bypassCSP);
    const probe = await watch(page);
    for (const view of ["columns", "facts", "coverage"]) {
      await page.goto(`/c/${hostileId}?view=${view}`);
      await page.waitForFunction(() => document.querySelector("[data-comparison]")?.hasAttribute("data-ready"));
      await expect(page.locator("h1")).toContainText("Harbour fire <script>");
      expect(await findInjected(page), view).toEqual([]);
      // Shown, as the characters the article had.
      if (view === "columns") await expect(page.locator("main")).toContainText("<script>window.__pwned='entity'</script>");
    }
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(probe.dialogs).toEqual([]);
    expect(probe.violations).toEqual([]);
    await page.context().close();
  });
}

async function openIn(browser: Browser, bypassCSP: boolean): Promise<Page> {
  const context = await browser.newContext({ bypassCSP });
  return context.newPage();
}

test("the JSON answer and the share image of a hostile comparison run nothing when opened", async ({ page }) => {
  const probe = await watch(page);
  for (const path of [`/api/comparisons/${hostileId}`, imagePath]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    expect(response?.headers()["content-security-policy"], path).toMatch(/^default-src 'none';.*sandbox/);
  }
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(probe.dialogs).toEqual([]);
});

// HTTP checks, the same on every device: desktop project only.
test.describe("exports and headers", { tag: "@desktop" }, () => {

  test("Markdown and CSV exports carry the markup as inert text", async ({ request }) => {
    const md = await request.get(`/api/comparisons/${hostileId}?format=md`);
    expect(md.headers()["content-disposition"]).toMatch(/^attachment;/);
    expect(md.headers()["x-content-type-options"]).toBe("nosniff");
    const report = await md.text();
    expect(report).toContain("\\<script\\>window.\\_\\_pwned");
    // No raw tag (autolinks like <https://...> aside) and no live javascript: link.
    expect(report.match(/(?<!\\)<(?!https?:\/\/)[a-z/!?]/gi) ?? []).toEqual([]);
    expect(report).not.toMatch(/(?<!\\)\]\(\s*javascript:/i);

    const csv = await request.get(`/api/comparisons/${hostileId}?format=csv`);
    expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(csv.headers()["content-disposition"]).toMatch(/^attachment;/);

    const image = await request.get(imagePath);
    expect(image.headers()["content-type"]).toBe("image/png");
    expect((await image.body()).subarray(1, 4).toString()).toBe("PNG");
  });

  test("every kind of answer carries the security headers", async ({ request }) => {
    const nonces = new Set<string>();
    for (const path of ["/", SEED_PATH, "/new", "/comparisons", "/no-such-page", "/api/comparisons/seed-belarus-kgb-talks", imagePath]) {
      const response = await request.get(path);
      const headers = response.headers();
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["referrer-policy"], path).toBe("no-referrer");
      expect(headers["x-frame-options"], path).toBe("DENY");
      expect(headers["permissions-policy"], path).toContain("camera=()");
      expect(headers["x-powered-by"], path).toBeUndefined();
      const policy = headers["content-security-policy"] ?? "";
      expect(policy, path).toContain("frame-ancestors 'none'");
      // Style attributes aside (the share bars use them), nothing inline runs without the nonce.
      expect(policy, path).not.toMatch(/unsafe-inline|unsafe-eval/);
      const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
      if (path.startsWith("/api/") || path.includes("-image")) continue;
      expect(nonce, path).toBeTruthy();
      nonces.add(nonce!);
      // Every script the server wrote carries this request's nonce.
      const html = await response.text();
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length, path).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
    }
    expect(nonces.size).toBe(5);
  });
});

test("the app's own pages work under the policy, with no violations", async ({ page }) => {
  const probe = await watch(page);
  await page.goto(SEED_PATH);
  await page.waitForFunction(() => document.querySelector("[data-comparison]")?.hasAttribute("data-ready"));
  expect(await page.evaluate(() => document.documentElement.classList.contains("js"))).toBe(true);
  for (const path of ["/", "/new", "/comparisons"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(probe.violations).toEqual([]);
  expect(probe.dialogs).toEqual([]);
});
