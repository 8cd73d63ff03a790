// A name is text, never markup. A byline or source such as `<img src=x onerror=…>` is escaped on
// every page, but it has no business in the archive: it is refused here, where each record is
// checked, with a warning naming the file and line, instead of being published as somebody's name.
import type { Diagnostic, ParsedArticle } from "../model/index.ts";

/** Looks like an HTML tag, comment, entity or an event-handler attribute. */
const MARKUP = /<\s*[a-z!?/]|&(?:#\d+|#x[0-9a-f]+|[a-z]+);|\bon[a-z]+\s*=|javascript:/i;

/** Whether a name contains an HTML tag, comment, entity, event-handler attribute or `javascript:`. */
export function looksLikeMarkup(name: string): boolean {
  return MARKUP.test(name);
}

/** The 1-based line of the file where `text` first appears (the front matter or the byline line), else `fallback`. */
function lineOf(lines: readonly string[], text: string, fallback: number): number {
  const i = lines.findIndex((l) => l.includes(text));
  return i >= 0 ? i + 1 : fallback;
}

/** The article without bylines or a source that are markup, and a warning for each one dropped. */
export function refuseMarkupNames(article: ParsedArticle, file: string, lines: readonly string[]): { article: ParsedArticle; warnings: Diagnostic[] } {
  const warnings: Diagnostic[] = [];
  const start = article.origin.startLine;
  const bylines = article.bylines.filter((b) => {
    if (!looksLikeMarkup(b.name)) return true;
    warnings.push({ file, line: lineOf(lines, b.name, start), message: `byline ${JSON.stringify(b.name.slice(0, 80))} looks like HTML markup, not a name; it was left out — write the person's name as plain text`, kind: "byline-markup" });
    return false;
  });
  let source = article.source;
  if (source !== null && looksLikeMarkup(source)) {
    warnings.push({ file, line: lineOf(lines, source, start), message: `source ${JSON.stringify(source.slice(0, 80))} looks like HTML markup, not a publication name; it was left out — write the name as plain text`, kind: "byline-markup" });
    source = null;
  }
  if (warnings.length === 0) return { article, warnings };
  return { article: { ...article, bylines, source, warnings: [...article.warnings, ...warnings] }, warnings };
}
