import { describe, expect, it } from "vitest";
import { InputError } from "../../lib/errors";
import { readCommandLine, type CommandLineSpec } from "./read-command-line";

const spec: CommandLineSpec = {
  options: { loud: { type: "boolean" }, out: { type: "string" } },
  usage: "usage: try [--loud] [--out FILE] NAME...",
  valueNames: { out: "a FILE" },
};

function mistakeOf(argv: string[]): string {
  try {
    readCommandLine(argv, spec);
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  throw new Error(`${JSON.stringify(argv)} was accepted`);
}

describe("readCommandLine", () => {
  it("reads flags, string values in both spellings and positionals", () => {
    const line = readCommandLine(["a", "--loud", "--out", "x.txt", "b"], spec);
    expect([...line.flags]).toEqual(["loud"]);
    expect(line.strings.get("out")).toBe("x.txt");
    expect(line.positionals).toEqual(["a", "b"]);
    expect(readCommandLine(["--out=y.txt"], spec).strings.get("out")).toBe("y.txt");
  });

  it("takes everything after -- as a positional, dashes and all", () => {
    expect(readCommandLine(["--", "--loud", "-x"], spec)).toMatchObject({ help: false, positionals: ["--loud", "-x"] });
    expect(readCommandLine(["--", "--loud"], spec).flags.size).toBe(0);
  });

  it("lets --help or -h win over any other mistake", () => {
    expect(readCommandLine(["--bogus", "-h"], spec).help).toBe(true);
    expect(readCommandLine(["--out", "--help"], spec).help).toBe(false);
  });

  it.each([
    [["--bogus"], /^unknown option --bogus\nusage: try/],
    [["-x", "a"], /^unknown option -x\nusage: try/],
    [["--loud=yes"], /^--loud takes no value\nusage: try/],
    [["--out"], /^--out needs a FILE$/],
    [["--out="], /^--out needs a FILE$/],
  ])("turns %j into the user's mistake with a clear message", (argv, message) => {
    expect(mistakeOf(argv)).toMatch(message);
  });
});
