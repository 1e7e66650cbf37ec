import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./comparison-store";

// The SQL itself runs against real databases in app/_lib/store.test.ts; these are the pure parts.

describe("list cursors", () => {
  it("round-trip and refuse anything malformed", () => {
    const cursor = encodeCursor({ createdAt: "2031-01-01T00:00:00.000Z", id: "Abc123" });
    expect(decodeCursor(cursor)).toEqual({ createdAt: "2031-01-01T00:00:00.000Z", id: "Abc123" });
    for (const bad of ["", "x", "2031-01-01~a", "2031-01-01T00:00:00.000Z~a' OR 1=1 --"]) expect(decodeCursor(bad)).toBeNull();
  });
});
