import { InputError } from "../../lib/errors";

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

export function parseArgs(argv: readonly string[]): CliCommand {
  let json = false, titleFromFirstLine = false, pairs: string | null = null;
  const inputs: string[] = [];
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k]!;
    if (arg === "--help" || arg === "-h") return { mode: "help" };
    else if (arg === "--json") json = true;
    else if (arg === "--title-from-first-line") titleFromFirstLine = true;
    else if (arg === "--pairs") {
      pairs = argv[++k] ?? null;
      if (!pairs) throw new InputError("invalid", "--pairs needs a FILE.tsv");
    } else if (arg === "--") continue;
    else if (arg.startsWith("--")) throw new InputError("invalid", `unknown option ${arg}\n${USAGE}`);
    else inputs.push(arg);
  }
  if (pairs !== null) {
    if (inputs.length) throw new InputError("invalid", "--pairs takes one FILE.tsv and no other files");
    return { mode: "pairs", file: pairs };
  }
  if (inputs.length === 0) throw new InputError("invalid", `no articles given\n${USAGE}`);
  return { mode: "compare", json, titleFromFirstLine, inputs };
}

/** The input format a file name implies; null when the extension is not one we read. */
export function formatFromName(name: string): "text" | "markdown" | "html" | null {
  const lower = name.toLowerCase();
  if (/\.(txt|text)$/.test(lower)) return "text";
  if (/\.(md|markdown)$/.test(lower)) return "markdown";
  if (/\.(html?|xhtml)$/.test(lower)) return "html";
  return null;
}
