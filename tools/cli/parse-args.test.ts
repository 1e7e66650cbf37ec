import { describe, expect, it } from "vitest";
import { InputError } from "../../lib/errors";
import { formatFromName, parseArgs } from "./parse-args";

describe("parseArgs (compare)", () => {
  it("reads articles with --json and --title-from-first-line in any order", () => {
    expect(parseArgs(["a.txt", "--json", "b.md", "--title-from-first-line"])).toEqual({ mode: "compare", json: true, titleFromFirstLine: true, inputs: ["a.txt", "b.md"] });
    expect(parseArgs(["a.txt", "b.txt"])).toEqual({ mode: "compare", json: false, titleFromFirstLine: false, inputs: ["a.txt", "b.txt"] });
  });

  it("reads pair mode and help", () => {
    expect(parseArgs(["--pairs", "p.tsv"])).toEqual({ mode: "pairs", file: "p.tsv" });
    expect(parseArgs(["--pairs=p.tsv"])).toEqual({ mode: "pairs", file: "p.tsv" });
    expect(parseArgs(["a.txt", "--help"])).toEqual({ mode: "help" });
    expect(parseArgs(["-h"])).toEqual({ mode: "help" });
  });

  it.each([
    [[], /^no articles given\nusage:/],
    [["--json"], /^no articles given\nusage:/],
    [["--frobnicate", "a.txt"], /^unknown option --frobnicate\nusage:/],
    [["--pairs"], /^--pairs needs a FILE\.tsv$/],
    [["--pairs", "p.tsv", "a.txt"], /^--pairs takes one FILE\.tsv and no other files$/],
    [["--json=no", "a.txt"], /^--json takes no value/],
  ])("rejects %j as the user's mistake", (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(InputError);
    expect(() => parseArgs(argv)).toThrow(message);
  });

  it("names the format a file's extension implies", () => {
    expect(["a.TXT", "b.markdown", "c.htm", "d.pdf"].map(formatFromName)).toEqual(["text", "markdown", "html", null]);
  });
});
