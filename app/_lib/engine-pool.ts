// Runs the engine off the request thread, one job at a time per worker. A worker that dies (out
// of memory, a bug) is replaced and its job fails with a server error; a job past its time
// budget has its worker stopped, so one pathological input cannot hold a core for good.
// Waiting jobs are served one client at a time in turn, and one client may hold only a few of
// the waiting places, so a client that sends many jobs cannot fill the queue for everyone.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { InputError, type InputErrorCode } from "@/lib/errors";
import type { Comparison, ReviewEdit, SourceInput } from "@/lib/types";
import { createFairQueue } from "./fair-queue";

/** A comparison of sources, or an editor's edits applied to a comparison (a revision's save). */
export type EngineJob =
  | { kind: "compare"; id: number; inputs: SourceInput[]; now: string; facts?: boolean }
  | { kind: "revise"; id: number; comparison: Comparison; edits: ReviewEdit[]; editor: string | null; now: string };
export type EngineReply =
  | { id: number; ok: true; comparison: Comparison }
  | { id: number; ok: false; inputError: { code: InputErrorCode; message: string; sourceIndex: number | null } }
  | { id: number; ok: false; failure: string };

export class EngineTimeoutError extends Error {}
/** The queue is full: answered at once instead of holding the request and its text in memory. */
export class EngineBusyError extends Error {}

/** Well above the worst case the input limits allow on a 2-core machine (about 30 s). */
const JOB_TIMEOUT_MS = 120_000;
/** A review of 2,000 edits takes at most a few seconds (decision 0055); past this it is stopped. */
const REVISE_TIMEOUT_MS = 30_000;
/** Jobs waiting for a worker; each holds up to 8 MB of article text. */
const MAX_QUEUE = 32;

/** Waiting places one client may hold: a quarter of the queue, at least two. */
export function maxWaitingPerClient(maxQueue: number): number {
  return Math.max(2, Math.floor(maxQueue / 4));
}

/**
 * Inside a Next.js server (NEXT_RUNTIME is set) the worker is a chunk the bundler built. Run
 * from source (the route tests under Vitest) there is no bundle and Node cannot start a
 * TypeScript worker, so callers run the engine in process instead.
 */
export const ENGINE_WORKER_BUILT = process.env.NEXT_RUNTIME === "nodejs";

interface Pending { job: EngineJob; client: string; timeoutMs: number; resolve: (c: Comparison) => void; reject: (e: Error) => void }
interface Slot { worker: Worker; busy: Pending | null; timer: NodeJS.Timeout | null }

// The bundler finds the worker's entry by this literal expression; any other form of
// `new Worker(...)` in this module makes it trace the whole project as possible entries.
function startEngineWorker(): Worker {
  return new Worker(new URL("./engine-worker.ts", import.meta.url));
}

export interface EnginePoolOptions {
  size?: number;
  timeoutMs?: number;
  /** The time budget of a "revise" job. */
  reviseTimeoutMs?: number;
  maxQueue?: number;
  /** Waiting jobs one client may hold; maxWaitingPerClient(maxQueue) unless given. */
  maxPerClient?: number;
  /** Starts a worker; tests give a small stand-in to exercise the pool itself. */
  startWorker?: () => Worker;
}

export function createEnginePool({
  size = Math.max(1, availableParallelism() - 1),
  timeoutMs = JOB_TIMEOUT_MS,
  reviseTimeoutMs = REVISE_TIMEOUT_MS,
  maxQueue = MAX_QUEUE,
  maxPerClient = maxWaitingPerClient(maxQueue),
  startWorker = startEngineWorker,
}: EnginePoolOptions = {}) {
  const queue = createFairQueue<Pending>();
  const slots: Slot[] = [];
  let nextId = 1;

  const spawn = (): Slot => {
    const slot: Slot = { worker: startWorker(), busy: null, timer: null };
    slot.worker.on("message", (reply: EngineReply) => settle(slot, reply));
    slot.worker.on("error", (error) => fail(slot, error));
    slot.worker.on("exit", () => fail(slot, new Error("The engine stopped unexpectedly.")));
    slot.worker.unref();
    return slot;
  };
  const finish = (slot: Slot): Pending | null => {
    const pending = slot.busy;
    slot.busy = null;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    return pending;
  };
  const settle = (slot: Slot, reply: EngineReply) => {
    const pending = finish(slot);
    if (pending && reply.id === pending.job.id) {
      if (reply.ok) pending.resolve(reply.comparison);
      else if ("inputError" in reply) pending.reject(new InputError(reply.inputError.code, reply.inputError.message, reply.inputError.sourceIndex));
      else pending.reject(new Error(reply.failure));
    }
    pump();
  };
  const fail = (slot: Slot, error: Error) => {
    const index = slots.indexOf(slot);
    if (index < 0) return; // already replaced
    slots.splice(index, 1);
    finish(slot)?.reject(error);
    void slot.worker.terminate();
    pump();
  };
  const pump = () => {
    while (queue.size() > 0) {
      let slot = slots.find((s) => !s.busy);
      if (!slot && slots.length < size) slots.push((slot = spawn()));
      if (!slot) return;
      const pending = queue.take()!;
      slot.busy = pending;
      const running = slot;
      const what = pending.job.kind === "revise" ? "review" : "comparison";
      slot.timer = setTimeout(() => fail(running, new EngineTimeoutError(`The ${what} took too long.`)), pending.timeoutMs);
      slot.worker.postMessage(pending.job);
    }
  };

  return {
    /** `client` names who asked (their address); jobs of one client share one turn. */
    /** `facts`: make the comparison in contract version 2 (app/_lib/contract-version.ts). */
    run(inputs: SourceInput[], now: Date, client = "unknown", { facts = false }: { facts?: boolean } = {}): Promise<Comparison> {
      return new Promise((resolve, reject) => {
        if (queue.size() >= maxQueue) return reject(new EngineBusyError("Too many comparisons are waiting."));
        if (queue.sizeOf(client) >= maxPerClient) return reject(new EngineBusyError("Too many of your comparisons are waiting."));
        queue.put(client, { job: { kind: "compare", id: nextId++, inputs, now: now.toISOString(), facts }, client, timeoutMs, resolve, reject });
        pump();
      });
    },
    /** Applies an editor's edits off the request thread, within the review's time budget. */
    revise(comparison: Comparison, edits: ReviewEdit[], meta: { now: Date; editor: string | null; client?: string }): Promise<Comparison> {
      const client = meta.client ?? "unknown";
      return new Promise((resolve, reject) => {
        if (queue.size() >= maxQueue) return reject(new EngineBusyError("Too many jobs are waiting."));
        if (queue.sizeOf(client) >= maxPerClient) return reject(new EngineBusyError("Too many of your jobs are waiting."));
        const job: EngineJob = { kind: "revise", id: nextId++, comparison, edits, editor: meta.editor, now: meta.now.toISOString() };
        queue.put(client, { job, client, timeoutMs: reviseTimeoutMs, resolve, reject });
        pump();
      });
    },
  };
}

let shared: ReturnType<typeof createEnginePool> | null = null;

/** The server's pool, started on first use. */
export function getEnginePool(): ReturnType<typeof createEnginePool> {
  shared ??= createEnginePool();
  return shared;
}
