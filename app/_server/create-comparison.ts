// The "create a comparison" use case: fetch what was given as URLs, run the engine, and store
// the result under a fresh id together with its edit key's hash and, if asked, its listing.
// The stored JSON text is returned as written, so the creator receives byte for byte what GET
// returns later. The key itself is returned once: only its hash is stored (docs/decisions/0070).
import { defaultEngine } from "@/lib/engine/default-engine";
import { describeEvent, labelSource } from "@/lib/comparison/name-comparison";
import { readCleanedText } from "@/lib/export/index-comparison";
import { resolveSources, type SourceRequest } from "@/lib/fetch/resolve-sources";
import { findComparison, insertComparison, markComparisonListed } from "@/lib/store/comparison-store";
import { insertEditKey, nameKeyHolder } from "@/lib/store/edit-key-store";
import { stripBidiControls, stripControlChars } from "@/lib/text/plain-text";
import type { ComparisonRecord, SqlDriver, StoredComparison } from "@/lib/store/store-types";
import type { Comparison, SourceInput } from "@/lib/types";
import { hashEditKey, newEditKey } from "@/app/_lib/edit-keys";
import type { ServerServices } from "./server-services";

const MAX_ID_ATTEMPTS = 3;

export interface CreateComparisonRequest {
  sources: SourceRequest[];
  listed: boolean;
  /** The event title the creator typed; absent or blank: one derived from the shared facts. */
  title?: string;
  /** The client's key gives it its fair share of the engine's queue. */
  client: string;
}

export interface CreatedComparison {
  stored: StoredComparison;
  editKey: string;
}

export async function createComparison(services: ServerServices, request: CreateComparisonRequest): Promise<CreatedComparison> {
  const inputs = await resolveSources(request.sources, services.fetchSource);
  const facts = services.contractVersion !== 1;
  const comparison = await (services.runEngine ?? runInProcess)(inputs, services.now(), request.client, { facts });
  const editKey = (services.newEditKey ?? newEditKey)();
  const stored = await storeComparison(await services.openStore(), { inputs, comparison, editKey, listed: request.listed, title: readGivenTitle(request.title) }, services);
  return { stored, editKey };
}

async function runInProcess(inputs: SourceInput[], now: Date, _client: string, options: { facts: boolean }): Promise<Comparison> {
  return defaultEngine.compare(inputs, { now: () => now }, options);
}

interface NewComparison {
  inputs: SourceInput[];
  comparison: Comparison;
  editKey: string;
  listed: boolean;
  title: string | null;
}

/** The creator's event title without control characters (0065); blank means none given. */
function readGivenTitle(title: string | undefined): string | null {
  return stripBidiControls(stripControlChars(title ?? "")).replace(/\s+/g, " ").trim() || null;
}

/** The comparison, its key's hash and its listing go in together, or none of them does. */
async function storeComparison(store: SqlDriver, fresh: NewComparison, services: ServerServices): Promise<StoredComparison> {
  const keyHash = hashEditKey(fresh.editKey);
  for (let attempt = 1; ; attempt++) {
    const id = services.newId();
    try {
      return await store.transaction(async (tx) => {
        const record = buildComparisonRecord(id, fresh.inputs, fresh.comparison, services.engineVersion);
        const stored = await insertComparison(tx, fresh.title ? { ...record, title: fresh.title } : record);
        await insertEditKey(tx, { comparisonId: id, keyHash, holder: nameKeyHolder(keyHash), issuedAt: services.now().toISOString() });
        if (fresh.listed) await markComparisonListed(tx, id, stored.createdAt);
        return stored;
      });
    } catch (error) {
      // A taken id (about one chance in 2^100) gets a fresh one; any other failure is real.
      if (attempt >= MAX_ID_ATTEMPTS || !(await findComparison(store, id))) throw error;
    }
  }
}

/** What is stored for a fresh comparison: the id set inside it; title, outlet labels and cleaned text derived. */
export function buildComparisonRecord(id: string, inputs: SourceInput[], comparison: Comparison, engineVersion: string): ComparisonRecord {
  const stored: Comparison = { ...comparison, id };
  return {
    id,
    createdAt: stored.createdAt,
    engineVersion,
    title: describeEvent(stored),
    outlets: stored.sources.map(labelSource),
    inputs,
    cleaned: stored.sources.map((source) => ({ sourceId: source.id, text: readCleanedText(source) })),
    comparison: stored,
  };
}
