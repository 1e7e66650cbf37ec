import { describe, expect, it } from "vitest";
import type { ReviewEdit } from "@/lib/types";
import { keepPending, readKeptPending, type KeptStorage } from "./kept-pending";

function memoryStorage(): KeptStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

const edits: ReviewEdit[] = [{ op: "confirm", groupId: "g1" }, { op: "link", sentenceId: "s2.3", groupId: "g4", span: { sentenceId: "s2.3", start: 0, end: 12 } }];

describe("kept pending edits", () => {
  it("gives back the edits kept for the same comparison and revision", () => {
    const storage = memoryStorage();
    keepPending(storage, "abc", 2, edits);
    expect(readKeptPending(storage, "abc", 2)).toEqual(edits);
    expect(readKeptPending(storage, "other", 2)).toEqual([]);
  });

  it("never offers edits made on another revision, and forgets them", () => {
    const storage = memoryStorage();
    keepPending(storage, "abc", 2, edits);
    expect(readKeptPending(storage, "abc", 3)).toEqual([]);
    expect(storage.map.size).toBe(0);
  });

  it("forgets the key when no edit is pending", () => {
    const storage = memoryStorage();
    keepPending(storage, "abc", 2, edits);
    keepPending(storage, "abc", 2, []);
    expect(storage.map.size).toBe(0);
  });

  it("drops what it cannot read instead of failing", () => {
    const storage = memoryStorage();
    for (const raw of ["{not json", JSON.stringify({ baseRevision: 2, edits: [{ op: "drop-table" }] }), JSON.stringify({ baseRevision: 2, edits: [{ op: "note", groupId: 5 }] }), "null"]) {
      storage.map.set("parallax-pending:abc", raw);
      expect(readKeptPending(storage, "abc", 2)).toEqual([]);
    }
  });

  it("keeps working when storage refuses to write", () => {
    const full: KeptStorage = { getItem: () => null, setItem: () => { throw new Error("quota"); }, removeItem: () => undefined };
    expect(() => keepPending(full, "abc", 2, edits)).not.toThrow();
  });
});
