// Words that carry no content for matching two sentences. Function words, plus the connective
// fillers reporters sprinkle in ("also", "however", "meanwhile") which one outlet uses and the
// next does not. Negators ("not", "never") are dropped from terms too, but only because a
// negated sentence must still align with its positive twin: negation.ts reads them from the
// tokens and the classifier flags the difference. Reporting verbs ("said") stay content words.

const FUNCTION_WORDS = `
a about above after again against all am an and any are aren't as at be because been before
being below between both but by can can't cannot could couldn't did didn't do does doesn't
doing don't down during each few for from further had hadn't has hasn't have haven't having
he he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm i've
if in into is isn't it it's its itself let's me more most mustn't my myself nor of off on once
only or other ought our ours ourselves out over own same shan't she she'd she'll she's should
shouldn't so some such than that that's the their theirs them themselves then there there's
these they they'd they'll they're they've this those through to too under until up upon very
was wasn't we we'd we'll we're we've were weren't what what's when when's where where's which
while who who's whom why why's will with won't would wouldn't you you'd you'll you're you've
your yours yourself yourselves
may might must shall among amid amidst across along alongside around behind beside besides
beyond despite inside onto outside per since toward towards unlike via within whether whose
whatever whoever either each every another such much many several lot lots
`;

// Connectives and hedges that news copy adds or drops freely without changing the claim.
const NEWS_FILLERS = `
also however meanwhile moreover furthermore additionally nevertheless nonetheless still yet
just even already thus therefore hence instead indeed though although whereas otherwise
reportedly apparently currently now recently previously earlier later today
mr mrs ms dr et al etc
`;

const NEGATORS = "no not never none neither nobody nothing nowhere";

const STOP_WORDS: ReadonlySet<string> = new Set(
  `${FUNCTION_WORDS} ${NEWS_FILLERS} ${NEGATORS}`.split(/\s+/).filter((word) => word.length > 0),
);

/** True for a lowercase, folded word that should not count as content. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word) || STOP_WORDS.has(word.replace(/[’]/g, "'"));
}

/** The list itself, for tests and for tools that want to show it. */
export function listStopWords(): readonly string[] {
  return [...STOP_WORDS];
}
