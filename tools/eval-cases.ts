// Where the evaluation cases live and how one is read from disk: shared by `npm run eval` and
// the fixture tests so both score exactly the same inputs.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { InputError } from "../lib/errors";
import { buildSourceInputs } from "./eval/build-inputs";
import { parseGoldFile } from "./eval/gold-schema";
import type { GoldFile } from "./eval/gold-types";
import type { SourceInput } from "../lib/types";

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export interface EvalCase {
  name: string;
  goldPath: string;
  articleDir: string;
  /** Seeds are held to a stricter bar than our own fixtures (see tools/eval/fixtures.test.ts). */
  isSeed: boolean;
}

export interface LoadedCase {
  gold: GoldFile;
  inputs: SourceInput[];
  /** Raw article text per gold article id, for checks that look at the files themselves. */
  raw: Map<string, string>;
}

/** Every fixtures/<slug>/gold.json, then the seeds whose gold file is present. */
export function listEvalCases(root: string = PROJECT_ROOT): EvalCase[] {
  const fixtureDir = join(root, "fixtures");
  const fixtures = existsSync(fixtureDir)
    ? readdirSync(fixtureDir, { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(join(fixtureDir, d.name, "gold.json")))
        .map((d) => d.name)
        .sort()
        .map((name) => ({ name, goldPath: join(fixtureDir, name, "gold.json"), articleDir: join(fixtureDir, name), isSeed: false }))
    : [];
  return [...fixtures, ...listSeedCases(root)];
}

/** A seed's gold is its own gold.json, or for the public seed pair the shared expected.json. */
function listSeedCases(root: string): EvalCase[] {
  const seedDir = join(root, "seeds");
  if (!existsSync(seedDir)) return [];
  const sharedGold: Record<string, string> = {
    "belarus-kgb-talks": resolve(root, "..", "shared", "seeds", "expected.json"),
  };
  return readdirSync(seedDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .flatMap((name) => {
      const own = join(seedDir, name, "gold.json");
      const goldPath = existsSync(own) ? own : sharedGold[name];
      return goldPath && existsSync(goldPath)
        ? [{ name: `seed:${name}`, goldPath, articleDir: join(seedDir, name), isSeed: true }]
        : [];
    });
}

/** Reads and checks a gold file and its articles; missing or malformed files throw InputError. */
export function loadEvalCase(goldPath: string, articleDir: string): LoadedCase {
  if (!existsSync(goldPath)) throw new InputError("invalid", `gold file not found: ${goldPath}`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(goldPath, "utf8"));
  } catch (error) {
    throw new InputError("invalid", `${basename(goldPath)} is not JSON: ${(error as Error).message}`);
  }
  const gold = parseGoldFile(json);
  const raw = new Map<string, string>();
  const inputs = buildSourceInputs(gold, (file) => {
    const path = resolve(articleDir, file);
    if (!existsSync(path)) throw new InputError("invalid", `missing article ${path}`);
    return readFileSync(path, "utf8");
  });
  gold.articles.forEach((article, i) => raw.set(article.id, inputs[i]?.html ?? inputs[i]?.text ?? ""));
  return { gold, inputs, raw };
}
