import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RIVERTON_A, RIVERTON_B } from "@/test-support/store-test-articles";
import { getStore } from "@/app/_lib/store";
import { findComparison } from "@/lib/store/comparison-store";
import { GET } from "./[id]/route";
import { POST } from "./route";

// The route modules as Next.js runs them, with the app's own database wiring: the embedded
// SQLite file (PARALLAX_DB_FILE), or PostgreSQL when DATABASE_URL is set (scripts/with-postgres.sh).

const holder = globalThis as typeof globalThis & { parallaxStore?: Promise<{ close(): Promise<void> }> };
let dir: string;

async function restartStore(): Promise<void> {
  const store = holder.parallaxStore;
  holder.parallaxStore = undefined;
  await (await store)?.close();
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "parallax-route-"));
  process.env.PARALLAX_DB_FILE = path.join(dir, "data", "parallax.sqlite");
});

afterAll(async () => {
  await restartStore();
  rmSync(dir, { recursive: true, force: true });
});

describe(`the route handlers on ${process.env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : "the embedded database"}`, () => {
  it("create, then read back the same bytes after the store is reopened", async () => {
    const created = await POST(
      new Request("http://localhost:3000/api/comparisons", { method: "POST", body: JSON.stringify({ sources: [RIVERTON_A, RIVERTON_B] }) }),
    );
    expect(created.status).toBe(201);
    const text = await created.text();
    const { id, url } = JSON.parse(text) as { id: string; url: string };
    expect(url).toBe(`http://localhost:3000/c/${id}`);

    await restartStore();
    const read = await GET(new Request(`http://localhost:3000/api/comparisons/${id}`), { params: Promise.resolve({ id }) });
    expect(read.status).toBe(200);
    expect(await read.text()).toBe(text.slice(text.indexOf('"comparison":') + 13, -1));
  });

  it("stores the event title the creator gave, else a derived one, never a source's headline", async () => {
    const create = async (body: object) => {
      const answer = await POST(new Request("http://localhost:3000/api/comparisons", { method: "POST", body: JSON.stringify(body) }));
      expect(answer.status).toBe(201);
      return ((await answer.json()) as { id: string }).id;
    };
    const given = await create({ sources: [RIVERTON_A, RIVERTON_B], title: "  Riverton\u0007 bridge  vote " });
    expect((await findComparison(await getStore(), given))?.title).toBe("Riverton bridge vote");
    const headline = "A headline that takes one side";
    const derived = await create({ sources: [{ ...RIVERTON_A, title: headline }, RIVERTON_B] });
    expect((await findComparison(await getStore(), derived))?.title).not.toBe(headline);
  });

  it("creates the embedded database file on first use", async () => {
    if (process.env.DATABASE_URL) return;
    const { existsSync } = await import("node:fs");
    expect(existsSync(process.env.PARALLAX_DB_FILE!)).toBe(true);
  });
});
