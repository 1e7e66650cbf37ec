import { describe, expect, it } from "vitest";
import { parseComparisonId, parseRevisionNumber, parseStoredId } from "./comparison-id";
import { SEED_ID } from "./seed-story";

describe("the id policy", () => {
  it("names the seed, a stored comparison, or nothing", () => {
    expect(parseComparisonId(SEED_ID)).toEqual({ kind: "seed", id: SEED_ID });
    expect(parseComparisonId("AbCdEfGhIjKlMnOpQ")).toEqual({ kind: "stored", id: "AbCdEfGhIjKlMnOpQ" });
    for (const bad of ["", "seed-other-story", "../../etc/passwd", "AbCdEfGhIjKlMnOpQR"]) expect(parseComparisonId(bad)).toBeNull();
  });

  it("gives the seed no stored id: it has no revisions, keys or saves", () => {
    expect(parseStoredId(SEED_ID)).toBeNull();
    expect(parseStoredId("AbCdEfGhIjKlMnOpQ")).toBe("AbCdEfGhIjKlMnOpQ");
  });

  it("reads revision numbers as plain non-negative integers only", () => {
    expect([parseRevisionNumber("0"), parseRevisionNumber("12")]).toEqual([0, 12]);
    for (const bad of ["", "-1", "01", "1.0", "1e3", "12345678"]) expect(parseRevisionNumber(bad)).toBeNull();
  });
});
