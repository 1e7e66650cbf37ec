import type { Source, SourceInput } from "../types";
import type { PreparedSource } from "./prepare-source";

// What the user said about a source wins over what cleaning guessed from the text; the URL's
// host is the outlet of last resort.
export function describeSource(p: PreparedSource, input: SourceInput): Source {
  const url = input.url ?? p.cleaned.url ?? null;
  return {
    id: p.id,
    title: input.title ?? p.cleaned.title ?? null,
    outlet: input.outlet ?? p.cleaned.outlet ?? hostOf(url),
    url,
    publishedAt: input.publishedAt ?? p.cleaned.publishedAt ?? null,
    sentences: p.sentences,
    removed: p.removed,
  };
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}
