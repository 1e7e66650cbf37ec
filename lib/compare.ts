import { defaultEngine } from "./engine/default-engine";
import type { CompareOptions } from "./engine/create-engine";
import type { Comparison, EngineDeps, SourceInput } from "./types";

// The default engine's compare, under the name the tests and scripts have long called it by.
export type { CompareOptions };

export function compareSources(inputs: readonly SourceInput[], deps: EngineDeps, options: CompareOptions = {}): Comparison {
  return defaultEngine.compare(inputs, deps, options);
}
