import { describe, expect, it } from "vitest";
import { readContractVersion } from "./contract-version";

describe("readContractVersion", () => {
  it("is 2 when unset or blank: new comparisons state facts", () => {
    expect(readContractVersion({})).toBe(2);
    expect(readContractVersion({ PARALLAX_CONTRACT_VERSION: "  " })).toBe(2);
  });

  it("reads 1 and 2", () => {
    expect(readContractVersion({ PARALLAX_CONTRACT_VERSION: "1" })).toBe(1);
    expect(readContractVersion({ PARALLAX_CONTRACT_VERSION: " 2 " })).toBe(2);
  });

  it("refuses anything else, naming the variable", () => {
    for (const value of ["3", "v2", "two", "2.0"]) {
      expect(() => readContractVersion({ PARALLAX_CONTRACT_VERSION: value })).toThrow(/PARALLAX_CONTRACT_VERSION must be 1 or 2/);
    }
  });
});
