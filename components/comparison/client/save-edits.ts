// Sends the in-place editor's pending edits as a new revision and says, in words an editor can
// act on, why it was not saved. The caller keeps its pending edits whatever the answer.
import type { ReviewEdit } from "@/lib/types";

export type SaveResult = { ok: true; revision: number } | { ok: false; wrongKey: boolean; message: string };

export async function saveEdits(comparisonId: string, body: { baseRevision: number; editor?: string; edits: readonly ReviewEdit[] }, key: string): Promise<SaveResult> {
  if (!key) return { ok: false, wrongKey: true, message: "Not saved: enter the edit key first. Your changes are still here." };
  try {
    const response = await fetch(`/api/comparisons/${encodeURIComponent(comparisonId)}/revisions`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
      body: JSON.stringify(body),
    });
    const answer = (await response.json().catch(() => ({}))) as { revision?: number; error?: { message?: string } };
    if (response.status === 401 || response.status === 403) {
      return { ok: false, wrongKey: true, message: "Not saved: that edit key does not open this comparison. Check the edit link you kept; your changes are still here." };
    }
    if (!response.ok || typeof answer.revision !== "number") {
      return { ok: false, wrongKey: false, message: `Not saved: ${answer.error?.message ?? `the server answered ${response.status}.`} Your changes are still here.` };
    }
    return { ok: true, revision: answer.revision };
  } catch {
    return { ok: false, wrongKey: false, message: "Not saved: the server could not be reached. Your changes are still here; try again." };
  }
}

const savedKey = (comparisonId: string) => `parallax-saved:${comparisonId}`;

/** The new revision's page says it was saved once, after the redirect, then forgets it. */
export function rememberSaved(comparisonId: string, revision: number): void {
  sessionStorage.setItem(savedKey(comparisonId), String(revision));
}

export function takeSaved(comparisonId: string): number | null {
  const value = sessionStorage.getItem(savedKey(comparisonId));
  sessionStorage.removeItem(savedKey(comparisonId));
  return value && /^\d+$/.test(value) ? Number(value) : null;
}
