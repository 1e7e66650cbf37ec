import { expect, test } from "@playwright/test";

// The comparisons API over HTTP, against the production server and its real database.

const SOURCES = [
  { text: "Rain closed the Ostberg road on Monday.\n\nAbout 12 cars were stuck for an hour.", title: "Ostberg road closed by rain", outlet: "Ostberg Post" },
  { text: "The Ostberg road was closed by rain on Monday.\n\nAbout 20 cars were stuck for an hour.", outlet: "Lakeside Herald" },
];

// The API does not depend on the browser: desktop project only.
test.describe("comparisons API", { tag: "@desktop" }, () => {

  test("POST answers 201 and GET returns the same bytes", async ({ request }) => {
    const created = await request.post("/api/comparisons", { data: { sources: SOURCES } });
    expect(created.status()).toBe(201);
    const text = await created.text();
    const body = JSON.parse(text) as { id: string; url: string; comparison: { id: string; stats: Record<string, number> } };
    expect(body.url).toMatch(new RegExp(`/c/${body.id}$`));
    expect(body.comparison.id).toBe(body.id);

    const read = await request.get(`/api/comparisons/${body.id}`);
    expect(read.status()).toBe(200);
    expect(read.headers()["content-type"]).toBe("application/json; charset=utf-8");
    expect(await read.text()).toBe(text.slice(text.indexOf('"comparison":') + 13, -1));

    const md = await request.get(`/api/comparisons/${body.id}?format=md`);
    expect(md.headers()["content-type"]).toBe("text/markdown; charset=utf-8");
    // Named by the fact both share, not by source 1's headline (lib/title).
    expect(await md.text()).toMatch(/^# Rain closed the Ostberg road on Monday\n/);
    const csv = await request.get(`/api/comparisons/${body.id}?format=csv`);
    expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  });

  test("bad requests get an error body and the right status", async ({ request }) => {
    const cases: [unknown, number, string][] = [
      ["{not json", 400, "invalid-json"],
      [{ sources: SOURCES, extra: true }, 400, "invalid-request"],
      [{ sources: [SOURCES[0]] }, 422, "too-few-sources"],
      [{ sources: [SOURCES[0], { text: "" }] }, 422, "empty"],
      [{ sources: [SOURCES[0], { url: "http://169.254.169.254/latest/meta-data/" }] }, 422, "url-blocked"],
    ];
    for (const [data, status, code] of cases) {
      const response = await request.post("/api/comparisons", typeof data === "string" ? { data: Buffer.from(data), headers: { "content-type": "application/json" } } : { data });
      expect(response.status(), code).toBe(status);
      expect((await response.json()).error.code).toBe(code);
    }
    const missing = await request.get("/api/comparisons/ZZZZZZZZZZZZZZZZZ");
    expect(missing.status()).toBe(404);
    expect(await missing.json()).toEqual({ error: { code: "not-found", message: 'There is no comparison with the id "ZZZZZZZZZZZZZZZZZ".' } });
  });
});
