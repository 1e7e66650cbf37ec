import { InputError } from "../../lib/errors";
import { readCommandLine } from "./read-command-line";

// The contract's command line: `compare [--json] [--title-from-first-line] FILE_OR_URL...` or
// `compare --pairs FILE.tsv`. Parsing is pure so every mistake is a tested, clear message.

export type CliCommand =
  | { mode: "compare"; json: boolean; titleFromFirstLine: boolean; inputs: string[] }
  | { mode: "pairs"; file: string }
  | { mode: "help" };

export const USAGE = [
  "usage: npm run -s compare -- [--json] [--title-from-first-line] FILE_OR_URL...",
  "       npm run -s compare -- --pairs FILE.tsv",
  "",
  "Compares 2 to 12 articles (.txt, .md or .html files) about one event.",
  "  --json                   print the Comparison as JSON on stdout and nothing else",
  "  --title-from-first-line  take each file's first line as its title",
  "  --pairs FILE.tsv         compare sentence pairs (MSRP layout), one line per pair",
].join("\n");

const OPTIONS = {
  json: { type: "boolean" },
  "title-from-first-line": { type: "boolean" },
  pairs: { type: "string" },
} as const;

export function parseArgs(argv: readonly string[]): CliCommand {
  const line = readCommandLine(argv, { options: OPTIONS, usage: USAGE, valueNames: { pairs: "a FILE.tsv" } });
  if (line.help) return { mode: "help" };
  const inputs = [...line.positionals];
  const pairs = line.strings.get("pairs");
  if (pairs !== undefined) {
    if (inputs.length) throw new InputError("invalid", "--pairs takes one FILE.tsv and no other files");
    return { mode: "pairs", file: pairs };
  }
  if (inputs.length === 0) throw new InputError("invalid", `no articles given\n${USAGE}`);
  return { mode: "compare", json: line.flags.has("json"), titleFromFirstLine: line.flags.has("title-from-first-line"), inputs };
}

/** The input format a file name implies; null when the extension is not one we read. */
export function formatFromName(name: string): "text" | "markdown" | "html" | null {
  const lower = name.toLowerCase();
  if (/\.(txt|text)$/.test(lower)) return "text";
  if (/\.(md|markdown)$/.test(lower)) return "markdown";
  if (/\.(html?|xhtml)$/.test(lower)) return "html";
  return null;
}
