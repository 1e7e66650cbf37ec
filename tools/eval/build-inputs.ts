// Turns a gold file's article list into engine inputs. Reading is injected so this stays free of
// the file system; the CLI and the tests hand in their own reader.

import { InputError } from "../../lib/errors";
import type { InputFormat, SourceInput } from "../../lib/types";
import type { GoldFile } from "./gold-types";

const FORMAT_BY_EXTENSION: Record<string, InputFormat> = {
  txt: "text",
  md: "markdown",
  markdown: "markdown",
  html: "html",
  htm: "html",
};

/** The input format a file name implies; unknown extensions are a user mistake. */
export function detectFormat(fileName: string): InputFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? "";
  const format = FORMAT_BY_EXTENSION[extension];
  if (!format) throw new InputError("unsupported-format", `${fileName}: expected a .txt, .md or .html file`);
  return format;
}

/** One SourceInput per gold article, in gold order, with the metadata the gold knows. */
export function buildSourceInputs(gold: GoldFile, readArticle: (file: string) => string): SourceInput[] {
  return gold.articles.map((article) => {
    const format = detectFormat(article.file);
    const content = readArticle(article.file);
    // Unknown metadata is left out rather than passed as null, so the engine may still find it.
    return {
      ...(format === "html" ? { html: content } : { text: content }),
      format,
      ...(article.title !== null && { title: article.title }),
      ...(article.outlet !== null && { outlet: article.outlet }),
      ...(article.publishedAt !== null && { publishedAt: article.publishedAt }),
    };
  });
}
