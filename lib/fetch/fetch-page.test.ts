import { describe, expect, it } from "vitest";
import { FetchError } from "./fetch-error";
import { fetchPage, type FetchDeps, type HttpResponse } from "./fetch-page";
import { expectFailure } from "@/test-support/expect-failure";

// The fetch logic against a fake network: which addresses it connects to, and what it refuses.
// app/_lib/fetch-page.test.ts runs the same logic over real sockets on loopback.

interface FakePage {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array[];
}

function fakeNetwork(dns: Record<string, string[]>, pages: Record<string, FakePage>, allowPrivate = false) {
  const connections: { url: string; address: string }[] = [];
  const deps: FetchDeps = {
    allowPrivate,
    deadline: () => new AbortController().signal,
    resolveHost: async (host) => dns[host] ?? [],
    request: async (url, address) => {
      connections.push({ url: url.href, address });
      const page = pages[url.href] ?? { status: 404 };
      const chunks = typeof page.body === "string" ? [new TextEncoder().encode(page.body)] : (page.body ?? []);
      const response: HttpResponse = {
        status: page.status ?? 200,
        header: (name) => page.headers?.[name] ?? null,
        body: (async function* () {
          yield* chunks;
        })(),
        discard: () => undefined,
      };
      return response;
    },
  };
  return { deps, connections };
}

const HTML = { "content-type": "text/html; charset=utf-8" };

function failure(promise: Promise<unknown>): Promise<FetchError> {
  return expectFailure(promise, FetchError);
}

describe("fetchPage", () => {
  it("fetches a public page and connects to the address it checked", async () => {
    const { deps, connections } = fakeNetwork({ "news.example": ["93.184.216.34"] }, { "https://news.example/a": { headers: HTML, body: "<p>Hi</p>" } });
    const page = await fetchPage("https://news.example/a", 0, deps);
    expect(page).toMatchObject({ url: "https://news.example/a", format: "html", body: "<p>Hi</p>" });
    expect(connections).toEqual([{ url: "https://news.example/a", address: "93.184.216.34" }]);
  });

  it("refuses a host when any of its addresses is private", async () => {
    const { deps, connections } = fakeNetwork({ "mixed.example": ["93.184.216.34", "10.0.0.5"] }, {});
    const error = await failure(fetchPage("http://mixed.example/", 2, deps));
    expect(error.code).toBe("url-blocked");
    expect(error.sourceIndex).toBe(2);
    expect(error.message).toMatch(/^Source 3: mixed\.example leads to 10\.0\.0\.5, a private network address/);
    expect(connections).toEqual([]);
  });

  it("re-checks every redirect and never connects to a private target", async () => {
    const { deps, connections } = fakeNetwork(
      { "news.example": ["93.184.216.34"], "internal.example": ["192.168.0.10"] },
      {
        "http://news.example/a": { status: 302, headers: { location: "http://internal.example/admin" } },
        "http://news.example/b": { status: 301, headers: { location: "http://169.254.169.254/latest/meta-data" } },
      },
    );
    expect((await failure(fetchPage("http://news.example/a", 0, deps))).code).toBe("url-blocked");
    expect((await failure(fetchPage("http://news.example/b", 0, deps))).message).toMatch(/link-local/);
    expect(connections.map((c) => c.address)).toEqual(["93.184.216.34", "93.184.216.34"]);
  });

  it("lets private addresses through only with the explicit setting", async () => {
    const { deps } = fakeNetwork({}, { "http://127.0.0.1:8080/a": { headers: { "content-type": "text/plain" }, body: "Plain words." } }, true);
    expect(await fetchPage("http://127.0.0.1:8080/a", 0, deps)).toMatchObject({ format: "text", body: "Plain words." });
  });

  it("follows relative redirects a few times, then gives up", async () => {
    const pages: Record<string, FakePage> = { "http://news.example/final": { headers: HTML, body: "<p>Done</p>" } };
    for (let k = 0; k < 8; k++) pages[`http://news.example/r${k}`] = { status: 307, headers: { location: `/r${k + 1}` } };
    pages["http://news.example/r3"] = { status: 308, headers: { location: "final" } };
    const { deps } = fakeNetwork({ "news.example": ["93.184.216.34"] }, pages);
    expect((await fetchPage("http://news.example/r0", 0, deps)).url).toBe("http://news.example/final");
    expect((await failure(fetchPage("http://news.example/r4", 0, deps, { timeoutMs: 1000, maxBytes: 1000, maxRedirects: 3 }))).code).toBe(
      "url-too-many-redirects",
    );
  });

  it("refuses what the engine cannot read, and error statuses", async () => {
    const { deps } = fakeNetwork(
      { "news.example": ["93.184.216.34"] },
      {
        "http://news.example/doc.pdf": { headers: { "content-type": "application/pdf" }, body: "%PDF" },
        "http://news.example/gone": { status: 410 },
      },
    );
    const pdf = await failure(fetchPage("http://news.example/doc.pdf", 0, deps));
    expect(pdf.code).toBe("url-unsupported-type");
    expect(pdf.message).toMatch(/application\/pdf/);
    expect((await failure(fetchPage("http://news.example/gone", 0, deps))).message).toMatch(/HTTP status 410/);
  });

  it("stops reading past the byte cap, declared or not", async () => {
    const chunk = new Uint8Array(400).fill(65);
    const { deps } = fakeNetwork(
      { "news.example": ["93.184.216.34"] },
      {
        "http://news.example/declared": { headers: { "content-type": "text/plain", "content-length": "5000" }, body: [chunk] },
        "http://news.example/streamed": { headers: { "content-type": "text/plain" }, body: [chunk, chunk, chunk] },
      },
    );
    const limits = { timeoutMs: 1000, maxBytes: 1000, maxRedirects: 3 };
    expect((await failure(fetchPage("http://news.example/declared", 0, deps, limits))).code).toBe("url-too-large");
    expect((await failure(fetchPage("http://news.example/streamed", 0, deps, limits))).code).toBe("url-too-large");
  });

  it("gives up when the deadline passes", async () => {
    const { deps } = fakeNetwork({}, {});
    const controller = new AbortController();
    deps.deadline = () => controller.signal;
    deps.resolveHost = () => new Promise(() => controller.abort()); // never answers
    const error = await failure(fetchPage("http://slow.example/", 0, deps, { timeoutMs: 50, maxBytes: 10, maxRedirects: 1 }));
    expect(error.code).toBe("url-timeout");
  });

  it("decodes the charset the page names", async () => {
    const latin1 = new Uint8Array([0x3c, 0x70, 0x3e, 0x43, 0x61, 0x66, 0xe9]); // "<p>Café" in windows-1252
    const { deps } = fakeNetwork(
      { "news.example": ["93.184.216.34"] },
      {
        "http://news.example/h": { headers: { "content-type": "text/html; charset=windows-1252" }, body: [latin1] },
        "http://news.example/m": { headers: { "content-type": "text/html" }, body: [new TextEncoder().encode('<meta charset="iso-8859-1">'), latin1] },
      },
    );
    expect((await fetchPage("http://news.example/h", 0, deps)).body).toBe("<p>Café");
    expect((await fetchPage("http://news.example/m", 0, deps)).body).toContain("<p>Café");
  });

  it.each(["ftp://news.example/a", "file:///etc/passwd", "javascript:alert(1)", "http://user:pw@news.example/", "not a url"])(
    "refuses %s before any lookup",
    async (url) => {
      const { deps, connections } = fakeNetwork({ "news.example": ["93.184.216.34"] }, {});
      expect((await failure(fetchPage(url, 0, deps))).code).toBe("url-invalid");
      expect(connections).toEqual([]);
    },
  );
});
