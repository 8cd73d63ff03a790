// Everything a build learns from one seed file alone: its parse, each article's entity mentions and
// its body as HTML. Pure over (file name, bytes, configuration), so it runs the same inline, in a
// worker thread, or not at all when the cache has it.
import { extractMentions, type Mention } from "../archive/entities/index.ts";
import { renderBody } from "../render/body.ts";
import { simpleBlocks } from "../ingest/markdown.ts";
import type { ParsedArticle, SiteConfig } from "../model/index.ts";
import { ingestFile, type IngestedFile } from "./ingest-file.ts";

export interface PreparedFile {
  ingested: IngestedFile;
  /** Per article of `ingested.articles`, in order. */
  mentions: Mention[][];
  /**
   * Per article: the body as sanitized HTML without entity links, when it needed the Markdown
   * parser; null when the main thread renders it at once on demand (prose, plain text), so the
   * build does not hold every body's HTML in memory until its page is written.
   */
  bodies: Array<string | null>;
}

/** How files are prepared: the same for every file of a build. */
export interface Preparation {
  config: SiteConfig;
  /** Keep the line-by-line explanation (`parse --explain`). */
  explain: boolean;
}

export function prepareFile(rel: string, bytes: Uint8Array, how: Preparation): PreparedFile {
  const ingested = ingestFile(rel, bytes, how.config);
  return {
    // A build needs neither the explain trace nor the unvalidated records: drop them before they are copied or cached.
    ingested: { ...ingested, parse: { ...ingested.parse, articles: [], explain: how.explain ? ingested.parse.explain : [] } },
    mentions: ingested.articles.map((a) => extractMentions(a)),
    bodies: ingested.articles.map((a) => (needsParser(a) ? renderBody(a) : null)),
  };
}

/** Is this body Markdown beyond prose, worth rendering on a worker thread? */
function needsParser(a: ParsedArticle): boolean {
  return a.format === "markdown" && a.markdown !== null && simpleBlocks(a.markdown.split("\n")) === null;
}

/** One task for a worker: several files at once, so messaging costs little beside the work. */
export interface FileBatch {
  kind: "files";
  how: Preparation;
  files: Array<{ rel: string; bytes: Uint8Array }>;
}

export function prepareBatch(batch: FileBatch): PreparedFile[] {
  return batch.files.map((f) => prepareFile(f.rel, f.bytes, batch.how));
}
