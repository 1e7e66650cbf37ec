import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClientLimiter, getClientLimiter, type RateKind } from "@/app/_lib/client-rate-limit";
import { createDatabaseLimiter } from "@/app/_lib/shared-rate-limit";
import { newComparisonId } from "@/app/_lib/store";
import { RIVERTON_A, RIVERTON_B } from "@/test-support/store-test-articles";
import { createTestDatabase, type TestDatabase } from "@/test-support/store-test-drivers";
import { compareSources } from "@/lib/compare";
import { countComparisons } from "@/lib/store/comparison-store";
import { createComparisonId } from "@/lib/store/create-comparison-id";
import { migrateStore } from "@/lib/store/migrate-store";
import { createRateLimiter } from "@/lib/rate-limit";
import type { SqlDriver } from "@/lib/store/store-types";
import type { ApiServices } from "./api-services";
import { handleCreateComparison } from "./create-comparison";
import { handleReadComparison } from "./read-comparison";
import { MAX_BODY_BYTES } from "./request-schema";

// Limits and hostile requests at the API's edge: each gets its status and the error body, never
// a 500, and nothing is stored. (api.test.ts has the everyday refusals; this file the abusive ones.)

let database: TestDatabase;
let driver: SqlDriver;
let services: ApiServices;
let fetched: string[] = [];

beforeAll(async () => {
  database = createTestDatabase("sqlite");
  driver = await database.open();
  await migrateStore(driver, { now: () => new Date() });
  services = {
    openStore: async () => driver,
    fetchSource: async (url) => {
      fetched.push(url);
      return { url, body: RIVERTON_B.text, format: "text", contentType: "text/plain" };
    },
    now: () => new Date("2031-03-05T10:00:00.000Z"),
    newId: () => createComparisonId((n) => randomBytes(n)),
    engineVersion: "parallax@test",
    publicOrigin: () => "http://parallax.test",
  };
});

afterAll(async () => {
  await driver.close();
  await database.destroy();
});

function post(body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request("http://parallax.test/api/comparisons", { method: "POST", headers, body, duplex: "half" } as RequestInit);
}

async function expectRefused(request: Request, status: number, code: string, using = services): Promise<Response> {
  const before = await countComparisons(driver);
  const response = await handleCreateComparison(request, using);
  expect(response.status).toBe(status);
  const body = await response.clone().json();
  expect(Object.keys(body)).toEqual(["error"]);
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(10);
  expect(await countComparisons(driver)).toBe(before);
  return response;
}

describe("limits at the API", () => {
  it.each([
    ["a JSON array", "[]"],
    ["JSON null", "null"],
    ["a JSON string", '"sources"'],
    ["sources as an object", '{"sources": {"0": {"text": "x"}}}'],
    ["a source that is a string", '{"sources": ["one", "two"]}'],
    ["a __proto__ field", '{"sources": [], "__proto__": {"polluted": true}}'],
    ["a constructor field in a source", '{"sources": [{"text": "a", "constructor": {}}, {"text": "b"}]}'],
    ["a title that is too long", JSON.stringify({ sources: [{ ...RIVERTON_A, title: "t".repeat(1001) }, RIVERTON_B] })],
    ["120 sources and one more", JSON.stringify({ sources: Array.from({ length: 121 }, () => ({ text: "x" })) })],
  ])("refuses %s with 400", async (_name, body) => {
    await expectRefused(post(body), 400, "invalid-request");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ["deeply nested JSON", "[".repeat(200_000)],
    ["bytes that are not UTF-8", new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])],
  ])("refuses %s with 400 invalid-json", async (_name, body) => {
    await expectRefused(post(body as BodyInit), 400, "invalid-json");
  });

  it("refuses sources that together pass the total limit with 413, each being under its own", async () => {
    const big = { text: "The Riverton bridge stayed closed. ".repeat(54_000) }; // ~1.9 MB each
    const body = JSON.stringify({ sources: [big, big, big, big, big] });
    await expectRefused(post(body), 413, "too-large");
  });

  it("refuses a body declaring more than the cap before reading any of it", async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({ pull: (c) => void (pulled++, c.enqueue(new Uint8Array(1024))) });
    await expectRefused(post(endless, { "content-length": String(MAX_BODY_BYTES + 1) }), 413, "too-large");
    expect(pulled).toBeLessThanOrEqual(1); // a stream may pre-fill one chunk; it is never read
  });

  it("stops reading an undeclared body at the cap instead of buffering all of it", async () => {
    let sent = 0;
    const chunk = new Uint8Array(1 << 20).fill(0x20);
    const endless = new ReadableStream<Uint8Array>({ pull: (c) => void ((sent += chunk.byteLength), c.enqueue(chunk)) });
    await expectRefused(post(endless), 413, "too-large");
    expect(sent).toBeLessThan(MAX_BODY_BYTES + 4 * chunk.byteLength);
  });

  it("answers an upload cut off half way with 400, not a logged 500", async () => {
    let pulls = 0;
    const cut = new ReadableStream<Uint8Array>({
      pull: (c) => (pulls++ === 0 ? c.enqueue(new TextEncoder().encode('{"sources": [')) : c.error(Object.assign(new Error("aborted"), { code: "ECONNRESET" }))),
    });
    await expectRefused(post(cut), 400, "invalid-json");
  });
});

describe("share ids", () => {
  it("are URL-safe and carry at least 96 bits of entropy, all different", () => {
    const ids = Array.from({ length: 2000 }, () => newComparisonId());
    for (const id of ids) {
      expect(encodeURIComponent(id)).toBe(id);
      expect(id).toMatch(/^[0-9A-Za-z]+$/);
      expect(id.length * Math.log2(62)).toBeGreaterThanOrEqual(96);
    }
    expect(new Set(ids).size).toBe(ids.length);
    // Every position uses the whole alphabet, so no part of an id is predictable.
    const firstChars = new Set(ids.map((id) => id[0]));
    expect(firstChars.size).toBeGreaterThan(55);
  });
});

describe("the per-client rate limit", () => {
  it("is off unless PARALLAX_RATE_LIMIT is set", () => {
    expect(getClientLimiter({})).toBeNull();
    expect(getClientLimiter({ PARALLAX_RATE_LIMIT: "off" })).toBeNull();
    expect(getClientLimiter({ PARALLAX_RATE_LIMIT: "on" })).not.toBeNull();
    expect(() => createClientLimiter("lots")).toThrow(/PARALLAX_RATE_LIMIT/);
  });

  it("answers 429 with the error body and Retry-After once a client is over its limit", async () => {
    let now = 0;
    const limited = { ...services, limiter: createClientLimiter("4", () => now) }; // burst 2
    const from = (ip: string) => post(JSON.stringify({ sources: [RIVERTON_A, RIVERTON_B] }), { "x-forwarded-for": `10.9.9.9, ${ip}` });
    expect((await handleCreateComparison(from("192.0.2.1"), limited)).status).toBe(201);
    expect((await handleCreateComparison(from("192.0.2.1"), limited)).status).toBe(201);
    const refused = await expectRefused(from("192.0.2.1"), 429, "rate-limited", limited);
    expect(refused.headers.get("retry-after")).toBe("15");
    expect((await refused.json()).error.message).toMatch(/^Too many comparisons from your address; try again in 15 s\.$/);
    // Another client is not affected, and the first is let in again once its bucket refills.
    expect((await handleCreateComparison(from("192.0.2.2"), limited)).status).toBe(201);
    now += 15_000;
    expect((await handleCreateComparison(from("192.0.2.1"), limited)).status).toBe(201);
  });

  it("queues the engine job under the client's key, so the pool can share it fairly", async () => {
    const keys: string[] = [];
    const recording: ApiServices = {
      ...services,
      runEngine: async (inputs, now, client) => {
        keys.push(client);
        return compareSources(inputs, { now: () => now });
      },
    };
    const request = post(JSON.stringify({ sources: [RIVERTON_A, RIVERTON_B] }), { "x-forwarded-for": "10.9.9.9, 192.0.2.1" });
    expect((await handleCreateComparison(request, recording)).status).toBe(201);
    expect(keys).toEqual(["192.0.2.1"]);
  });

  it("charges each URL it fetches, refusing before fetching any when over", async () => {
    const limiter = createRateLimiter<RateKind>({
      rules: { creates: { burst: 10, perMinute: 10 }, fetches: { burst: 3, perMinute: 3 }, revisions: { burst: 1, perMinute: 1 }, reads: { burst: 10, perMinute: 10 } },
      maxClients: 10,
      now: () => 0,
    });
    const limited = { ...services, limiter };
    const headers = { "x-forwarded-for": "198.51.100.7" };
    const byUrl = JSON.stringify({ sources: [{ url: "https://example.org/a" }, { url: "https://example.org/b" }] });
    fetched = [];
    expect((await handleCreateComparison(post(byUrl, headers), limited)).status).toBe(201);
    expect(fetched).toHaveLength(2);
    fetched = [];
    const refused = await expectRefused(post(byUrl, headers), 429, "rate-limited", limited);
    expect((await refused.json()).error.message).toBe("Too many web addresses fetched from your address; try again in 20 s.");
    expect(fetched).toEqual([]);
    // Pasted text costs no fetch tokens, so the same client may still compare it.
    expect((await handleCreateComparison(post(JSON.stringify({ sources: [RIVERTON_A, RIVERTON_B] }), headers), limited)).status).toBe(201);
  });

  it("charges API reads of a comparison, so a script cannot pull big comparisons in a loop", async () => {
    const created = await handleCreateComparison(post(JSON.stringify({ sources: [RIVERTON_A, RIVERTON_B] })), services);
    const { id } = (await created.json()) as { id: string };
    const limited = { ...services, limiter: createClientLimiter("2", () => 0) }; // reads: burst 30
    const read = () => handleReadComparison(new Request(`http://parallax.test/api/comparisons/${id}`, { headers: { "x-forwarded-for": "192.0.2.9" } }), id, limited);
    for (let i = 0; i < 30; i++) expect((await read()).status).toBe(200);
    const refused = await read();
    expect(refused.status).toBe(429);
    expect((await refused.json()).error.code).toBe("rate-limited");
  });

  it("counts in the database on PostgreSQL, so two instances share one allowance", async () => {
    // Two API service sets over one database stand for two servers behind a balancer.
    const shared = createDatabaseLimiter("4", async () => driver); // creates: burst 2
    const other = createDatabaseLimiter("4", async () => driver);
    const from = () => post(JSON.stringify({ sources: [RIVERTON_A, RIVERTON_B] }), { "x-forwarded-for": "203.0.113.40" });
    expect((await handleCreateComparison(from(), { ...services, limiter: shared })).status).toBe(201);
    expect((await handleCreateComparison(from(), { ...services, limiter: other })).status).toBe(201);
    await expectRefused(from(), 429, "rate-limited", { ...services, limiter: shared });
    await expectRefused(from(), 429, "rate-limited", { ...services, limiter: other });
  });
});
