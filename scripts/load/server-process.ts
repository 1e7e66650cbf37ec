// Starts the production build (scripts/serve.mjs: `next start` plus the socket's address) as a
// child process on a free loopback port with a database of its own, for the load and crash
// scripts. The child leads its own process group, so stop() and kill() reach it and anything
// it spawned, and nothing else.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

export interface ServerProcess {
  url: string;
  pid: number;
  /** SIGTERM, then wait for the exit. */
  stop(): Promise<void>;
  /** SIGKILL: no chance to flush or close anything, as in a power cut. */
  kill(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export async function startServer(dbFile: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  if (!existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) throw new Error("No production build: run `npx next build` first.");
  const port = await freePort();
  const child = spawn(process.execPath, [path.join("scripts", "serve.mjs"), "-H", "127.0.0.1", "-p", String(port)], {
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
    // Always the embedded database named here (so the scripts can count it) and no rate limit.
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), DATABASE_URL: "", PARALLAX_RATE_LIMIT: "", PARALLAX_DB_FILE: dbFile, ...env },
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => void (stderr = (stderr + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  await waitUntilUp(url, child, () => stderr);
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, name);
    await exited;
  };
  return { url, pid: child.pid!, stop: () => signal("SIGTERM"), kill: () => signal("SIGKILL") };
}

async function waitUntilUp(url: string, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited (${child.exitCode}): ${stderr()}`);
    try {
      const response = await fetch(`${url}/api/comparisons/seed-belarus-kgb-talks`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  process.kill(-child.pid!, "SIGKILL");
  throw new Error(`The server did not answer within 60 s: ${stderr()}`);
}
