import { describe, expect, it } from "vitest";
import { InputError } from "../../lib/errors";
import { parseEvalArgs } from "./parse-eval-args";

describe("parseEvalArgs", () => {
  it("reads one case, with or without an article folder", () => {
    expect(parseEvalArgs(["g.json", "dir"])).toEqual({ mode: "one", goldPath: "g.json", articleDir: "dir" });
    expect(parseEvalArgs(["--", "g.json"])).toEqual({ mode: "one", goldPath: "g.json", articleDir: null });
  });

  it("reads --all and --help", () => {
    expect(parseEvalArgs(["--all"])).toEqual({ mode: "all" });
    expect(parseEvalArgs(["g.json", "-h"])).toEqual({ mode: "help" });
  });

  it("takes a gold file that starts with a dash after --", () => {
    expect(parseEvalArgs(["--", "-g.json"])).toEqual({ mode: "one", goldPath: "-g.json", articleDir: null });
  });

  it.each([[[]], [["--bogus"]], [["-x", "g.json"]], [["--all=yes"]], [["--all", "g.json"]], [["g.json", "d", "extra"]], [["notes.txt"]]])(
    "rejects %j as the user's mistake",
    (argv) => {
      expect(() => parseEvalArgs(argv)).toThrow(InputError);
    },
  );
});
