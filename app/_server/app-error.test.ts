import { describe, expect, it } from "vitest";
import { EngineBusyError, EngineTimeoutError } from "@/app/_lib/engine-pool";
import { InputError } from "@/lib/errors";
import { FetchError } from "@/lib/fetch/fetch-error";
import { APP_ERROR_STATUS, AppError, toAppError } from "./app-error";

// The statuses the API has always answered; changing one is a change of the public contract.
const WIRE: readonly [string, number][] = [
  ["invalid-request", 400],
  ["invalid-json", 400],
  ["invalid-format", 400],
  ["edit-key-required", 401],
  ["edit-key-wrong", 403],
  ["not-found", 404],
  ["no-comparison", 404],
  ["no-revision", 404],
  ["hidden", 410],
  ["too-large", 413],
  ["too-few-sources", 422],
  ["url-blocked", 422],
  ["invalid-result", 422],
  ["rate-limited", 429],
  ["busy", 503],
  ["engine-busy", 503],
  ["engine-timeout", 503],
];

describe("AppError", () => {
  it("takes its status from the one code → status table", () => {
    for (const [code, status] of WIRE) expect([code, new AppError(code as keyof typeof APP_ERROR_STATUS, "m").status]).toEqual([code, status]);
  });

  it("turns the lower layers' errors into AppErrors with their code and source", () => {
    const input = toAppError(new InputError("too-large", "big", 2));
    expect([input?.code, input?.status, input?.sourceIndex]).toEqual(["too-large", 413, 2]);
    const fetched = toAppError(new FetchError("url-timeout", "slow", 1));
    expect([fetched?.code, fetched?.status, fetched?.sourceIndex]).toEqual(["url-timeout", 422, 1]);
  });

  it("words the engine pool's refusals for what was being done", () => {
    const busy = toAppError(new EngineBusyError("full"));
    expect([busy?.code, busy?.status, busy?.headers["retry-after"]]).toEqual(["engine-busy", 503, "5"]);
    expect(busy?.message).toMatch(/comparisons are being made/);
    expect(toAppError(new EngineTimeoutError("late"), "review")?.message).toMatch(/Applying the changes took too long/);
  });

  it("leaves our own faults alone (a 500, logged)", () => {
    expect(toAppError(new Error("bug"))).toBeNull();
  });
});
