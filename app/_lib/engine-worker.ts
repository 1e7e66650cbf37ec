// The engine in a worker thread: the comparison of a dozen long articles takes seconds of CPU,
// and run on the server's own thread it would stall every other request meanwhile (page loads,
// reads of shared links). So does applying a long review's edits. Messages carry plain data
// only; the clock comes from the caller.
import { parentPort } from "node:worker_threads";
import type { EngineJob } from "./engine-pool";
import { answerEngineJob } from "./run-engine-job";

parentPort?.on("message", (job: EngineJob) => {
  parentPort?.postMessage(answerEngineJob(job));
});
