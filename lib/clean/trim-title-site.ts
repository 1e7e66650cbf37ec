// Page titles carry the site's name: "Storm Hits Town - Daily Example", "Daily Example | Storm
// Hits Town". The name is the outlet, not part of the headline, but a headline may contain a
// dash of its own ("Rates rise - again"), so the part beside the separator is only taken for a
// site name on evidence, tried in order: it is the name the page or the caller gave, it spells
// the page's web address, or the rest of the title is the headline the page prints elsewhere.

import { foldText } from "./text-shape";

const SEPARATORS = [" | ", " - ", " – ", " — ", " :: ", " · ", " • "];
/** Site names are short; a longer part beside a dash is the headline's own clause. */
const MAX_SITE_WORDS = 6;

export interface TitleSiteEvidence {
  /** Names the page or the caller gave the outlet (og:site_name, a given outlet). */
  names: readonly (string | null | undefined)[];
  /** The page address, whose host often spells the site's name ("dailyexample.com"). */
  url?: string | null;
  /** Headlines the page prints elsewhere (its <h1>, a Readability or JSON-LD title). */
  headlines?: readonly (string | null | undefined)[];
}

export interface SplitTitle {
  title: string;
  site: string;
}

/** Letters and digits only, lower case, no leading "the": "The Daily-Example" → "dailyexample". */
function squash(text: string): string {
  return foldText(text).replace(/^the\s+/, "").replace(/[^\p{L}\p{N}]+/gu, "");
}

/** "https://www.daily-example.co.uk/x" → ["dailyexample", "dailyexamplecouk", ...]: the host's readings. */
function readHostKeys(url: string | null | undefined): string[] {
  if (!url) return [];
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return [];
  }
  const labels = host.split(".");
  const keys: string[] = [];
  for (let end = labels.length; end > 0; end--) keys.push(squash(labels.slice(0, end).join("")));
  return keys.filter((key) => key.length >= 3);
}

type SiteTest = (candidate: string, rest: string, evidence: TitleSiteEvidence) => boolean;

/** The evidence, strongest first; each is a small named test so one can be switched off. */
const SITE_TESTS: readonly [string, SiteTest][] = [
  ["given-name", (candidate, _rest, e) => e.names.some((name) => !!name && squash(name) === squash(candidate))],
  ["web-address", (candidate, _rest, e) => readHostKeys(e.url).includes(squash(candidate))],
  ["printed-headline", (_candidate, rest, e) => (e.headlines ?? []).some((h) => !!h && foldText(h) === foldText(rest))],
];

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function isSite(candidate: string, rest: string, evidence: TitleSiteEvidence): boolean {
  if (countWords(candidate) > MAX_SITE_WORDS || countWords(rest) < 2 || squash(candidate).length === 0) return false;
  return SITE_TESTS.some(([, test]) => test(candidate, rest, evidence));
}

/** Splits a site name off the end or the start of a title; null when none is there. */
export function splitTitleSite(title: string, evidence: TitleSiteEvidence): SplitTitle | null {
  for (const separator of SEPARATORS) {
    const last = title.lastIndexOf(separator);
    if (last > 0) {
      const rest = title.slice(0, last).trim();
      const site = title.slice(last + separator.length).trim();
      if (site && isSite(site, rest, evidence)) return { title: rest, site };
    }
    const first = title.indexOf(separator);
    if (first > 0) {
      const site = title.slice(0, first).trim();
      const rest = title.slice(first + separator.length).trim();
      if (rest && isSite(site, rest, evidence)) return { title: rest, site };
    }
  }
  return null;
}
