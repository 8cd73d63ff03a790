import type { Diagnostic } from "./diagnostics.ts";

/**
 * Warning kinds that mean something the author wrote is not on the site as written: a file or
 * folder skipped, a front-matter field ignored, a guessed encoding, characters removed, Markdown
 * read as plain text. The build prints these by default, each with its file and line; routine
 * notes (an undated article, a derived headline) stay a count unless `-v` is given.
 */
export const CONTENT_LOSS_KINDS: ReadonlySet<string> = new Set([
  "front-matter",
  "encoding",
  "binary",
  "unreadable",
  "no-article",
  "symlink",
  "control-characters",
  "markdown",
  "invalid-record",
  "byline-markup",
  "unsafe-characters",
]);

/** Whether a diagnostic means something the author wrote is not on the site as written (its kind is in CONTENT_LOSS_KINDS). */
export function losesContent(d: Diagnostic): boolean {
  return d.kind !== undefined && CONTENT_LOSS_KINDS.has(d.kind);
}
