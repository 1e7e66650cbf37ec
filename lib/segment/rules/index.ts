// The ordered rule list of the sentence splitter. Each candidate (a run of . ! ? … or a line
// break) goes down this list; the first rule that answers "split" or "join" decides, a rule
// may instead move the boundary and let the next rules look at it. With no answer, a mark
// followed by white space (or the end) is a boundary and a glued one is not.
//
// Why this order:
// 1. Line breaks are decided first: they are not marks and only the list rule knows them.
// 2. Closing quotes and brackets move the boundary before anyone reads "the next word".
// 3. Marks inside tokens (decimals, addresses) are settled before the glued-text rule could
//    mistake "example.Org" for a missing space.
// 4. Ellipsis dots are merged before the word-based rules, which assume one mark.
// 5. Lowercase continuation is the broadest join; it runs before the abbreviation lists so
//    they only have to settle the capitalised cases.
// 6. Quote attribution, then abbreviations, then initials: the more specific shape first.
import type { SegmentRule } from "../candidate";
import { joinAbbreviations, joinInitials } from "./abbreviations";
import { joinBeforeLowercase, joinEllipsisBeforeDigits, joinSpacedEllipsis } from "./continuations";
import { joinAddresses, joinDecimals, splitMissingSpace } from "./inside-tokens";
import { joinListNumbers, splitListLines } from "./list-items";
import { absorbClosers, joinQuoteAttribution } from "./quotes";

export const SEGMENT_RULES: readonly SegmentRule[] = [
  splitListLines,
  joinListNumbers,
  absorbClosers,
  joinDecimals,
  joinAddresses,
  splitMissingSpace,
  joinSpacedEllipsis,
  joinEllipsisBeforeDigits,
  joinBeforeLowercase,
  joinQuoteAttribution,
  joinAbbreviations,
  joinInitials,
];

/** Rule names in order, for tests and debugging output. */
export function listRuleNames(rules: readonly SegmentRule[] = SEGMENT_RULES): string[] {
  return rules.map((rule) => rule.name);
}
