// The New comparison form as plain HTML sends it (JavaScript off): field names, how they are
// read back, and the state the server action answers with, so the re-rendered form keeps every
// word that was pasted. With JavaScript the form sends JSON itself and none of this is used.

export interface SentSource {
  text: string;
  title: string;
  outlet: string;
  publishedAt: string;
}

export interface SentForm {
  title: string;
  listed: boolean;
  sources: SentSource[];
}

export interface PlainFormState {
  values: SentForm;
  error: { message: string; sourceIndex: number | null } | null;
  created: { id: string; editUrl: string } | null;
}

/** Names of the fields; a source's fields repeat once per source, in order. */
export const FIELD = {
  title: "title",
  listed: "listed",
  text: "source-text",
  sourceTitle: "source-title",
  outlet: "source-outlet",
  publishedAt: "source-published",
} as const;

/** The form's fields as sent; repeated source fields are paired up by position. */
export function readSentForm(form: FormData): SentForm {
  const all = (name: string) => form.getAll(name).map((value) => (typeof value === "string" ? value : ""));
  const texts = all(FIELD.text);
  const titles = all(FIELD.sourceTitle);
  const outlets = all(FIELD.outlet);
  const dates = all(FIELD.publishedAt);
  return {
    title: String(form.get(FIELD.title) ?? ""),
    listed: form.get(FIELD.listed) === "on",
    sources: texts.map((text, i) => ({ text, title: titles[i] ?? "", outlet: outlets[i] ?? "", publishedAt: dates[i] ?? "" })),
  };
}

/** The JSON body of `POST /api/comparisons` for a sent form; blank optional fields are left out. */
export function buildCreateBody(sent: SentForm): Record<string, unknown> {
  const sources = sent.sources.map((source) => {
    const body: Record<string, string> = { text: source.text };
    if (source.title.trim()) body.title = source.title.trim();
    if (source.outlet.trim()) body.outlet = source.outlet.trim();
    if (source.publishedAt.trim()) body.publishedAt = source.publishedAt.trim();
    return body;
  });
  return { sources, listed: sent.listed, ...(sent.title.trim() ? { title: sent.title.trim() } : {}) };
}
