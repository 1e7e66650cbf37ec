// `npm run eval -- GOLD.json [ARTICLE_DIR]` or `npm run eval -- --all`. Pure, so every mistake is
// a clear InputError message rather than a crash halfway through a run.

import { InputError } from "../../lib/errors";
import { readCommandLine } from "../cli/read-command-line";

export type EvalCommand =
  | { mode: "one"; goldPath: string; articleDir: string | null }
  | { mode: "all" }
  | { mode: "help" };

export const EVAL_USAGE = [
  "usage: npm run eval -- GOLD.json [ARTICLE_DIR]",
  "       npm run eval -- --all",
  "",
  "Runs the engine on the articles a gold file names and scores the result against it",
  "(see ../shared/seeds/GOLD_FORMAT.md). ARTICLE_DIR defaults to the gold file's folder.",
  "  --all   every fixtures/*/gold.json and the seeds that have a gold file, as a table, then",
  "          every ../shared/dev/ event scored by ../shared/tools/score.mjs (engine v1, then v2",
  "          with facts), each with micro totals",
].join("\n");

export function parseEvalArgs(argv: readonly string[]): EvalCommand {
  const line = readCommandLine(argv, { options: { all: { type: "boolean" } }, usage: EVAL_USAGE });
  if (line.help) return { mode: "help" };
  if (line.flags.has("all")) {
    if (line.positionals.length) throw new InputError("invalid", `--all takes no files\n${EVAL_USAGE}`);
    return { mode: "all" };
  }
  const [goldPath, articleDir, ...extra] = line.positionals;
  if (!goldPath) throw new InputError("invalid", `no gold file given\n${EVAL_USAGE}`);
  if (extra.length) throw new InputError("invalid", `too many arguments: ${extra.join(" ")}\n${EVAL_USAGE}`);
  if (!goldPath.endsWith(".json")) throw new InputError("invalid", `${goldPath}: the gold file must be .json\n${EVAL_USAGE}`);
  return { mode: "one", goldPath, articleDir: articleDir ?? null };
}
