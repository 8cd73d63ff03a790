// Saved web pages (`.html`, `.htm`) → the same FileParse a text seed gives: bounded preparation,
// metadata and main text, the news cleaning, one record or a report that the page holds no article.
import type { SiteConfig } from "../../model/index.ts";
import { decodeBytes } from "../decode.ts";
import type { FileParse } from "../file-parse.ts";
import { MAX_DEPTH, preparePage } from "./bounds.ts";
import { cleanBlocks } from "./clean.ts";
import { extractPage } from "./extract.ts";
import { LineFinder } from "./lines.ts";
import { pageRecord } from "./record.ts";
import { notAnArticle } from "./verdict.ts";

/** Is this seed a saved web page? */
export function isHtmlFile(file: string): boolean {
  return /\.html?$/i.test(file);
}

/** Reads one saved page. Pure over its inputs; throws only on a bug (the caller turns that into an error on the file). */
export function parseHtmlSource(file: string, bytes: Uint8Array, config: SiteConfig): FileParse {
  const out: FileParse = { file, articles: [], removed: [], warnings: [], errors: [], explain: [] };
  const decoded = decodeBytes(file, bytes);
  out.warnings.push(...decoded.warnings);
  out.errors.push(...decoded.errors);
  if (decoded.text === null) return out;
  const text = decoded.text;
  const prepared = preparePage(text);
  if ("refused" in prepared) {
    out.errors.push({ file, line: null, message: `${prepared.refused}; it was skipped — save only the article (the browser's "Save page as…, HTML only"), or paste its text into a .txt file`, kind: "html-too-large" });
    return out;
  }
  if (prepared.flattened) {
    out.warnings.push({ file, line: null, message: `page nests elements more than ${MAX_DEPTH} levels deep; ${prepared.flattened} deeper tags were ignored and their text kept — check the body of this article`, kind: "html-nesting" });
  }
  const page = extractPage(prepared.html, prepared.jsonLd, config.timeZone);
  const lines = new LineFinder(text);
  const cleaned = page.blocks ? cleanBlocks(page.blocks, page.meta.headline?.value ?? null, config.timeZone, (b) => lines.lineOf(b.text)) : [];
  const why = notAnArticle(page.meta, page.title, page.blocks, cleaned);
  for (const c of cleaned) {
    const line = c.unit.start + 1;
    if (c.fate === "removed") out.removed.push({ file, startLine: line, endLine: line, rule: c.why, text: c.block.text.slice(0, 2000) });
    // A skipped page's text belongs to no article: the explanation says so rather than "body".
    const cls = c.fate === "removed" ? "boilerplate" : why ? "skipped" : c.fate === "field" ? c.unit.kind : c.block.kind === "subhead" ? "subhead" : "body";
    out.explain.push({ line, text: c.block.text.slice(0, 200), cls, why: why && c.fate !== "removed" ? "page holds no article" : c.why, article: why ? null : 0 });
  }
  if (why) {
    out.warnings.push({ file, line: null, message: `page holds no article: ${why}; it was skipped — if it is a story, save the article's own page (or paste its text into a .txt file)`, kind: "no-article" });
    return out;
  }
  out.articles.push(pageRecord(file, page.meta, page.byline, cleaned, config, lines.count));
  return out;
}
