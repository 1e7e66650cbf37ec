// The engine in a worker thread: the comparison of a dozen long articles takes seconds of CPU,
// and run on the server's own thread it would stall every other request meanwhile (page loads,
// reads of shared links). Messages carry plain data only; the clock comes from the caller.
import { parentPort } from "node:worker_threads";
import { compareSources } from "@/lib/compare";
import { isInputError } from "@/lib/errors";
import type { EngineJob, EngineReply } from "./engine-pool";

parentPort?.on("message", (job: EngineJob) => {
  let reply: EngineReply;
  try {
    reply = { id: job.id, ok: true, comparison: compareSources(job.inputs, { now: () => new Date(job.now) }) };
  } catch (error) {
    reply = isInputError(error)
      ? { id: job.id, ok: false, inputError: { code: error.code, message: error.message, sourceIndex: error.sourceIndex } }
      : { id: job.id, ok: false, failure: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
