// What the ingest stage learns from one file, whatever its format (text, Markdown, a saved page).
import type { Diagnostic, ParsedArticle, RemovedBlock } from "../model/index.ts";

/** How one input line was classified, for `parse --explain`. */
export interface LineExplanation {
  line: number;
  text: string;
  /** body | headline | byline | credit | dateline | source | date | header | boilerplate | blank | front-matter */
  cls: string;
  /** The rule or heuristic that decided. */
  why: string;
  /** Index of the article in this file the line belongs to, or null. */
  article: number | null;
  /** The features and prose score of the unit the line opens (see `features/line.ts`), if it was scored. */
  features?: string;
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
