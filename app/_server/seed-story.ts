// Server-only edge code: reads a seed story from disk and runs the engine on it. The engine
// itself (lib/) never touches the file system or the clock; both come in from here.
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { defaultEngine } from "@/lib/engine/default-engine";
import { readContractVersion } from "@/app/_lib/contract-version";
import type { Comparison, InputFormat, SourceInput } from "@/lib/types";

export const SEED_SLUG = "belarus-kgb-talks";
export const SEED_ID = "seed-belarus-kgb-talks";

// The seed's events were reported on Sunday 19 October 2025. A fixed clock keeps `createdAt`,
// and so the whole seed comparison, identical on every build and every server start.
const SEED_CREATED_AT = "2025-10-19T12:00:00.000Z";

const FORMAT_BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  ".txt": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
};

const storySchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  sources: z
    .array(
      z.object({
        file: z.string().min(1),
        title: z.string().nullish(),
        outlet: z.string().nullish(),
        publishedAt: z.string().nullish(),
        url: z.string().nullish(),
      }),
    )
    .min(1),
});

export type Story = z.infer<typeof storySchema>;

function resolveStoryDir(slug: string): string {
  // Slugs name folders under seeds/; refuse anything that could step outside it.
  if (!/^[a-z0-9][a-z0-9-]*$/.test(slug)) throw new Error(`Invalid story slug: ${slug}`);
  return path.join(process.cwd(), "seeds", slug);
}

export function readStory(slug: string): Story {
  const file = path.join(resolveStoryDir(slug), "story.json");
  return storySchema.parse(JSON.parse(readFileSync(file, "utf8")));
}

function detectFormat(file: string): InputFormat {
  const format = FORMAT_BY_EXTENSION[path.extname(file).toLowerCase()];
  if (!format) throw new Error(`Unsupported article file (use .txt, .md or .html): ${file}`);
  return format;
}

/** The story's articles as engine inputs, in the order story.json lists them. */
export function loadStory(slug: string): SourceInput[] {
  const dir = resolveStoryDir(slug);
  return readStory(slug).sources.map((entry) => {
    if (path.basename(entry.file) !== entry.file) throw new Error(`Article file must sit beside story.json: ${entry.file}`);
    const format = detectFormat(entry.file);
    const content = readFileSync(path.join(dir, entry.file), "utf8");
    const body = format === "html" ? { html: content } : { text: content };
    return {
      ...body,
      format,
      title: entry.title ?? null,
      outlet: entry.outlet ?? null,
      publishedAt: entry.publishedAt ?? null,
      url: entry.url ?? null,
    };
  });
}

let seedComparison: Comparison | null = null;

/** The seed story's comparison, computed once per process in the server's contract version, as a new comparison would be. */
export function loadSeedComparison(): Comparison {
  if (!seedComparison) {
    const facts = readContractVersion(process.env) === 2;
    const comparison = defaultEngine.compare(loadStory(SEED_SLUG), { now: () => new Date(SEED_CREATED_AT) }, { facts });
    seedComparison = { ...comparison, id: SEED_ID };
  }
  return seedComparison;
}

/** What the seed pages show: the story's own title beside its comparison. */
export function loadSeedStory(): { title: string; comparison: Comparison } {
  return { title: readStory(SEED_SLUG).title, comparison: loadSeedComparison() };
}
