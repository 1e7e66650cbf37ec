// The command line as a user runs it: real process, real files, exit codes of the contract.
import { spawn, spawnSync } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "./eval-cases";

const dir = mkdtempSync(join(tmpdir(), "parallax-cli-"));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const CLI = ["--import", "tsx", join(PROJECT_ROOT, "tools/compare.ts")];
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [...CLI, ...args], { cwd: PROJECT_ROOT, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
// The loopback server below lives in this process, so the CLI must run asynchronously here.
const runAsync = (env: Record<string, string>, ...args: string[]) =>
  new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
    const child = spawn(process.execPath, [...CLI, ...args], { cwd: PROJECT_ROOT, env: { ...process.env, ...env } });
    let out = "", err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("close", (code) => resolve({ code, out, err }));
  });
const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

const wire = file("wire.txt", "Storm Halvard closed the Pellan bridge on Tuesday, the roads agency said.\n\nThe agency expects the bridge to reopen in March.\n");
const rewrite = file("rewrite.md", "# Pellan bridge shut\n\nThe Pellan bridge was closed on Tuesday after Storm Halvard, the roads agency said.\n\nIt should reopen in April, the agency said.\n");

describe("compare CLI", () => {
  it("prints one Comparison as JSON with --json and exits 0", () => {
    const r = run("--json", wire, rewrite);
    expect(r.code).toBe(0);
    const c = JSON.parse(r.out);
    expect(c.version).toBe(2);
    expect(c.sources).toHaveLength(2);
    expect(c.groups.some((g: { kind: string }) => g.kind !== "unique")).toBe(true);
  });

  it("makes version 1 with PARALLAX_CONTRACT_VERSION=1 and refuses another value with exit 2", async () => {
    const v1 = await runAsync({ PARALLAX_CONTRACT_VERSION: "1" }, "--json", wire, rewrite);
    expect(v1.code).toBe(0);
    expect(JSON.parse(v1.out).version).toBe(1);
    const bad = await runAsync({ PARALLAX_CONTRACT_VERSION: "3" }, "--json", wire, rewrite);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/PARALLAX_CONTRACT_VERSION must be 1 or 2/);
    noStack(bad.err);
  });

  it("prints a readable report without --json", () => {
    const r = run(wire, rewrite);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Parallax comparison of 2 sources/);
    expect(r.out).toMatch(/CONFLICTS|SHARED/);
  });

  it.each([
    ["no arguments", [] as string[], /no articles given/],
    ["one source", ["WIRE"], /at least 2 sources/],
    ["an unknown option", ["--frobnicate", "WIRE", "REWRITE"], /unknown option/],
    ["a missing file", ["WIRE", join(dir, "nope.txt")], /no such file/],
    ["an unsupported file type", ["WIRE", "PDF"], /only \.txt, \.md and \.html/],
    ["an empty file", ["WIRE", "EMPTY"], /Source 2/],
    ["binary bytes", ["WIRE", "BINARY"], /Source 2/],
    ["a 5 MB article", ["HUGE", "WIRE"], /Source 1.*MB/],
  ])("exits 2 with a clear message on %s", (_, args, message) => {
    const paths: Record<string, string> = {
      WIRE: wire,
      REWRITE: rewrite,
      PDF: file("paper.pdf", "%PDF-1.4"),
      EMPTY: file("empty.txt", ""),
      BINARY: file("binary.txt", Buffer.from(Array.from({ length: 4000 }, (_, k) => (k * 7) % 256))),
      HUGE: file("huge.txt", "The council met again and voted on the budget. ".repeat(110_000)),
    };
    const r = run(...args.map((a) => paths[a] ?? a));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    noStack(r.err);
  });

  it("processes an article in Russian with a warning", () => {
    const russian = file("ru.txt", "Мост Пеллан закрыли во вторник после шторма. Агентство ожидает, что мост откроют в марте.\n");
    const r = run("--json", wire, russian);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).warnings.join(" ")).toMatch(/source s2 .*not English/);
  });

  it("compares sentence pairs in pair mode, one line per pair", () => {
    const tsv = file("pairs.tsv", "Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n1\t1\t2\tThe mayor closed the bridge on Tuesday.\tOn Tuesday the mayor shut the bridge.\n0\t3\t4\tThe ferry sank near the port.\tThe council approved a new budget for schools.\n");
    const r = run("--pairs", tsv);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split("\n").map((l) => l.split("\t"));
    expect(lines).toHaveLength(2);
    expect(lines[0]?.slice(0, 3)).toEqual(["1", "2", "shared"]);
    expect(lines[1]?.slice(0, 3)).toEqual(["3", "4", "unique"]);
  });

  it("fetches an article from a URL when the fetcher allows the address", async () => {
    const page = "<html><head><title>Pellan bridge shut</title></head><body><article><p>The Pellan bridge was closed on Tuesday after Storm Halvard, the roads agency said.</p><p>It should reopen in April, the agency said.</p></article></body></html>";
    const server = createServer((_, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page));
    await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/story.html`;
    try {
      const allowed = await runAsync({ PARALLAX_ALLOW_PRIVATE_FETCH: "1" }, "--json", wire, url);
      expect(allowed.code).toBe(0);
      expect(JSON.parse(allowed.out).sources[1].url).toBe(url);
      const refused = await runAsync({ PARALLAX_ALLOW_PRIVATE_FETCH: "" }, wire, url);
      expect(refused.code).toBe(2);
      expect(refused.err).toMatch(/Source 2: .*loopback/);
      noStack(refused.err);
    } finally {
      server.close();
    }
  });
});
