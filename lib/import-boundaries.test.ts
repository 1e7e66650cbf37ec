import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// lib/ holds only what the app ships (docs/house-style.md): its code may not reach into the
// development tools, the scripts or the test support, nor into Next.js, React or the file system.
const LIB = fileURLToPath(new URL(".", import.meta.url));
const FORBIDDEN: readonly [string, RegExp][] = [
  ["a development tool (tools/)", /from ["'](?:\.\.\/)+tools\//],
  ["a script (scripts/)", /from ["'](?:\.\.\/)+scripts\//],
  ["test support (test-support/)", /from ["'](?:\.\.\/)+test-support\//],
  ["Next.js", /from ["']next(?:\/|["'])/],
  ["React", /from ["']react(?:-dom)?(?:\/|["'])/],
  ["the file system", /from ["'](?:node:)?fs(?:\/promises)?["']/],
];

function listShippedFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listShippedFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function findBoundaryBreaches(files: readonly { name: string; text: string }[]): string[] {
  return files.flatMap(({ name, text }) => FORBIDDEN.filter(([, pattern]) => pattern.test(text)).map(([what]) => `${name} imports ${what}`));
}

describe("lib/ import boundaries", () => {
  it("finds a breach of each kind in made-up files", () => {
    const files = [
      { name: "a.ts", text: 'import { scoreAgainstGold } from "../../tools/eval/score-gold";' },
      { name: "b.ts", text: 'import { readFileSync } from "node:fs";' },
      { name: "c.ts", text: 'import { makeSyntheticStory } from "../test-support/make-synthetic";' },
      { name: "d.ts", text: 'import { useState } from "react";' },
      { name: "e.ts", text: 'import type { SourceInput } from "../types";' },
    ];
    expect(findBoundaryBreaches(files)).toEqual(["a.ts imports a development tool (tools/)", "b.ts imports the file system", "c.ts imports test support (test-support/)", "d.ts imports React"]);
  });

  it("holds for every non-test file in lib/", () => {
    const files = listShippedFiles(LIB).map((path) => ({ name: relative(LIB, path), text: readFileSync(path, "utf8") }));
    expect(files.length).toBeGreaterThan(50);
    expect(findBoundaryBreaches(files)).toEqual([]);
  });
});
