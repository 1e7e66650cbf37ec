import { parseArgs } from "node:util";

// The command lines of the load, crash and several-instances scripts: numeric options with a
// default, and on/off flags. Strict, so a misspelt option stops the run instead of being ignored
// and a long test running with its defaults.

export type ReadOptions<N extends string, F extends string> = Record<N, number> & Record<F, boolean>;

export function readOptions<N extends string, F extends string = never>(
  numbers: Readonly<Record<N, number>>,
  flags: readonly F[] = [],
  argv: readonly string[] = process.argv.slice(2),
): ReadOptions<N, F> {
  const names = Object.keys(numbers) as N[];
  const options = Object.fromEntries([...names.map((n) => [n, { type: "string" }]), ...flags.map((f) => [f, { type: "boolean" }])]) as Record<string, { type: "string" | "boolean" }>;
  const { values } = parseArgs({ args: [...argv], options, strict: true, allowPositionals: false });
  const read: Record<string, number | boolean> = {};
  for (const name of names) {
    const given = values[name];
    const value = typeof given === "string" ? Number(given) : numbers[name];
    if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`);
    read[name] = value;
  }
  for (const flag of flags) read[flag] = values[flag] === true;
  return read as ReadOptions<N, F>;
}
