// Which contract version new comparisons are made in (../shared/contract.md). Version 2 (a
// group is one fact, sentences may state several) is the default; an operator can still set 1
// (one group per sentence). Stored comparisons keep the version they were made in either way.
// Read once at the edge (API, /new, seed, CLI) and handed to the engine as its `facts` option.
import type { ContractVersion } from "@/lib/types";

export const CONTRACT_VERSION_VARIABLE = "PARALLAX_CONTRACT_VERSION";

/** "1" or "2"; unset or blank is 2. Anything else is refused, so a typo cannot pass silently. */
export function readContractVersion(env: Readonly<Record<string, string | undefined>>): ContractVersion {
  const value = env[CONTRACT_VERSION_VARIABLE]?.trim() ?? "";
  if (value === "1") return 1;
  if (value === "" || value === "2") return 2;
  throw new Error(`${CONTRACT_VERSION_VARIABLE} must be 1 or 2 (it is "${value}")`);
}
