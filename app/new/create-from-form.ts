"use server";
// The New comparison form without JavaScript: the browser posts the form itself, and this
// action makes the comparison through the very route the form's script calls, so limits, rate
// limits and error wording are the same. Its answer is the form's state: the edit link on
// success, else the error with everything that was typed, so nothing pasted is lost.
import { headers } from "next/headers";
import { PEER_HEADER } from "@/app/_lib/client-rate-limit";
import { POST } from "@/app/api/comparisons/route";
import { buildCreateBody, readSentForm, type PlainFormState } from "@/components/new/new-comparison-state";

interface CreateAnswer {
  id?: string;
  editUrl?: string;
  error?: { message?: string; sourceIndex?: number | null };
}

export async function createFromForm(_previous: PlainFormState | null, form: FormData): Promise<PlainFormState> {
  const values = readSentForm(form);
  // The client's own headers go along, so the rate limit charges the same client.
  const incoming = await headers();
  const forwarded = new Headers({ "content-type": "application/json" });
  for (const name of ["x-forwarded-for", PEER_HEADER, "user-agent"]) {
    const value = incoming.get(name);
    if (value !== null) forwarded.set(name, value);
  }
  const response = await POST(
    new Request("http://localhost/api/comparisons", { method: "POST", headers: forwarded, body: JSON.stringify(buildCreateBody(values)) }),
  );
  const answer = (await response.json().catch(() => ({}))) as CreateAnswer;
  if (response.status === 201 && answer.id && answer.editUrl) return { values, error: null, created: { id: answer.id, editUrl: answer.editUrl } };
  const message = answer.error?.message ?? `The server answered with status ${response.status}.`;
  return { values, error: { message, sourceIndex: answer.error?.sourceIndex ?? null }, created: null };
}
