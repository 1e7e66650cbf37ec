// Function words. English ones are left out when measuring how much vocabulary two texts share
// (a nav headline and a story both say "the"); the per-language lists let the language check
// count the words every text in that language is full of, which is cheap and good enough to
// tell a German article from an English one without a model.

const words = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean));

export const ENGLISH_STOP_WORDS = words(`
  a about above after again against all also am an and any are aren't as at be because been
  before being below between both but by can can't could did didn't do does doesn't doing don't
  down during each few for from further had has hasn't have haven't having he he'd he'll he's her
  here hers herself him himself his how i i'd i'll i'm i've if in into is isn't it it's its
  itself just let's me more most much my myself no nor not now of off on once only or other our
  ours ourselves out over own same she she'd she'll she's should so some such than that that's
  the their theirs them themselves then there there's these they they'd they'll they're they've
  this those through to too under until up very was wasn't we we'd we'll we're we've were weren't
  what what's when where which while who whom why will with won't would you you'd you'll you're
  you've your yours yourself yourselves said says say also amid among per via new one two three
  last next year years week month day time may might must shall upon within without however
`);

/** The most frequent function words of each language we can name; few are shared across lists. */
export const LANGUAGE_MARKERS: Record<string, Set<string>> = {
  English: words(`the and of to in is that for it was with as on be by this are at from have has
    had not but which were been their they would will an said its who after there than also`),
  German: words(`der die das und ist nicht ein eine einer einem einen des dem den zu mit sich auf
    für von im auch es wird wurde sind dass nach bei oder aus wie noch über hat haben vor`),
  French: words(`le la les et est des une un du que pour dans pas qui sur au aux avec ce cette il
    elle ont sont été par mais ou plus leur nous vous selon entre son ses`),
  Spanish: words(`el la los las y es del que por para con una un se no su sus al lo como más pero
    fue han ha este esta entre sobre también desde según ya muy`),
  Italian: words(`il lo la gli le e è di del della che per con una un non si sono nel nella alla
    al dei delle anche più come ma ha hanno questo questa dopo tra essere stato`),
  Portuguese: words(`o a os as e é do da dos das que para com uma um não se no na nos nas por
    mais como mas foi são ao pelo pela também seu sua entre já muito`),
  Dutch: words(`de het een en is van dat die in niet met op voor zijn te er maar ook als aan door
    bij naar om nog werd wordt heeft hebben dit deze uit over`),
};
