import type { Article } from "../model/index.ts";

type BodySource = Pick<Article, "format" | "markdown" | "body">;

/**
 * Rendered bodies are the costly part of a page (Markdown parsing), so each is kept per record
 * object: free to look up, and an unchanged file's records are the same objects across dev
 * rebuilds. A build's workers render bodies next to the parse and hand them in with `primeBody`.
 */
const byRecord = new WeakMap<readonly string[], { format: string; markdown: string | null; html: string | Uint8Array }>();
const decoder = new TextDecoder();

export function cachedBody(a: BodySource, render: () => string): string {
  const hit = byRecord.get(a.body);
  if (hit && hit.format === a.format && hit.markdown === a.markdown) return typeof hit.html === "string" ? hit.html : decoder.decode(hit.html);
  const html = render();
  byRecord.set(a.body, { format: a.format, markdown: a.markdown, html });
  return html;
}

/** Records a body rendered elsewhere (a worker thread, the build cache) for this record, as a string or UTF-8. */
export function primeBody(a: BodySource, html: string | Uint8Array): void {
  byRecord.set(a.body, { format: a.format, markdown: a.markdown, html });
}

/**
 * Drops the body kept for this record (a cold build, once the record's page is written), if the
 * record can make it again: a Markdown record whose source was dropped (see the build's file work)
 * keeps it, for the feeds.
 */
export function forgetBody(a: BodySource): void {
  if (a.format === "text" || a.markdown !== null) byRecord.delete(a.body);
}
