import { parseArgs, type ParseArgsConfig } from "node:util";
import { InputError } from "../../lib/errors";

// util.parseArgs for the tools' command lines, with its errors turned into the user's mistakes:
// an InputError whose message ends in the command's usage, so the edge prints it and exits 2
// instead of showing a TypeError's stack. Parsed loosely, then checked token by token, because
// strict mode's errors name no usage and read as our fault.

export type OptionSpecs = NonNullable<ParseArgsConfig["options"]>;

export interface CommandLine {
  /** True when --help or -h appears anywhere: the usage wins over any other mistake. */
  help: boolean;
  flags: ReadonlySet<string>;
  strings: ReadonlyMap<string, string>;
  positionals: readonly string[];
}

export interface CommandLineSpec {
  options: OptionSpecs;
  usage: string;
  /** What a string option's value is, for its "needs" message ("a FILE.tsv"). */
  valueNames?: Readonly<Record<string, string>>;
}

export function readCommandLine(argv: readonly string[], spec: CommandLineSpec): CommandLine {
  const options: OptionSpecs = { ...spec.options, help: { type: "boolean", short: "h" } };
  const { tokens, positionals } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
  const flags = new Set<string>();
  const strings = new Map<string, string>();
  if (tokens.some((t) => t.kind === "option" && t.name === "help")) return { help: true, flags, strings, positionals };
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const type = options[token.name]?.type;
    if (!type) throw new InputError("invalid", `unknown option ${token.rawName}\n${spec.usage}`);
    if (type === "boolean") {
      if (token.value !== undefined) throw new InputError("invalid", `${token.rawName} takes no value\n${spec.usage}`);
      flags.add(token.name);
    } else if (token.value === undefined || token.value === "") {
      throw new InputError("invalid", `${token.rawName} needs ${spec.valueNames?.[token.name] ?? "a value"}`);
    } else strings.set(token.name, token.value);
  }
  return { help: false, flags, strings, positionals };
}
