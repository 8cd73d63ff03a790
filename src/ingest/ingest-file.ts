import { parseSource, type FileParse } from "./parse.ts";
import { NO_TEMPLATE_LINES, type TemplateLines } from "./features/template.ts";
import { ParsedArticle, type Diagnostic, type SiteConfig } from "../model/index.ts";

/** One seed file's contribution to the site: its parse, with every article validated. Pure over its inputs. */
export interface IngestedFile {
  file: string;
  parse: FileParse;
  articles: ParsedArticle[];
  warnings: Diagnostic[];
  errors: Diagnostic[];
}

/** Parses and validates one file; a parser crash becomes an error on that file, never a failed build. `explain`: keep the per-line explanation (see `parseSource`). */
export function ingestFile(rel: string, bytes: Uint8Array, config: SiteConfig, templates: TemplateLines = NO_TEMPLATE_LINES, explain = true): IngestedFile {
  let parse: FileParse;
  try {
    parse = parseSource(rel, bytes, config, templates, explain);
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
