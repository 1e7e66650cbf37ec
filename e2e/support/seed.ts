import { mkdirSync } from "node:fs";
// The engine's own output for the seed story, computed when the tests run (in a child process:
// the engine imports JSON modules that Playwright's loader cannot).
import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import type { Comparison, Group, Kind } from "../../lib/types";

export const SEED_ID = "seed-belarus-kgb-talks";
export const SEED_PATH = `/c/${SEED_ID}`;
export const SCREENSHOT_DIR = "artifacts/screenshots";

let cached: Comparison | null = null;

export function readSeedComparison(): Comparison {
  if (!cached) {
    const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
    const json = execFileSync(tsx, [path.join("e2e", "support", "print-seed.ts")], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    cached = JSON.parse(json) as Comparison;
  }
  return cached;
}

/** What the page calls a source: its outlet, else its title, else "Source N". */
export function sourceName(comparison: Comparison, sourceId: string): string {
  const index = comparison.sources.findIndex((source) => source.id === sourceId);
  const source = comparison.sources[index];
  return source?.outlet?.trim() || source?.title?.trim() || `Source ${index + 1}`;
}

export function sentenceText(comparison: Comparison, sentenceId: string): string {
  for (const source of comparison.sources) {
    const found = source.sentences.find((sentence) => sentence.id === sentenceId);
    if (found) return found.text;
  }
  throw new Error(`No sentence ${sentenceId}`);
}

export function groupsOf(comparison: Comparison, kind: Kind): Group[] {
  return comparison.groups.filter((group) => group.kind === kind);
}

/** Opens the page and waits until its controller has wired the page up. */
export async function openComparison(page: Page, query = ""): Promise<void> {
  await openPage(page, `${SEED_PATH}${query}`);
}

/** Opens a comparison page and waits until its script has wired the page up. */
export async function openPage(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForFunction(() => document.querySelector("[data-comparison]")?.hasAttribute("data-ready"));
}

/** A screenshot in artifacts/screenshots/, for a person to look at. */
export async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage });
}

/** The page's own status line (filter counts, conflict position), in the view controls. */
export function pageStatus(page: Page) {
  return page.getByRole("region", { name: "View controls" }).getByRole("status");
}

export const KIND_WORDS: Readonly<Record<Kind, string>> = { conflict: "Conflict", shared: "Shared", unique: "Unique" };

/** The facts table's rows of one kind (hidden rows are not counted). */
export function factRows(page: Page, kind: Kind) {
  return page
    .getByRole("table", { name: /^Facts by source/ })
    .getByRole("row")
    .filter({ has: page.getByText(KIND_WORDS[kind], { exact: true }) });
}

export async function expectNoSeriousAxeViolations(violations: { id: string; help: string; impact?: string | null; nodes: unknown[] }[]) {
  const blocking = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(blocking.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes)`)).toEqual([]);
}
