import { describe, expect, it } from "vitest";
import { readOptions } from "./read-options";

describe("readOptions (load, crash and several-instances scripts)", () => {
  it("keeps the defaults and reads the numbers and flags given", () => {
    expect(readOptions({ seconds: 10, readers: 8 }, ["if-built"], [])).toEqual({ seconds: 10, readers: 8, "if-built": false });
    expect(readOptions({ seconds: 10, readers: 8 }, ["if-built"], ["--if-built", "--seconds", "5", "--readers=2"])).toEqual({ seconds: 5, readers: 2, "if-built": true });
  });

  it.each([[["--seconds", "0"]], [["--seconds", "soon"]], [["--seconds=-3"]]])("refuses %j: a positive number is needed", (argv) => {
    expect(() => readOptions({ seconds: 10 }, [], argv)).toThrow("--seconds needs a positive number");
  });

  it("stops on a misspelt option or a stray argument instead of running with the defaults", () => {
    expect(() => readOptions({ seconds: 10 }, [], ["--second", "5"])).toThrow(/Unknown option '--second'/);
    expect(() => readOptions({ seconds: 10 }, [], ["5"])).toThrow(/Unexpected argument '5'/);
    expect(() => readOptions({ seconds: 10 }, [], ["--seconds"])).toThrow(/argument missing/);
  });
});
