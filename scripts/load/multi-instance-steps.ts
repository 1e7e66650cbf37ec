// The pieces of the several-instances test (scripts/multi-instance-test.ts): a revision save
// that records what was acknowledged, the gapless-numbers check and the rate-limit probe.
import { comparisonTextOf, createRequestBody } from "./load-articles";

export interface Acknowledged {
  /** id → the comparison text of the 201 answer. */
  comparisons: Map<string, string>;
  /** id → the edit key the create returned. */
  keys: Map<string, string>;
  /** id → revision number → the comparison text of the 201 answer. */
  revisions: Map<string, Map<number, string>>;
}

/** Saves a one-note revision on revision 0; a 201 is recorded as acknowledged. */
export async function saveRevision(baseUrl: string, id: string, editKey: string, client: string, acked: Acknowledged): Promise<void> {
  const response = await fetch(`${baseUrl}/api/comparisons/${id}/revisions`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${editKey}`, "x-forwarded-for": client },
    body: JSON.stringify({ baseRevision: 0, editor: "Load desk", edits: [{ op: "summary", text: `Checked on ${baseUrl}` }] }),
  });
  const text = await response.text();
  if (response.status !== 201) throw new Error(`revision save answered ${response.status}: ${text.slice(0, 200)}`);
  const { revision } = JSON.parse(text) as { revision: number };
  let saved = acked.revisions.get(id);
  if (!saved) acked.revisions.set(id, (saved = new Map()));
  saved.set(revision, comparisonTextOf(text));
}

/** Every comparison's revision list is 1..n with no gap and holds every acknowledged number. */
export async function checkRevisionNumbers(baseUrl: string, acked: Acknowledged): Promise<string[]> {
  const problems: string[] = [];
  let n = 0;
  for (const [id, saved] of acked.revisions) {
    const response = await fetch(`${baseUrl}/api/comparisons/${id}/revisions`, { headers: { "x-forwarded-for": `198.18.0.${(n++ % 250) + 1}` } });
    if (response.status !== 200) {
      problems.push(`revision list of ${id}: status ${response.status}`);
      continue;
    }
    const list = (await response.json()) as { revision: number }[];
    const numbers = list.map((r) => r.revision).sort((a, b) => a - b);
    if (numbers.some((number, i) => number !== i + 1)) problems.push(`revisions of ${id} are not gapless: ${numbers.join(", ")}`);
    for (const number of saved.keys()) if (!numbers.includes(number)) problems.push(`revision ${id}/${number} was acknowledged but is not listed`);
  }
  return problems;
}

/** One client sends more creates than its burst, spread over every instance. */
export async function probeRateLimit(baseUrls: string[], client: string, perMinute: number): Promise<{ sent: number; allowed: number; burst: number }> {
  const burst = Math.max(1, Math.floor(perMinute / 2));
  const sent = burst + 10;
  let allowed = 0;
  for (let i = 0; i < sent; i++) {
    const response = await fetch(`${baseUrls[i % baseUrls.length]}/api/comparisons`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": client },
      body: createRequestBody(100_000 + i),
    });
    await response.arrayBuffer();
    if (response.status === 201) allowed++;
    else if (response.status !== 429) throw new Error(`a create from the probe client answered ${response.status}`);
  }
  return { sent, allowed, burst };
}
