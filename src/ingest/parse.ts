// PLACEHOLDER: the real extractor (front matter, splitting, classification, bylines, dates) replaces this file.
import { createHash } from "node:crypto";
import { slugify, type Diagnostic, type ParsedArticle, type RemovedBlock, type SiteConfig } from "../model/index.ts";

/** How one input line was classified, for `parse --explain`. */
export interface LineExplanation {
  line: number;
  text: string;
  /** body | headline | byline | dateline | source | date | boilerplate | blank | front-matter ... */
  cls: string;
  /** The rule or heuristic that decided. */
  why: string;
  /** Index of the article in this file the line belongs to, or null. */
  article: number | null;
}

/** Everything the ingest stage learned from one file. */
export interface FileParse {
  file: string;
  articles: ParsedArticle[];
  removed: RemovedBlock[];
  /** File-level warnings (per-article ones are in each article's `warnings`). */
  warnings: Diagnostic[];
  /** Errors that made the file (or part of it) unusable; the rest of the build goes on. */
  errors: Diagnostic[];
  explain: LineExplanation[];
}

export function parseSource(file: string, bytes: Uint8Array, _config: SiteConfig): FileParse {
  const text = new TextDecoder("utf-8").decode(bytes);
  const lines = text.split(/\r?\n/);
  const first = lines.findIndex((l) => l.trim() !== "");
  if (first < 0) return { file, articles: [], removed: [], warnings: [{ file, line: null, message: "file is empty" }], errors: [], explain: [] };
  const headline = lines[first]!.trim();
  const body = lines.slice(first + 1).map((l) => l.trim()).filter(Boolean);
  const article: ParsedArticle = {
    id: createHash("sha1").update(`${file}#0`).digest("hex").slice(0, 12),
    slug: slugify(headline),
    headline,
    headlineSource: "text",
    date: null,
    datePrecision: null,
    dateSource: null,
    dateEvidence: null,
    bylines: [],
    dateline: null,
    source: null,
    body,
    origin: { file, startLine: first + 1, endLine: lines.length },
    warnings: [],
    tags: [],
    format: file.endsWith(".txt") ? "text" : "markdown",
    markdown: file.endsWith(".txt") ? null : body.join("\n\n"),
  };
  return { file, articles: [article], removed: [], warnings: [], errors: [], explain: [] };
}

/** The explain lines of a file, one per input line, for a terminal. */
export function explainText(fp: FileParse): string {
  return fp.explain.map((e) => `${fp.file}:${e.line}  ${e.cls.padEnd(12)} ${e.why.padEnd(24)} | ${e.text.slice(0, 100)}\n`).join("");
}
