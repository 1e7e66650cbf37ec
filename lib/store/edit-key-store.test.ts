import { describe, expect, it } from "vitest";
import { createEditKey, EDIT_KEY_BYTES, isEditKeyShaped, nameKeyHolder } from "./edit-key-store";

// Fixed bytes stand in for the random source, so the encoding can be checked exactly.
const bytesFrom = (seed: number) => (size: number) => Uint8Array.from({ length: size }, (_, k) => (seed * 31 + k * 97) & 255);

describe("edit keys", () => {
  it("encodes 32 random bytes as 43 characters of unpadded base64url", () => {
    for (const seed of [0, 1, 7, 200]) {
      const source = bytesFrom(seed);
      const key = createEditKey(source);
      expect(key).toBe(Buffer.from(source(EDIT_KEY_BYTES)).toString("base64url"));
      expect(key).toHaveLength(43);
      expect(isEditKeyShaped(key)).toBe(true);
    }
  });

  it("asks the random source for exactly 32 bytes", () => {
    const asked: number[] = [];
    createEditKey((size) => (asked.push(size), new Uint8Array(size)));
    expect(asked).toEqual([32]);
  });

  it.each(["", "short", `${"A".repeat(43)}=`, `${"A".repeat(42)}+`, "A".repeat(44)])("refuses %j as a key shape", (value) => {
    expect(isEditKeyShaped(value)).toBe(false);
  });

  it("names a holder by the operator's label, else by the start of the key's hash", () => {
    expect(nameKeyHolder("0123456789abcdef", "Night desk")).toBe("Night desk");
    expect(nameKeyHolder("0123456789abcdef", "  ")).toBe("key:01234567");
    expect(nameKeyHolder("0123456789abcdef")).toBe("key:01234567");
  });
});
