import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import { SEED_PATH } from "./support/seed";

// Absolute links come from the configured public origin, never from the Host a request claims;
// names cannot be drawn reversed by bidi controls; nonsense dates are not shown; the share image
// of an unknown id is a 404 (issue 13, findings 9 and 10; docs/decisions/0065).

const SPOOFED = { host: "evil.example", "x-forwarded-host": "spoof.example", "x-forwarded-proto": "https" };
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;
const RLO = "\u202e";

/** A request with headers fetch() will not let us set (Host). */
function send(url: string, options: { method?: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: options.method ?? "GET", headers: options.headers }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (text: string) => (body += text));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    req.on("error", reject);
    req.end(options.body);
  });
}

const SOURCES = [
  { text: "Rain closed the Ostberg road on Monday.\n\nAbout 12 cars were stuck for an hour.", title: `${RLO}desolc daor grebtsO`, outlet: `${RLO}tsoP grebtsO`, publishedAt: "-271821-04-20" },
  { text: "The Ostberg road was closed by rain on Monday.\n\nAbout 20 cars were stuck for an hour.", outlet: "Lakeside Herald", publishedAt: "2031-03-04" },
];

test.describe("links and display", { tag: "@desktop" }, () => {
  test("share links use the configured origin, whatever Host the request claims", async ({ baseURL }) => {
    const page = await send(`${baseURL}${SEED_PATH}`, { headers: SPOOFED });
    expect(page.status).toBe(200);
    const og = (name: string) => new RegExp(`<meta property="og:${name}" content="([^"]*)"`).exec(page.body)?.[1];
    expect(og("url")).toBe(`${baseURL}${SEED_PATH}`);
    expect(og("image")).toMatch(new RegExp(`^${baseURL}${SEED_PATH}/opengraph-image`));
    expect(/evil\.example|spoof\.example/.test(page.body), "a spoofed host in the page").toBe(false);

    const created = await send(`${baseURL}/api/comparisons`, { method: "POST", headers: { ...SPOOFED, "content-type": "application/json" }, body: JSON.stringify({ sources: SOURCES }) });
    expect(created.status, created.body).toBe(201);
    const { id, url } = JSON.parse(created.body) as { id: string; url: string };
    expect(url).toBe(`${baseURL}/c/${id}`);
    expect(created.headers.location).toBe(url);
  });

  test("names keep no bidi controls and nonsense dates are not shown", async ({ page, request }) => {
    const created = await request.post("/api/comparisons", { data: { sources: SOURCES } });
    const { id } = (await created.json()) as { id: string };
    await page.goto(`/c/${id}`);
    await expect(page.getByRole("region", { name: "Sources" })).toContainText("desolc daor grebtsO");
    const html = await page.content();
    expect(BIDI_CONTROLS.test(html), "bidi controls in the page").toBe(false);
    const shown = await page.locator("body").innerText();
    expect(shown.includes("271821"), "the year -271821 shown on the page").toBe(false);
    await expect(page.getByText("4 Mar 2031").first()).toBeVisible();

    for (const format of ["csv", "md"]) {
      const text = await (await request.get(`/api/comparisons/${id}?format=${format}`)).text();
      expect(text, format).toContain("tsoP grebtsO");
      expect(BIDI_CONTROLS.test(text), `bidi controls in the ${format} export`).toBe(false);
      expect(text.includes("271821"), `the year -271821 in the ${format} export`).toBe(false);
    }
  });

  test("the share image of an unknown comparison is a 404", async ({ request }) => {
    for (const name of ["opengraph-image", "twitter-image"]) {
      expect((await request.get(`/c/ZZZZZZZZZZZZZZZZZ/${name}`)).status(), name).toBe(404);
      const known = await request.get(`${SEED_PATH}/${name}`);
      expect(known.status(), name).toBe(200);
      expect(known.headers()["content-type"]).toBe("image/png");
    }
  });
});
