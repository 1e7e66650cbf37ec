// Verbs that frame a quotation rather than report speech ("Greyholt called the ruling "a
// setback"", "the minister described the strike as "reckless""). Quotes use them to tell a
// speaker's one quoted word from a scare quote; speakers use them to name who is quoted.
export const FRAMING_VERBS =
  "called|calls|described|describes|branded|brands|dubbed|termed|labell?ed|blasted|slammed|hailed|dismissed|" +
  "denounced|condemned|praised";
