// The one list of verbs that report speech. Speakers use it to tie a name to what it said,
// entity typing reads a name before one as a person, asides cut an attribution tail ("..., the
// ministry said.") off the statement, and numbers never take one for the noun a count counts.
// Before this list there were four, and they disagreed ("announced" named a speaker but did not
// type a person; "reported" cut a tail but named no speaker): see decision 0155.

const words = (list: string) => list.split(/\s+/).filter((word) => word.length > 0);

/** Verbs that report speech whatever follows them, every form news copy uses. */
export const REPORTING_VERBS: readonly string[] = words(`
  said says say told tells stated states added adds announced announces emphasised emphasized
  emphasises emphasizes stressed stresses noted notes wrote writes insisted insists argued argues
  claimed claims warned warns explained explains declared declares acknowledged acknowledges
  confirmed confirms asserted asserts remarked commented replied replies responded tweeted
  reiterated underlined underscored urged vowed pledged admitted conceded cautioned recalled
  reported reports
`);

/**
 * The neutral part of the list: verbs that only say that someone spoke, never how. The matcher
 * weighs them down (lib/align/sentence-bag.ts); "warned", "vowed" or "confirmed" stay content,
 * since two outlets that both write "warned" likely report one warning (down-weighting them too
 * cost 0.004 link F1 on the development set, decision 0170).
 */
export const NEUTRAL_REPORTING_VERBS: readonly string[] = words(`
  said says say told tells stated states added adds announced announces emphasised emphasized
  emphasises emphasizes stressed stresses noted notes insisted insists claimed claims explained
  explains declared declares acknowledged acknowledges asserted asserts remarked commented
  replied replies responded reiterated reported reports
`);

/**
 * Verbs that report speech only before "that": "maintained that ..." but not "maintained a
 * firm stance", "shared that ..." but not "shared a border".
 */
export const REPORTING_THAT_VERBS: readonly string[] = words(`
  shared maintained suggested indicated revealed disclosed signalled signaled denied posted hinted
`);

/** Verbs of a stated stance ("voiced concern", "expressed regret"): a person's, seldom a place's. */
export const STANCE_VERBS: readonly string[] = words("voiced expressed");

const ALWAYS = new Set(REPORTING_VERBS);

/** True for a lowercase word that reports speech on its own. */
export function isReportingVerb(word: string): boolean {
  return ALWAYS.has(word);
}

/** A regex alternation of the list, for patterns that need the verbs in place. */
export function joinVerbs(list: readonly string[]): string {
  return list.map((verb) => verb.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
}
