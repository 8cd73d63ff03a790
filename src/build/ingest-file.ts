import { createHash } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { NO_TEMPLATE_LINES, parseSource, type FileParse, type TemplateLines } from "../ingest/index.ts";
import { ParsedArticle, type Diagnostic, type SiteConfig } from "../model/index.ts";
import { codeDigest, SRC } from "./code-digest.ts";

/** One seed file's contribution to the site: its parse, with every article validated. Pure over its inputs. */
export interface IngestedFile {
  file: string;
  parse: FileParse;
  articles: ParsedArticle[];
  warnings: Diagnostic[];
  errors: Diagnostic[];
}

/** Parses and validates one file; a parser crash becomes an error on that file, never a failed build. */
export function ingestFile(rel: string, bytes: Uint8Array, config: SiteConfig, templates: TemplateLines = NO_TEMPLATE_LINES): IngestedFile {
  let parse: FileParse;
  try {
    parse = parseSource(rel, bytes, config, templates);
  } catch (cause) {
    const message = `internal error while reading this file (${(cause as Error).message}); it was skipped`;
    parse = { file: rel, articles: [], removed: [], warnings: [], errors: [{ file: rel, line: null, message, kind: "internal" }], explain: [] };
  }
  const out: IngestedFile = { file: rel, parse, articles: [], warnings: [...parse.warnings], errors: [...parse.errors] };
  for (const article of parse.articles) {
    const checked = ParsedArticle.safeParse(article);
    if (checked.success) {
      out.articles.push(checked.data);
      out.warnings.push(...checked.data.warnings);
    } else {
      const issues = checked.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      out.errors.push({ file: rel, line: article.origin?.startLine ?? null, message: `article is not a valid record (${issues}); it was left out`, kind: "invalid-record" });
    }
  }
  return out;
}

/** An error entry for a file that could not be read. */
export function unreadable(rel: string, cause: unknown): Diagnostic {
  return { file: rel, line: null, message: `cannot read file: ${(cause as Error).message}`, kind: "unreadable" };
}

/**
 * A digest of the code a parse result depends on (the ingest and model sources, and this file),
 * so a cached parse is never reused after the parser changed.
 */
export const PARSER_VERSION: string = codeDigest([path.join(SRC, "ingest"), path.join(SRC, "model")], [fileURLToPath(import.meta.url)]);

/** The cache key of a file's parse: its name, its bytes, the configuration, the folder's template lines and the parser version. */
export function parseKey(rel: string, bytes: Uint8Array, configKey: string, templates: TemplateLines = NO_TEMPLATE_LINES): string {
  return createHash("sha1").update(PARSER_VERSION).update(configKey).update(templates.digest).update(rel).update("\0").update(bytes).digest("base64url");
}

export { configKey } from "./disk-cache.ts";
