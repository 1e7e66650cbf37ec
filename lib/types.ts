// The one domain model of Parallax. The first half mirrors ../shared/contract.md exactly
// (renaming or dropping a field there needs a version bump); the second half is what the
// pipeline steps (clean → segment → analyze → align → classify → diff) hand each other.

// ---------- contract ----------

export type Kind = "shared" | "conflict" | "unique";

export type RemovedReason = "boilerplate" | "duplicate" | "navigation" | "disclaimer" | "error-page" | "truncated" | "other";

export type ConflictType = "number" | "date" | "name" | "place" | "quote" | "attribution" | "negation" | "other";

export type VariantType = "spelling" | "transliteration" | "wording";

export type DiffOp = [op: -1 | 0 | 1, text: string];

export interface Sentence {
  id: string; // "s1.7"
  text: string;
  paragraph: number;
}

export interface Removed {
  text: string;
  reason: RemovedReason;
}

export interface Source {
  id: string; // "s1", "s2", ... in input order
  title: string | null;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
  sentences: Sentence[];
  removed: Removed[];
}

/** Where in a sentence something is stated: UTF-16 offsets into Sentence.text, end exclusive. */
export interface Span {
  sentenceId: string;
  start: number;
  end: number;
}

export interface SourceValue {
  sourceId: string;
  text: string;
  span?: Span; // version 2: where the source states the value
}

export interface Conflict {
  type: ConflictType;
  values: SourceValue[];
}

export interface Variant {
  type: VariantType;
  values: SourceValue[];
}

export interface GroupMember {
  sourceId: string;
  sentenceIds: string[];
  spans?: Span[]; // version 2: the parts that state the fact; absent = the whole sentences
}

export interface Group {
  id: string; // "g1", ...
  kind: Kind;
  members: GroupMember[];
  score: number; // 0..1, 1 for unique
  conflicts: Conflict[];
  variants: Variant[];
  diff: { sourceId: string; ops: DiffOp[] }[] | null;
  /** Present once an editor has reviewed the group (issue 5); the machine never sets it. */
  review?: GroupReview;
}

/** "confirmed": the editor agrees with the machine; "edited": changed by hand; "noted": only annotated. */
export type ReviewStatus = "confirmed" | "edited" | "noted";

export interface GroupReview {
  status: ReviewStatus;
  note?: string;
}

export type ReviewAction = "confirmed" | "rejected" | "linked" | "unlinked" | "merged" | "split" | "retyped" | "conflict" | "noted" | "summary";

/** One line of "what changed against the revision this one is based on". */
export interface ReviewChange {
  action: ReviewAction;
  groupId: string | null;
  detail: string;
}

/** One editor action, applied in order by lib/review/apply-edits.ts. Group ids are stable. */
export type ReviewEdit =
  | { op: "confirm"; groupId: string }
  | { op: "reject"; groupId: string } // back into one unique statement (version 2: fact) per source
  // Version 2: a `span` links only that part of the sentence, and the sentence keeps its other facts.
  | { op: "link"; sentenceId: string; groupId: string; span?: Span }
  // Version 2 names the fact to leave (a sentence may be in several); version 1 may omit it.
  | { op: "unlink"; sentenceId: string; groupId?: string }
  | { op: "merge"; groupId: string; otherGroupId: string }
  | { op: "split"; groupId: string; sentenceIds: string[] } // these leave as a new group
  | { op: "retype"; groupId: string; kind: Kind }
  | { op: "set-conflict"; groupId: string; index?: number; conflict: Conflict } // add, or replace at index
  | { op: "remove-conflict"; groupId: string; index: number }
  | { op: "note"; groupId: string; text: string }
  | { op: "summary"; text: string };

/** On a reviewed revision only; the machine's original (revision 0) has none. */
export interface ComparisonReview {
  revision: number;
  basedOn: number;
  savedAt: string;
  editor: string | null;
  note?: string;
  changes: ReviewChange[];
}

/** Version 1: each sentence in exactly one group. Version 2: a group is one fact (contract). */
export type ContractVersion = 1 | 2;

export interface Comparison {
  version: ContractVersion;
  id: string | null;
  createdAt: string;
  sources: Source[];
  groups: Group[];
  stats: { shared: number; conflict: number; unique: number };
  warnings: string[];
  review?: ComparisonReview;
}

// ---------- pipeline ----------

export type InputFormat = "text" | "markdown" | "html";

/** One article as given by a user, a file or a fetch, before any cleaning. */
export interface SourceInput {
  text?: string;
  html?: string;
  format?: InputFormat; // a hint (file extension, content type); sniffed when absent
  title?: string | null;
  outlet?: string | null;
  url?: string | null;
  publishedAt?: string | null;
}

/** What the clean step hands on: story paragraphs, metadata it found, and all it dropped. */
export interface CleanedSource {
  title: string | null;
  outlet: string | null;
  byline: string | null;
  publishedAt: string | null;
  url: string | null;
  paragraphs: string[];
  removed: Removed[];
  warnings: string[];
}

/** A sentence as the segment step found it; offsets index into its paragraph's text. */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

export interface AnalyzeContext {
  publishedAt: string | null; // ISO date; relative dates resolve against it when known
}

/** Where an extractor found something: UTF-16 offsets into the analysed text, end exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

export interface NumberMention extends Partial<TextSpan> {
  text: string; // as written: "more than 50", "fifty", "4.4%"
  value: number;
  unit: string | null; // "%", "usd", "km", "people" ... or null
  bound: "exact" | "about" | "more" | "less";
  counted: string | null; // stem of the noun a unitless count counts: "2,300 jobs" → "job"
  range?: [number, number]; // the values a span of them allows: "in his late 30s" → [36, 39]
}

export interface DateMention extends Partial<TextSpan> {
  text: string; // as written: "on Sunday", "last month", "September"
  // Resolved value when possible, most precise first: "2025-10-19", "2025-09", "2025", or a
  // bare "month:9" / "weekday:0" when the year or week is unknown.
  value: string | null;
}

export type EntityType = "person" | "place" | "organization" | "other";

export interface EntityMention extends Partial<TextSpan> {
  text: string; // as written
  key: string; // canonical key shared by spelling/transliteration variants
  type: EntityType;
}

/** Everything the matcher and the classifier need to know about one sentence. */
export interface SentenceAnalysis {
  tokens: string[]; // folded surface words, in order
  terms: string[]; // stems of content words, in order (stop words dropped)
  concepts: string[][]; // per content word (parallel to terms): its synonym-set keys, maybe empty
  numbers: NumberMention[];
  dates: DateMention[];
  entities: EntityMention[];
  quotes: string[]; // text inside quotation marks, as written
  quoteSpans?: TextSpan[]; // where each quotation stands, parallel to `quotes`
  negations: string[]; // negating words found ("not", "never", "denied" ...)
  speakers: string[]; // entity keys or folded nouns that the sentence attributes speech to
  asides: string[]; // parenthetical asides ("Ivan Tertel, head of the KGB, said"), as written
}

/** A sentence of a source once analysed; `index` is its position in the source. */
export interface AnalyzedSentence {
  sentence: Sentence;
  sourceIndex: number;
  index: number;
  analysis: SentenceAnalysis;
}

export interface Lexicon {
  /** Synonym-set keys of a lemma (lowercase, spaces for multiword), most common sense first. */
  synsets(lemma: string): readonly string[];
}

/** What the engine may not reach for on its own: time comes in from the edge. */
export interface EngineDeps {
  now: () => Date;
}
