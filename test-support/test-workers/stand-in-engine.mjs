// A stand-in for the engine worker, for the pool's own tests: it answers by the first source's
// text (a review: by its first edit's text), so each test can ask for an answer, a user's
// mistake, a crash or a hang.
import { parentPort } from "node:worker_threads";

parentPort.on("message", (job) => {
  const text = (job.kind === "revise" ? job.edits[0]?.text : job.inputs[0]?.text) ?? "";
  if (text === "crash") process.exit(1);
  if (text === "hang") return;
  if (text === "empty") {
    parentPort.postMessage({ id: job.id, ok: false, inputError: { code: "empty", message: "Source 1 is empty.", sourceIndex: 0 } });
    return;
  }
  parentPort.postMessage({ id: job.id, ok: true, comparison: { version: 1, createdAt: job.now, echo: text, kind: job.kind } });
});
