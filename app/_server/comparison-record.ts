// What is stored for a fresh comparison: the id set inside it, and the title, outlet labels and
// cleaned text derived from it by the export describer. Deciding that is the server's; the store
// below only writes the record it is given (lib/store/comparison-store.ts).
import { describeEvent, labelSource, readCleanedText } from "@/lib/export/describe-comparison";
import type { ComparisonRecord } from "@/lib/store/store-types";
import type { Comparison, SourceInput } from "@/lib/types";

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
