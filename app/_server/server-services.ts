// What the use cases reach outside themselves: the database, the clock, ids, the fetcher and
// the engine's worker pool. Passed in, so the API tests can hand them a database of their
// choice, a fixed clock or the engine in process; pages use the defaults (app/_lib/store.ts).
import type { PageFetcher } from "@/lib/fetch/resolve-sources";
import type { SqlDriver } from "@/lib/store/store-types";
import type { Comparison, ContractVersion, ReviewEdit, SourceInput } from "@/lib/types";

/** Applies a review's edits; the server runs them in the engine's worker pool, under a time budget. */
export type ReviewRunner = (base: Comparison, edits: ReviewEdit[], meta: { now: Date; editor: string | null; client?: string }) => Promise<Comparison>;

export interface ServerServices {
  openStore: () => Promise<SqlDriver>;
  fetchSource: PageFetcher;
  now: () => Date;
  newId: () => string;
  engineVersion: string;
  /**
   * Runs the engine; the server uses a worker pool, tests may leave it out to run in process.
   * `client` is the caller's key (clientKeyOf): the pool serves clients in turn.
   */
  runEngine?: (inputs: SourceInput[], now: Date, client: string, options: { facts: boolean }) => Promise<Comparison>;
  /** The contract version new comparisons are made in (PARALLAX_CONTRACT_VERSION); absent: 2. */
  contractVersion?: ContractVersion;
  /** Applies a review's edits; the server uses the same pool (a "revise" job), tests run it in process. */
  runReview?: ReviewRunner;
  /** A fresh edit key for a new comparison; absent: 32 bytes from node:crypto. */
  newEditKey?: () => string;
}
