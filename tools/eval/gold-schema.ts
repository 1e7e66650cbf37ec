// Gold files are hand-written, so they are checked before scoring: a typo in an article id or a
// conflict without a type would otherwise show up as a silently lower score.

import { z } from "zod";
import { InputError } from "../../lib/errors";
import type { GoldFile } from "./gold-types";

const kindSchema = z.enum(["shared", "conflict", "unique"]);
const conflictTypeSchema = z.enum(["number", "date", "name", "place", "quote", "attribution", "negation", "other"]);
const quoteSchema = z.string().trim().min(1, "empty quote");
const quoteListsSchema = z.record(z.string(), z.array(quoteSchema));

const articleSchema = z.object({
  id: z.string().min(1),
  file: z.string().min(1),
  outlet: z.string().nullable().default(null),
  title: z.string().nullable().default(null),
  publishedAt: z.string().nullable().default(null),
});

const groupSchema = z.object({
  kind: kindSchema,
  members: z.array(z.object({ article: z.string(), quotes: z.array(quoteSchema).min(1) })).min(1),
  note: z.string().optional(),
  ambiguous: z.boolean().optional(),
  type: conflictTypeSchema.optional(),
  values: z.record(z.string(), z.string()).optional(),
});

const goldSchema = z
  .object({
    event: z.string().optional(),
    articles: z.array(articleSchema).min(1),
    boilerplate: quoteListsSchema.optional(),
    duplicates: quoteListsSchema.optional(),
    groups: z.array(groupSchema),
  })
  .superRefine((gold, ctx) => {
    const ids = new Set<string>();
    gold.articles.forEach((a, i) => {
      if (ids.has(a.id)) ctx.addIssue({ code: "custom", path: ["articles", i, "id"], message: `duplicate article id "${a.id}"` });
      ids.add(a.id);
    });
    const checkKeys = (field: "boilerplate" | "duplicates") => {
      for (const key of Object.keys(gold[field] ?? {}))
        if (!ids.has(key)) ctx.addIssue({ code: "custom", path: [field, key], message: `unknown article "${key}"` });
    };
    checkKeys("boilerplate");
    checkKeys("duplicates");
    gold.groups.forEach((g, gi) => {
      const articles = g.members.map((m) => m.article);
      const issue = (message: string) => ctx.addIssue({ code: "custom", path: ["groups", gi], message });
      for (const a of articles) if (!ids.has(a)) issue(`unknown article "${a}"`);
      if (new Set(articles).size !== articles.length) issue("an article is listed twice; put its quotes in one member");
      if (g.kind === "unique" && articles.length !== 1) issue("a unique group has exactly one member");
      if (g.kind !== "unique" && articles.length < 2) issue(`a ${g.kind} group needs two or more articles`);
      if (g.kind === "conflict" && !g.type) issue("a conflict needs a type");
      if (g.kind !== "conflict" && (g.type || g.values)) issue("only a conflict has a type and values");
      for (const key of Object.keys(g.values ?? {}))
        if (!articles.includes(key)) issue(`value for "${key}", which is not a member`);
    });
  });

/** Checks a parsed gold JSON document; a malformed one throws an InputError naming each fault. */
export function parseGoldFile(json: unknown): GoldFile {
  const parsed = goldSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const faults = parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
  throw new InputError("invalid", `invalid gold file: ${faults.slice(0, 8).join("; ")}`);
}
