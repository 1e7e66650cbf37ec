import type { Conflict, ConflictType, Kind, SourceValue, Variant } from "../types";
import { foldText } from "../normalize/fold-text";
import { listConflictRules, type ConflictDeps, type Side } from "./conflict-rules";

// The classify step: a group's kind follows from its conflicts. Every member is compared with
// the group's first member (the same reference the diff uses); each conflict type is reported
// once, with the value each source states.

export interface MemberSide extends Side {
  sourceId: string;
}

export interface Classification {
  kind: Kind;
  conflicts: Conflict[];
  variants: Variant[];
}

export function classifyGroup(members: readonly MemberSide[], deps: ConflictDeps): Classification {
  if (members.length < 2) return { kind: "unique", conflicts: [], variants: [] };
  const [first, ...rest] = members as [MemberSide, ...MemberSide[]];
  const found = new Map<ConflictType, SourceValue[]>();
  for (const rule of listConflictRules(deps)) {
    for (const other of rest) {
      const hit = rule.find(first, other);
      if (!hit) continue;
      const values = found.get(rule.type) ?? [];
      if (!values.some((v) => v.sourceId === first.sourceId)) values.push({ sourceId: first.sourceId, text: hit[0] });
      values.push({ sourceId: other.sourceId, text: hit[1] });
      found.set(rule.type, values);
    }
  }
  const conflicts = [...found.entries()].map(([type, values]) => ({ type, values }));
  return { kind: conflicts.length ? "conflict" : "shared", conflicts, variants: findVariants(members) };
}


/** One entity written differently by different sources: Zelensky / Zelenskiy, Orban / Orbán. */
export function findVariants(members: readonly MemberSide[]): Variant[] {
  const forms = new Map<string, SourceValue[]>();
  for (const m of members) {
    for (const e of m.analysis.entities) {
      const list = forms.get(e.key) ?? [];
      if (!list.some((v) => v.sourceId === m.sourceId)) list.push({ sourceId: m.sourceId, text: e.text });
      forms.set(e.key, list);
    }
  }
  const variants: Variant[] = [];
  for (const values of forms.values()) {
    if (values.length < 2 || !namesDiffer(values.map((v) => v.text))) continue;
    const spelling = new Set(values.map((v) => foldText(v.text))).size === 1;
    variants.push({ type: spelling ? "spelling" : "transliteration", values });
  }
  return variants;
}

const words = (s: string) => foldText(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** "Lukashenko" and "Alexander Lukashenko" are one name given more or less fully, not a variant. */
function namesDiffer(texts: string[]): boolean {
  const sets = texts.map((t) => new Set(words(t)));
  for (const a of sets) for (const b of sets) {
    if (a === b) continue;
    const aInB = [...a].every((w) => b.has(w)), bInA = [...b].every((w) => a.has(w));
    if (!aInB && !bInA) return true;
  }
  // Same letters once folded, different letters as written: Orban / Orbán. Typography alone
  // (Orban’s / Orban's), which the one fold also folds, is no variant.
  const letters = (t: string) => t.replace(/[^\p{L}\p{N}]+/gu, "");
  return new Set(texts.map((t) => foldText(t))).size === 1 && new Set(texts.map(letters)).size > 1;
}
