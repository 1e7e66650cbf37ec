// What the engine worker does with one job, as a plain function: the worker thread calls it,
// and so do the route tests, which run the engine in process (ENGINE_WORKER_BUILT is false
// there), so both paths run the same code.
import { defaultEngine } from "@/lib/engine/default-engine";
import { isInputError } from "@/lib/errors";
import { applyEdits } from "@/lib/review/apply-edits";
import type { Comparison } from "@/lib/types";
import type { EngineJob, EngineReply } from "./engine-pool";

export function runEngineJob(job: EngineJob): Comparison {
  const deps = { now: () => new Date(job.now) };
  if (job.kind === "revise") return applyEdits(job.comparison, job.edits, { ...deps, engine: defaultEngine }, { editor: job.editor });
  return defaultEngine.compare(job.inputs, deps, { facts: job.facts === true });
}

/** The job's answer as the worker posts it: a comparison, a user's mistake, or a failure. */
export function answerEngineJob(job: EngineJob): EngineReply {
  try {
    return { id: job.id, ok: true, comparison: runEngineJob(job) };
  } catch (error) {
    return isInputError(error)
      ? { id: job.id, ok: false, inputError: { code: error.code, message: error.message, sourceIndex: error.sourceIndex } }
      : { id: job.id, ok: false, failure: error instanceof Error ? error.message : String(error) };
  }
}
