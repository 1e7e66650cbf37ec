import { describe, expect, it } from "vitest";
import { createRateLimiter } from "@/lib/rate-limit";
import { createClientLimiter, readRateRules, type RateKind } from "./client-rate-limit";
import { isComparisonRead, limitRead } from "./read-rate-limit";

const rules = { creates: { burst: 1, perMinute: 1 }, fetches: { burst: 1, perMinute: 1 }, revisions: { burst: 1, perMinute: 1 }, reads: { burst: 2, perMinute: 6 } };

function makeLimiter(clock: { now: number }) {
  return createRateLimiter<RateKind>({ rules, maxClients: 100, now: () => clock.now });
}

const get = (path: string, client = "203.0.113.9") => new Request(`http://parallax.test${path}`, { headers: { "x-forwarded-for": client } });

describe("isComparisonRead", () => {
  it("names pages, share images and API reads of one comparison", () => {
    expect(isComparisonRead("GET", "/c/abc")).toBe(true);
    expect(isComparisonRead("GET", "/c/abc/r/2")).toBe(true);
    expect(isComparisonRead("GET", "/c/abc/opengraph-image")).toBe(true);
    expect(isComparisonRead("GET", "/api/comparisons/abc")).toBe(true);
    expect(isComparisonRead("HEAD", "/api/comparisons/abc/revisions/1")).toBe(true);
  });

  it("leaves out creates, the list, other pages and writes", () => {
    expect(isComparisonRead("POST", "/api/comparisons")).toBe(false);
    expect(isComparisonRead("GET", "/api/comparisons")).toBe(false);
    expect(isComparisonRead("POST", "/api/comparisons/abc/revisions")).toBe(false);
    expect(isComparisonRead("GET", "/comparisons")).toBe(false);
    expect(isComparisonRead("GET", "/")).toBe(false);
  });
});

describe("limitRead", () => {
  it("lets reads through until the bucket is empty, then answers 429 with Retry-After", async () => {
    const clock = { now: 0 };
    const limiter = makeLimiter(clock);
    expect(limitRead(get("/c/abc"), limiter)).toBeNull();
    expect(limitRead(get("/api/comparisons/abc"), limiter)).toBeNull();
    const page = limitRead(get("/c/abc?view=facts&from=150"), limiter)!;
    expect(page.status).toBe(429);
    expect(page.headers.get("retry-after")).toBe("10");
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await page.text()).toContain("Too many requests");
    const api = limitRead(get("/api/comparisons/abc"), limiter)!;
    expect(api.status).toBe(429);
    expect(await api.json()).toEqual({ error: { code: "rate-limited", message: expect.stringContaining("try again") } });
    clock.now += 10_000;
    expect(limitRead(get("/c/abc"), limiter)).toBeNull();
  });

  it("keeps clients apart, and never charges what is not a read", () => {
    const limiter = makeLimiter({ now: 0 });
    for (let i = 0; i < 5; i++) expect(limitRead(get("/"), limiter)).toBeNull();
    limitRead(get("/c/a"), limiter);
    limitRead(get("/c/a"), limiter);
    expect(limitRead(get("/c/a"), limiter)?.status).toBe(429);
    expect(limitRead(get("/c/a", "198.51.100.4"), limiter)).toBeNull();
  });

  it("does nothing when the limit is off", () => {
    expect(limitRead(get("/c/abc"), null)).toBeNull();
    expect(createClientLimiter("off")).toBeNull();
  });
});

describe("readRateRules", () => {
  it("gives reads a generous default and scales them with a number", () => {
    expect(readRateRules("on")?.reads).toEqual({ burst: 120, perMinute: 600 });
    expect(readRateRules("20")?.reads).toEqual({ burst: 300, perMinute: 600 });
  });
});
