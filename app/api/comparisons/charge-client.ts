// Per-client rate limits, charged by the route handlers before the work they pay for.
import { clientKeyOf, type RateKind } from "@/app/_lib/client-rate-limit";
import { AppError } from "@/app/_server/app-error";
import type { ApiServices } from "./api-services";

const CHARGED: Readonly<Record<RateKind, string>> = { creates: "comparisons", fetches: "web addresses fetched", revisions: "revisions saved", reads: "reads" };

/** Spends the client's tokens of `kind`, or refuses with 429 and Retry-After. */
export async function chargeClient(request: Request, services: ApiServices, kind: RateKind, cost: number): Promise<void> {
  if (!services.limiter || cost === 0) return;
  const result = await services.limiter.take(clientKeyOf(request), kind, cost);
  if (result.allowed) return;
  throw new AppError("rate-limited", `Too many ${CHARGED[kind]} from your address; try again in ${result.retryAfterSeconds} s.`, {
    headers: { "retry-after": String(result.retryAfterSeconds) },
  });
}
