import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The layers (docs/decisions/0093): app → server → engine / store / export → comparison types.
// An import that points back up is refused here, before it becomes a habit.

const ROOT = path.resolve(__dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
}

function importsOf(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), "utf8");
  return [...text.matchAll(/^import[^"']*["']([^"']+)["']/gm)].map((match) => match[1]!);
}

function offending(dir: string, forbidden: RegExp): string[] {
  return sourceFiles(dir).flatMap((file) => importsOf(file).filter((spec) => forbidden.test(spec)).map((spec) => `${file} → ${spec}`));
}

describe("layers", () => {
  it("keeps the store below the engine and the export describer: persistence only", () => {
    expect(offending("lib/store", /(^|\/)(review|export|compare|classify|align|engine)(\/|$)|^@\/app\//)).toEqual([]);
  });

  it("keeps components from reaching for the database or the server's use cases", () => {
    expect(offending("components", /app\/_lib\/store|app\/_server\//)).toEqual([]);
  });

  it("keeps the server layer from depending on the API routes above it", () => {
    expect(offending("app/_server", /app\/api\//)).toEqual([]);
  });
});
