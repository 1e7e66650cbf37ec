import { DEFAULT_MODELS } from "../align/align-sentences";
import { wordnetLexicon } from "../normalize/lexicon";
import { createEngine } from "./create-engine";

// The engine the app, the command line and the evaluations run: the shipped lexicon and the
// link models fitted by scripts/calibrate*.ts.
export const defaultEngine = createEngine({ lexicon: wordnetLexicon, models: DEFAULT_MODELS });
