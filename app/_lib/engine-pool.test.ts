import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { InputError } from "@/lib/errors";
import { createEnginePool, EngineBusyError, EngineTimeoutError, maxWaitingPerClient } from "./engine-pool";

// The pool's bookkeeping, with a stand-in worker; the real engine worker runs behind every
// browser and load test against the built server.
const workerUrl = new URL("../../test-support/test-workers/stand-in-engine.mjs", import.meta.url);
const job = (text: string) => [{ text }, { text: "second" }];
const now = new Date("2031-01-02T03:04:05Z");
const pool = (timeoutMs = 5_000) => createEnginePool({ size: 1, timeoutMs, startWorker: () => new Worker(workerUrl) });

describe("createEnginePool", () => {
  it("answers jobs in order through one worker, passing the caller's clock", async () => {
    const p = pool();
    const answers = await Promise.all(["a", "b", "c"].map((t) => p.run(job(t), now)));
    expect(answers.map((a) => (a as unknown as { echo: string }).echo)).toEqual(["a", "b", "c"]);
    expect(answers[0]!.createdAt).toBe(now.toISOString());
  });

  it("turns the worker's input errors back into InputError", async () => {
    const error = await pool().run(job("empty"), now).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: "empty", sourceIndex: 0 });
  });

  it("fails the job of a worker that dies and keeps serving with a new one", async () => {
    const p = pool();
    await expect(p.run(job("crash"), now)).rejects.toThrow("stopped unexpectedly");
    await expect(p.run(job("after"), now)).resolves.toMatchObject({ echo: "after" });
  });

  it("turns new jobs away at once while the queue is full", async () => {
    const p = createEnginePool({ size: 1, timeoutMs: 300, maxQueue: 1, startWorker: () => new Worker(workerUrl) });
    const running = p.run(job("hang"), now).catch((e: unknown) => e);
    const waiting = p.run(job("queued"), now);
    await expect(p.run(job("one too many"), now)).rejects.toBeInstanceOf(EngineBusyError);
    expect(await running).toBeInstanceOf(EngineTimeoutError);
    await expect(waiting).resolves.toMatchObject({ echo: "queued" });
  });

  it("runs a review as its own kind of job, under its own time budget", async () => {
    const p = createEnginePool({ size: 1, timeoutMs: 5_000, reviseTimeoutMs: 1_000, startWorker: () => new Worker(workerUrl) });
    const review = (text: string) => p.revise({ version: 1 } as never, [{ op: "summary", text }], { now, editor: null });
    // Start the worker under the compare budget first: on a loaded CI machine its start-up alone
    // can outlast a short review budget, and start-up is not what this test measures.
    await expect(p.run(job("warm"), now)).resolves.toMatchObject({ echo: "warm" });
    await expect(review("checked")).resolves.toMatchObject({ echo: "checked", kind: "revise", createdAt: now.toISOString() });
    const started = Date.now();
    const stopped = await review("hang").catch((e: unknown) => e);
    expect(stopped).toBeInstanceOf(EngineTimeoutError);
    expect((stopped as Error).message).toBe("The review took too long.");
    expect(Date.now() - started).toBeLessThan(3_000);
    await expect(p.run(job("after"), now)).resolves.toMatchObject({ echo: "after", kind: "compare" });
  });

  it("stops a job past its time budget and keeps serving", async () => {
    const p = pool(300);
    await expect(p.run(job("hang"), now)).rejects.toBeInstanceOf(EngineTimeoutError);
    await expect(p.run(job("next"), now)).resolves.toMatchObject({ echo: "next" });
  });

  // Issue 3: 33 requests from one client once filled the queue and locked everyone out.
  it("gives each client a few waiting places and serves clients in turn", async () => {
    const p = createEnginePool({ size: 1, timeoutMs: 300, maxQueue: 8, startWorker: () => new Worker(workerUrl) });
    expect(maxWaitingPerClient(8)).toBe(2);
    const order: string[] = [];
    const track = (text: string, client: string) => p.run(job(text), now, client).then((c) => order.push((c as unknown as { echo: string }).echo));
    const running = p.run(job("hang"), now, "greedy").catch((e: unknown) => e);
    const greedy = [track("greedy 1", "greedy"), track("greedy 2", "greedy")];
    await expect(p.run(job("greedy 3"), now, "greedy")).rejects.toBeInstanceOf(EngineBusyError);
    const other = track("other 1", "other");
    expect(await running).toBeInstanceOf(EngineTimeoutError);
    await Promise.all([...greedy, other]);
    expect(order).toEqual(["greedy 1", "other 1", "greedy 2"]);
  });

  it("still turns everyone away when the whole queue is full", async () => {
    const p = createEnginePool({ size: 1, timeoutMs: 300, maxQueue: 2, maxPerClient: 2, startWorker: () => new Worker(workerUrl) });
    const running = p.run(job("hang"), now, "a").catch((e: unknown) => e);
    const waiting = [p.run(job("a1"), now, "a"), p.run(job("b1"), now, "b")];
    await expect(p.run(job("c1"), now, "c")).rejects.toBeInstanceOf(EngineBusyError);
    expect(await running).toBeInstanceOf(EngineTimeoutError);
    await expect(Promise.all(waiting)).resolves.toHaveLength(2);
  });
});
