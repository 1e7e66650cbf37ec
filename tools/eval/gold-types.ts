// Shapes of a gold file (../shared/seeds/GOLD_FORMAT.md) and of its score. They live here until
// they move into lib/types.ts; nothing else should redefine them.

import type { ConflictType, Kind } from "../../lib/types";

export interface GoldArticle {
  id: string;
  file: string;
  outlet: string | null;
  title: string | null;
  publishedAt: string | null;
}

/** The sentences of one article in a group, picked by quotes rather than by sentence ids. */
export interface GoldMember {
  article: string;
  quotes: string[];
}

export interface GoldGroup {
  kind: Kind;
  members: GoldMember[];
  note?: string;
  /** The kind is left to judgement: links still count, kind and false-conflict checks do not. */
  ambiguous?: boolean;
  type?: ConflictType; // conflicts only
  values?: Record<string, string>; // conflicts only: article id -> the value as it states it
}

export interface GoldFile {
  event?: string;
  articles: GoldArticle[];
  boilerplate?: Record<string, string[]>;
  duplicates?: Record<string, string[]>;
  groups: GoldGroup[];
}

export interface LinkScore {
  gold: number;
  found: number;
  tp: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface GoldScore {
  links: LinkScore;
  kinds: { multiSourceGroups: number; correct: number; accuracy: number };
  conflicts: { gold: number; found: number; typed: number; falseConflictGroups: number };
  unique: { gold: number; kept: number; recall: number };
  cleaning: { checks: number; ok: number; share: number };
  /** Sentences of the result that are not in exactly one of its groups. */
  partitionErrors: number;
  /** Human-readable reasons behind every point lost, in scoring order. */
  problems: string[];
}
