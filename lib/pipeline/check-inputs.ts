import { InputError } from "../errors";
import { LIMITS } from "../limits";
import type { SourceInput } from "../types";

/** Rejects a request that cannot make a comparison before any work is spent on it. */
export function checkInputs(inputs: readonly SourceInput[]): void {
  if (inputs.length < LIMITS.minSources) {
    throw new InputError("too-few-sources", `A comparison needs at least ${LIMITS.minSources} sources; got ${inputs.length}.`);
  }
  if (inputs.length > LIMITS.maxSources) {
    throw new InputError("too-many-sources", `A comparison takes at most ${LIMITS.maxSources} sources; got ${inputs.length}.`);
  }
  const total = inputs.reduce((n, s) => n + (s.text?.length ?? 0) + (s.html?.length ?? 0), 0);
  if (total > LIMITS.maxTotalChars) {
    const mb = (n: number) => (n / 1_000_000).toFixed(1);
    throw new InputError("too-large", `The sources add up to ${mb(total)} MB of text; the limit is ${mb(LIMITS.maxTotalChars)} MB.`);
  }
}
