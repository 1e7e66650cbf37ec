// The New comparison form's model: one draft per source, what the API is sent for it, and the
// checks that can be made in the browser before anything is sent.

export type SourceMode = "text" | "file" | "url";

export interface LoadedFile {
  name: string;
  size: number;
  kind: "html" | "text";
  content: string;
}

export interface SourceDraft {
  key: number;
  mode: SourceMode;
  text: string;
  file: LoadedFile | null;
  url: string;
  title: string;
  outlet: string;
  publishedAt: string;
}

export const MIN_SOURCES = 2;
export const MAX_SOURCES = 12;
const MAX_FILE_BYTES = 8_000_000;
const KIND_BY_EXTENSION: Readonly<Record<string, LoadedFile["kind"]>> = {
  txt: "text",
  md: "text",
  markdown: "text",
  html: "html",
  htm: "html",
};
export const FILE_ACCEPT = ".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html";

let nextKey = 1;

export function createDraft(): SourceDraft {
  return { key: nextKey++, mode: "text", text: "", file: null, url: "", title: "", outlet: "", publishedAt: "" };
}

/** Reads an uploaded file as text; refuses types the engine cannot read and oversized files. */
export async function readSourceFile(file: File): Promise<LoadedFile> {
  const extension = file.name.toLowerCase().split(".").pop() ?? "";
  const kind = KIND_BY_EXTENSION[extension];
  if (!kind) throw new Error(`${file.name} is not a .txt, .md or .html file.`);
  if (file.size > MAX_FILE_BYTES) throw new Error(`${file.name} is larger than ${MAX_FILE_BYTES / 1_000_000} MB.`);
  const content = await file.text();
  if (!content.trim()) throw new Error(`${file.name} is empty.`);
  return { name: file.name, size: file.size, kind, content };
}

/** What is missing from a draft before it can be sent, in words; null when it is complete. */
export function checkDraft(draft: SourceDraft): string | null {
  if (draft.mode === "text" && !draft.text.trim()) return "Paste the article's text, or choose another way to give it.";
  if (draft.mode === "file" && !draft.file) return "Choose or drop a .txt, .md or .html file.";
  if (draft.mode === "url") {
    if (!draft.url.trim()) return "Give the article's web address.";
    if (!/^https?:\/\/\S+$/i.test(draft.url.trim())) return "A web address starts with http:// or https://.";
  }
  return null;
}

/** The draft as one source of `POST /api/comparisons`. */
export function toRequestSource(draft: SourceDraft): Record<string, string> {
  const body: Record<string, string> =
    draft.mode === "text"
      ? { text: draft.text }
      : draft.mode === "file"
        ? draft.file?.kind === "html"
          ? { html: draft.file.content }
          : { text: draft.file?.content ?? "" }
        : { url: draft.url.trim() };
  for (const field of ["title", "outlet", "publishedAt"] as const) {
    const value = draft[field].trim();
    if (value) body[field] = value;
  }
  return body;
}

export function formatBytes(bytes: number): string {
  return bytes < 1000 ? `${bytes} B` : bytes < 1_000_000 ? `${(bytes / 1000).toFixed(0)} kB` : `${(bytes / 1_000_000).toFixed(1)} MB`;
}
