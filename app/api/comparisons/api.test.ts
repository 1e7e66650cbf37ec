import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EngineBusyError, EngineTimeoutError } from "@/app/_lib/engine-pool";
import { createFetchDeps } from "@/app/_lib/fetch-page";
import { SEED_ID } from "@/app/_server/seed-story";
import { RIVERTON_A, RIVERTON_B, RIVERTON_HTML } from "@/test-support/store-test-articles";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/test-support/store-test-drivers";
import { fetchPage } from "@/lib/fetch/fetch-page";
import { countComparisons, findComparison } from "@/lib/store/comparison-store";
import { createComparisonId } from "@/lib/store/create-comparison-id";
import { migrateStore } from "@/lib/store/migrate-store";
import type { SqlDriver } from "@/lib/store/store-types";
import type { ApiServices } from "./api-services";
import { handleCreateComparison } from "./create-comparison";
import { handleReadComparison } from "./read-comparison";
import { MAX_BODY_BYTES } from "./request-schema";

// The comparisons API, handlers called directly, against the embedded database and (under
// scripts/with-postgres.sh) a real PostgreSQL server. URL sources come from a loopback server.

const ORIGIN = "http://parallax.test";
let pageServer: Server;
let articleUrl: string;

beforeAll(async () => {
  pageServer = createServer((req, res) => {
    if (req.url === "/riverton") res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(RIVERTON_HTML);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => pageServer.listen(0, "127.0.0.1", resolve));
  articleUrl = `http://127.0.0.1:${(pageServer.address() as AddressInfo).port}/riverton`;
});

afterAll(async () => {
  await new Promise((resolve) => pageServer.close(resolve));
});

function post(body: unknown): Request {
  return new Request(`${ORIGIN}/api/comparisons`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

function get(path: string): Request {
  return new Request(`${ORIGIN}${path}`);
}

/** The comparison inside a 201 answer, as the exact text the server sent. */
function comparisonText(createdBody: string): string {
  const start = createdBody.indexOf('"comparison":') + '"comparison":'.length;
  return createdBody.slice(start, -1);
}

describe.each(testDatabaseKinds())("comparisons API on %s", (kind) => {
  let database: TestDatabase;
  let driver: SqlDriver;
  let services: ApiServices;

  async function start(allowPrivate = true): Promise<void> {
    driver = await database.open();
    await migrateStore(driver, { now: () => new Date() });
    services = {
      openStore: async () => driver,
      fetchSource: (url, index) => fetchPage(url, index, createFetchDeps(allowPrivate ? { PARALLAX_ALLOW_PRIVATE_FETCH: "1" } : {})),
      now: () => new Date("2031-03-05T10:00:00.000Z"),
      newId: () => createComparisonId((n) => randomBytes(n)),
      engineVersion: "parallax@test",
      publicOrigin: () => ORIGIN,
    };
  }

  beforeAll(async () => {
    database = createTestDatabase(kind);
    await start();
  });

  afterAll(async () => {
    await driver.close();
    await database.destroy();
  });

  async function create(body: unknown): Promise<{ status: number; text: string; json: any; response: Response }> {
    const response = await handleCreateComparison(post(body), services);
    const text = await response.text();
    return { status: response.status, text, json: JSON.parse(text), response };
  }

  async function read(path: string): Promise<Response> {
    const url = new URL(`${ORIGIN}${path}`);
    const id = url.pathname.split("/").at(-1)!;
    return handleReadComparison(get(path), decodeURIComponent(id), services);
  }

  it("creates a comparison from pasted text: 201 with id, url, edit key and the comparison", async () => {
    const { status, json, response } = await create({ sources: [RIVERTON_A, RIVERTON_B] });
    expect(status).toBe(201);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(Object.keys(json)).toEqual(["id", "url", "editKey", "editUrl", "listed", "comparison"]);
    expect(json.listed).toBe(false);
    expect(json.id).toMatch(/^[0-9A-Za-z]{17}$/);
    expect(json.url).toBe(`${ORIGIN}/c/${json.id}`);
    expect(response.headers.get("location")).toBe(json.url);
    expect(json.comparison).toMatchObject({ version: 2, id: json.id, createdAt: "2031-03-05T10:00:00.000Z" });
    expect(json.comparison.sources.map((s: { outlet: string }) => s.outlet)).toEqual(["Valley Courier", "Hill County News"]);
    expect(json.comparison.stats.conflict).toBeGreaterThan(0);
  });

  it("serves the stored comparison byte for byte, also after a restart", async () => {
    const created = await create({ sources: [RIVERTON_A, RIVERTON_B] });
    const first = await read(`/api/comparisons/${created.json.id}`);
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const firstText = await first.text();
    expect(firstText).toBe(comparisonText(created.text));

    await driver.close(); // the server stops ...
    await start(); // ... and starts again on the same database
    const again = await read(`/api/comparisons/${created.json.id}`);
    expect(Buffer.from(await again.text()).equals(Buffer.from(firstText))).toBe(true);
  });

  it("keeps the sources as given, the cleaned text and the engine version", async () => {
    const { json } = await create({ sources: [RIVERTON_A, { url: articleUrl, outlet: "Given outlet" }] });
    const stored = (await findComparison(driver, json.id))!;
    expect(stored.engineVersion).toBe("parallax@test");
    const inputs = JSON.parse(stored.inputsJson);
    expect(inputs[0]).toMatchObject({ text: RIVERTON_A.text, title: RIVERTON_A.title });
    expect(inputs[1]).toMatchObject({ url: articleUrl, html: RIVERTON_HTML, format: "html", outlet: "Given outlet" });
    expect(JSON.parse(stored.cleanedJson)[1].text).toContain("About 45 homes were evacuated");
  });

  it("fetches a URL source and cleans its HTML like any other", async () => {
    const { status, json } = await create({ sources: [RIVERTON_A, { url: articleUrl }] });
    expect(status).toBe(201);
    const source = json.comparison.sources[1];
    expect(source).toMatchObject({ url: articleUrl, outlet: "Riverside Daily", title: "Riverton bridge closed by flood" });
    expect(source.sentences.map((s: { text: string }) => s.text)).not.toContain("Home News");
    expect(source.removed.length).toBeGreaterThan(0);
  });

  it("refuses a URL on a private address without the allow setting, naming the source", async () => {
    await driver.close();
    await start(false);
    const before = await countComparisons(driver);
    const { status, json } = await create({ sources: [RIVERTON_A, { url: articleUrl }] });
    expect(status).toBe(422);
    expect(json.error.code).toBe("url-blocked");
    expect(json.error.message).toMatch(/^Source 2: 127\.0\.0\.1, a loopback address, is not on the public web/);
    expect(json.error.sourceIndex).toBe(1);
    expect(await countComparisons(driver)).toBe(before);
    await driver.close();
    await start(true);
  });

  it("exports Markdown, CSV and JSON", async () => {
    const { json, text } = await create({ sources: [RIVERTON_A, RIVERTON_B] });
    const base = `/api/comparisons/${json.id}`;

    const md = await read(`${base}?format=md`);
    expect(md.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(md.headers.get("content-disposition")).toBe(`attachment; filename="parallax-${json.id}.md"`);
    const report = await md.text();
    expect(report.startsWith("# Heavy rain flooded the Riverton bridge on Tuesday\n")).toBe(true);
    expect(report).toContain(`${ORIGIN}/c/${json.id}`);
    expect(report.indexOf("## Conflicting details")).toBeLessThan(report.indexOf("## Shared facts"));

    const csv = await read(`${base}?format=csv`);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const table = await csv.text();
    expect(table.split("\r\n")[0]).toBe("group,kind,score,conflict_types,conflicting_values,s1 Valley Courier,s2 Hill County News");
    expect(table.split("\r\n").filter(Boolean)).toHaveLength(json.comparison.groups.length + 1);

    const exported = await read(`${base}?format=json`);
    expect(exported.headers.get("content-disposition")).toBe(`attachment; filename="parallax-${json.id}.json"`);
    expect(await exported.text()).toBe(comparisonText(text));
  });

  it("answers 404 with an error body for unknown ids, and 400 for an unknown format", async () => {
    for (const id of ["Unknown0000000001", "nope", "..%2F..%2Fetc"]) {
      const response = await read(`/api/comparisons/${id}`);
      expect(response.status).toBe(404);
      expect((await response.json()).error.code).toBe("not-found");
    }
    const { json } = await create({ sources: [RIVERTON_A, RIVERTON_B] });
    const bad = await read(`/api/comparisons/${json.id}?format=pdf`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: { code: "invalid-format", message: 'Unknown format "pdf"; use md, csv or json.' } });
  });

  it("serves the seed story under its fixed id", async () => {
    const response = await read(`/api/comparisons/${SEED_ID}`);
    expect(response.status).toBe(200);
    expect((await response.json()).id).toBe(SEED_ID);
  });

  it.each([
    ["malformed JSON", '{"sources": [', 400, "invalid-json"],
    ["an empty body", "", 400, "invalid-json"],
    ["an unknown field", { sources: [RIVERTON_A, RIVERTON_B], colour: "red" }, 400, "invalid-request"],
    ["an unknown source field", { sources: [RIVERTON_A, { ...RIVERTON_B, titel: "x" }] }, 400, "invalid-request"],
    ["a wrong type", { sources: [RIVERTON_A, { text: 42 }] }, 400, "invalid-request"],
    ["no sources field", { articles: [] }, 400, "invalid-request"],
    ["one source", { sources: [RIVERTON_A] }, 422, "too-few-sources"],
    ["thirteen sources", { sources: Array.from({ length: 13 }, () => RIVERTON_A) }, 422, "too-many-sources"],
    ["an empty source", { sources: [RIVERTON_A, { text: "   " }] }, 422, "empty"],
    ["a binary source", { sources: [RIVERTON_A, { text: "PK\u0003\u0004\u0000\u0000binary" }] }, 422, "binary"],
    ["a javascript: URL", { sources: [RIVERTON_A, { text: "Words.", url: "javascript:alert(1)" }] }, 422, "url-invalid"],
    ["a source over the size limit", { sources: [RIVERTON_A, { text: "Word. ".repeat(400_000) }] }, 413, "too-large"],
  ])("refuses %s with %i and code %s, storing nothing", async (_name, body, status, code) => {
    const before = await countComparisons(driver);
    const response = await create(body);
    expect(response.status).toBe(status);
    expect(Object.keys(response.json)).toEqual(["error"]);
    expect(response.json.error.code).toBe(code);
    expect(response.json.error.message.length).toBeGreaterThan(10);
    expect(await countComparisons(driver)).toBe(before);
  });

  it("names the source in schema errors", async () => {
    const { json } = await create({ sources: [RIVERTON_A, { ...RIVERTON_B, titel: "x" }] });
    expect(json.error).toMatchObject({ sourceIndex: 1 });
    expect(json.error.message).toMatch(/^Source 2 \(sources\[1\]\): .*titel/);
  });

  it("refuses a body over the size cap with 413", async () => {
    const response = await handleCreateComparison(post(`{"sources":["${"x".repeat(MAX_BODY_BYTES)}"]}`), services);
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe("too-large");
  });

  it("answers our own faults with a 500 and an error body, not a bare 500", async () => {
    const broken = { ...services, openStore: () => Promise.reject(new Error("disk on fire")) };
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      const response = await handleCreateComparison(post({ sources: [RIVERTON_A, RIVERTON_B] }), broken);
      expect(response.status).toBe(500);
      const body = await response.json();
      expect(body.error.code).toBe("internal");
      expect(JSON.stringify(body)).not.toContain("disk on fire");
      expect(errors).toHaveLength(1);
    } finally {
      console.error = original;
    }
  });

  it("answers an engine run past its time budget with 503 and stores nothing", async () => {
    const before = await countComparisons(driver);
    const slow = { ...services, runEngine: () => Promise.reject(new EngineTimeoutError("too long")) };
    const response = await handleCreateComparison(post({ sources: [RIVERTON_A, RIVERTON_B] }), slow);
    expect(response.status).toBe(503);
    expect((await response.json()).error).toMatchObject({ code: "engine-timeout", message: expect.stringContaining("nothing was saved") });
    expect(await countComparisons(driver)).toBe(before);
  });

  it("answers a full engine queue with 503 and Retry-After, storing nothing", async () => {
    const before = await countComparisons(driver);
    const busy = { ...services, runEngine: () => Promise.reject(new EngineBusyError("full")) };
    const response = await handleCreateComparison(post({ sources: [RIVERTON_A, RIVERTON_B] }), busy);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect((await response.json()).error.code).toBe("engine-busy");
    expect(await countComparisons(driver)).toBe(before);
  });

  it("stores concurrent creates under distinct ids, losing none", async () => {
    const before = await countComparisons(driver);
    const results = await Promise.all(Array.from({ length: 6 }, () => create({ sources: [RIVERTON_A, RIVERTON_B] })));
    expect(results.map((r) => r.status)).toEqual(Array(6).fill(201));
    expect(new Set(results.map((r) => r.json.id)).size).toBe(6);
    expect(await countComparisons(driver)).toBe(before + 6);
  });
});
