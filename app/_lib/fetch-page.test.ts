import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FetchError } from "@/lib/fetch/fetch-error";
import { fetchPage, type FetchDeps } from "@/lib/fetch/fetch-page";
import { RIVERTON_HTML } from "@/test-support/store-test-articles";
import { createFetchDeps } from "./fetch-page";
import { expectFailure } from "@/test-support/expect-failure";

// URL fetching over real sockets, against a small HTTP server on loopback. Loopback is itself a
// refused address, so most tests turn on the allow setting, as the issue asks; the SSRF tests
// keep it off and check that the server never saw the request.

const SMALL = { timeoutMs: 1500, maxBytes: 200_000, maxRedirects: 3 };
let server: Server;
let base: string;
const seen: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req.url ?? "");
    const route = ROUTES[req.url ?? ""] ?? ((_req, r) => r.writeHead(404).end("missing"));
    route(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

type Route = (req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => void;

const ROUTES: Record<string, Route> = {
  "/article": (_req, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(RIVERTON_HTML),
  "/old": (_req, res) => res.writeHead(301, { location: "/article" }).end(),
  "/loop": (_req, res) => res.writeHead(302, { location: "/loop" }).end(),
  "/slow": (_req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.write("<p>Starting");
    setTimeout(() => res.end("</p>"), 10_000).unref();
  },
  "/huge": (_req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    const chunk = "<p>filler filler filler</p>".repeat(1000);
    let sent = 0;
    const pump = () => {
      while (sent < 50_000_000 && res.write(chunk)) sent += chunk.length;
      if (sent >= 50_000_000) res.end();
    };
    res.on("drain", pump);
    res.on("close", () => res.off("drain", pump));
    pump();
  },
  "/declared-huge": (_req, res) => res.writeHead(200, { "content-type": "text/html", "content-length": "900000000" }).end(),
  "/bomb": (_req, res) => res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(gzipSync(Buffer.alloc(5_000_000, 32))),
  "/gzipped": (_req, res) => res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(gzipSync(RIVERTON_HTML)),
  "/image.png": (_req, res) => res.writeHead(200, { "content-type": "image/png" }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47])),
  "/data.json": (_req, res) => res.writeHead(200, { "content-type": "application/json" }).end("{}"),
  "/to-private": (_req, res) => res.writeHead(302, { location: `${base}/secret` }).end(),
  "/to-metadata": (_req, res) => res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }).end(),
  "/secret": (_req, res) => res.writeHead(200, { "content-type": "text/plain" }).end("internal only"),
};

const allowed = () => createFetchDeps({ PARALLAX_ALLOW_PRIVATE_FETCH: "1" });
const refusing = () => createFetchDeps({});

function failure(promise: Promise<unknown>): Promise<FetchError> {
  return expectFailure(promise, FetchError);
}

describe("fetching a URL over the network (loopback server, allow setting on)", () => {
  it("fetches an HTML page", async () => {
    const page = await fetchPage(`${base}/article`, 0, allowed(), SMALL);
    expect(page).toMatchObject({ url: `${base}/article`, format: "html" });
    expect(page.body).toContain("About 45 homes were evacuated");
  });

  it("follows a redirect and re-checks where it leads", async () => {
    const page = await fetchPage(`${base}/old`, 0, allowed(), SMALL);
    expect(page.url).toBe(`${base}/article`);
    expect(page.body).toContain("Riverton bridge closed by flood");
  });

  it("stops after a few redirects", async () => {
    expect((await failure(fetchPage(`${base}/loop`, 0, allowed(), SMALL))).code).toBe("url-too-many-redirects");
  });

  it("times out on a slow response", async () => {
    const started = Date.now();
    const error = await failure(fetchPage(`${base}/slow`, 1, allowed(), SMALL));
    expect(error.code).toBe("url-timeout");
    expect(error.message).toMatch(/^Source 2: .* did not answer within 1\.5 seconds/);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("caps a huge response, streamed or declared", async () => {
    expect((await failure(fetchPage(`${base}/huge`, 0, allowed(), SMALL))).code).toBe("url-too-large");
    expect((await failure(fetchPage(`${base}/declared-huge`, 0, allowed(), SMALL))).code).toBe("url-too-large");
  });

  it("counts the inflated size of a compressed body, so a zip bomb is capped too", async () => {
    expect((await failure(fetchPage(`${base}/bomb`, 0, allowed(), SMALL))).code).toBe("url-too-large");
    expect((await fetchPage(`${base}/gzipped`, 0, allowed(), SMALL)).body).toBe(RIVERTON_HTML);
  });

  it("refuses a response that is not HTML or text", async () => {
    expect((await failure(fetchPage(`${base}/image.png`, 0, allowed(), SMALL))).code).toBe("url-unsupported-type");
    expect((await failure(fetchPage(`${base}/data.json`, 0, allowed(), SMALL))).message).toMatch(/application\/json/);
  });

  it("reports an error status", async () => {
    expect((await failure(fetchPage(`${base}/nowhere`, 0, allowed(), SMALL))).code).toBe("url-http-status");
  });

  it("reports a closed port as unreachable", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect((await failure(fetchPage(`http://127.0.0.1:${port}/`, 0, allowed(), SMALL))).code).toBe("url-unreachable");
  });
});

describe("fetching a URL without the allow setting (SSRF)", () => {
  it("refuses loopback addresses and names that resolve to them", async () => {
    const before = seen.length;
    expect((await failure(fetchPage(`${base}/secret`, 0, refusing(), SMALL))).code).toBe("url-blocked");
    const port = new URL(base).port;
    expect((await failure(fetchPage(`http://localhost:${port}/secret`, 0, refusing(), SMALL))).code).toBe("url-blocked");
    expect((await failure(fetchPage(`http://[::1]:${port}/secret`, 0, refusing(), SMALL))).code).toBe("url-blocked");
    expect(seen.length).toBe(before);
  });

  it("refuses a redirect from a public address to a private one", async () => {
    // The test server stands in for a public site: DNS says news.example is a public address,
    // and the connection is sent to loopback. Where it redirects to is checked as usual.
    const network = createFetchDeps({});
    const deps: FetchDeps = {
      ...network,
      resolveHost: async (host) => (host === "news.example" ? ["93.184.216.34"] : network.resolveHost(host)),
      request: (url, address, headers, signal) =>
        address === "93.184.216.34" ? network.request(new URL(url.pathname, base), "127.0.0.1", headers, signal) : network.request(url, address, headers, signal),
    };
    const viaLoopback = await failure(fetchPage("http://news.example/to-private", 0, deps, SMALL));
    expect(viaLoopback.code).toBe("url-blocked");
    expect(viaLoopback.message).toMatch(/127\.0\.0\.1, a loopback address/);
    const viaMetadata = await failure(fetchPage("http://news.example/to-metadata", 0, deps, SMALL));
    expect(viaMetadata.message).toMatch(/169\.254\.169\.254, a link-local/);
    expect(seen.filter((path) => path === "/secret")).toEqual([]);
    // With the setting on, the same redirect is followed.
    expect((await fetchPage("http://news.example/to-private", 0, { ...deps, allowPrivate: true }, SMALL)).body).toBe("internal only");
  });
});
