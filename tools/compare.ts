// Edge of the command line: reads files, calls lib, prints. Exit 0 ok, 2 the user's mistake
// (message on stderr, never a stack trace), 1 our own fault.
import { readFileSync, statSync } from "node:fs";
import { parseArgs, formatFromName, USAGE, type CliCommand } from "./cli/parse-args";
import { formatReport } from "./cli/format-report";
import { defaultEngine } from "../lib/engine/default-engine";
import { InputError, isInputError } from "../lib/errors";
import { LIMITS } from "../lib/limits";
import { isFetchError } from "../lib/fetch/fetch-error";
import { comparePair, formatPairLine, parsePairsTsv } from "../lib/engine/compare-pairs";
import { fetchSourcePage } from "../app/_lib/fetch-page";
import { readContractVersion } from "../app/_lib/contract-version";
import type { SourceInput } from "../lib/types";

const deps = { now: () => new Date() };

// New comparisons are version 2 (facts) as on the server; PARALLAX_CONTRACT_VERSION=1 makes
// version 1. A bad value is the user's mistake (exit 2), not a stack trace.
function readVersionSetting(): 1 | 2 {
  try {
    return readContractVersion(process.env);
  } catch (error) {
    throw new InputError("invalid", (error as Error).message);
  }
}
const engine = defaultEngine;

// A URL goes through the same fetcher as the web app: public addresses only, unless
// PARALLAX_ALLOW_PRIVATE_FETCH=1 (tests on this machine), with its timeouts and size cap.
async function fetchArticle(url: string, index: number): Promise<SourceInput> {
  const page = await fetchSourcePage(url, index);
  return page.format === "html" ? { html: page.body, format: "html", url: page.url } : { text: page.body, format: page.format, url: page.url };
}

function readArticle(path: string, titleFromFirstLine: boolean): SourceInput {
  const format = formatFromName(path);
  if (!format) throw new InputError("unsupported-format", `${path}: only .txt, .md and .html files are read`);
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new InputError("invalid", `${path}: no such file`);
  }
  if (size > LIMITS.maxSourceChars * 4) throw new InputError("too-large", `${path}: ${(size / 1e6).toFixed(1)} MB is far beyond the ${(LIMITS.maxSourceChars / 1e6).toFixed(0)} MB limit`);
  let text = readFileSync(path, "utf8");
  let title: string | undefined;
  if (titleFromFirstLine) {
    const lines = text.replace(/^\s+/, "").split(/\r?\n/);
    title = lines.shift()?.trim() || undefined;
    text = lines.join("\n");
  }
  return format === "html" ? { html: text, format, title, outlet: null } : { text, format, title, outlet: null, url: null, publishedAt: null };
}

async function run(cmd: CliCommand): Promise<void> {
  if (cmd.mode === "help") return void process.stdout.write(USAGE + "\n");
  if (cmd.mode === "pairs") {
    let tsv: string;
    try {
      tsv = readFileSync(cmd.file, "utf8");
    } catch {
      throw new InputError("invalid", `${cmd.file}: cannot read the file`);
    }
    const lines = parsePairsTsv(tsv).map((row) => formatPairLine(comparePair(row, deps, engine)));
    return void process.stdout.write(lines.join("\n") + (lines.length ? "\n" : ""));
  }
  const inputs = await Promise.all(
    cmd.inputs.map((p, k) => (/^https?:\/\//i.test(p) ? fetchArticle(p, k) : Promise.resolve(readArticle(p, cmd.titleFromFirstLine)))),
  );
  const facts = readVersionSetting() === 2;
  const comparison = engine.compare(inputs, deps, { facts });
  process.stdout.write(cmd.json ? JSON.stringify(comparison, null, 2) + "\n" : formatReport(comparison));
}

try {
  await run(parseArgs(process.argv.slice(2)));
} catch (error) {
  if (isInputError(error) || isFetchError(error)) {
    process.stderr.write(`compare: ${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`compare: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
