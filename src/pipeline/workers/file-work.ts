// Everything a build learns from one seed file alone: its parse, each article's entity mentions and
// its body as HTML. Pure over (file name, bytes, configuration), so it runs the same inline, in a
// worker thread, or not at all when the cache has it.
import { extractMentions, type Mention } from "../../archive/entities/index.ts";
import { TermTable, type TermCounts } from "../../archive/related/terms.ts";
import { renderBody } from "../../render/body.ts";
import type { SiteConfig } from "../../model/index.ts";
import type { TemplateLines } from "../../ingest/index.ts";
import { ingestFile, type IngestedFile } from "../../ingest/ingest-file.ts";

/** What a build learns from one seed file alone. */
export interface PreparedFile {
  /** The file's parse, articles validated. */
  ingested: IngestedFile;
  /** Per article of `ingested.articles`, in order. */
  mentions: Mention[][];
  /**
   * Per article: a Markdown body as sanitized HTML without entity links, in UTF-8; the record then
   * drops its Markdown source, which only served to make this HTML (a build holds every record
   * until its pages are written, and UTF-8 HTML outside the JavaScript heap is a third of the
   * two-byte Markdown string it replaces). Null for plain text, made from its paragraphs on demand.
   */
  bodies: Array<Uint8Array | null>;
  /** Per article: its body's terms for related coverage, counted here so the build's main thread only scores. */
  terms: TermCounts[];
}

/** How files are prepared: the same for every file of a build. */
export interface Preparation {
  /** The site configuration. */
  config: SiteConfig;
  /** Keep the line-by-line explanation (`parse --explain`). */
  explain: boolean;
  /** The lines that recur across the seeds folder (site template), counted before any file is parsed. */
  templates?: TemplateLines;
}

/** Prepares one file: parse, mentions, body HTML, body terms (`table` counts them: one per batch of files is enough). */
export function prepareFile(rel: string, bytes: Uint8Array, how: Preparation, table = new TermTable()): PreparedFile {
  const ingested = ingestFile(rel, bytes, how.config, how.templates, how.explain);
  const bodies = ingested.articles.map((a) => (a.format === "markdown" && a.markdown !== null ? encoder.encode(renderBody(a)) : null));
  ingested.articles = ingested.articles.map((a, i) => (bodies[i] ? { ...a, markdown: null } : a));
  return {
    // A build needs neither the explain trace nor the unvalidated records: drop them before they are copied or cached.
    ingested: { ...ingested, parse: { ...ingested.parse, articles: [], explain: how.explain ? ingested.parse.explain : [] } },
    mentions: ingested.articles.map((a) => extractMentions(a)),
    bodies,
    terms: ingested.articles.map((a) => table.countTerms(a.body)),
  };
}

const encoder = new TextEncoder();

/** One task for a worker: several files at once, so messaging costs little beside the work. */
export interface FileBatch {
  /** Tells the worker entry which task this is. */
  kind: "files";
  /** How every file of the batch is prepared. */
  how: Preparation;
  /** The files, with their bytes. */
  files: Array<{ rel: string; bytes: Uint8Array }>;
}

/** Prepares every file of a batch, in order. */
export function prepareBatch(batch: FileBatch): PreparedFile[] {
  const table = new TermTable();
  return batch.files.map((f) => prepareFile(f.rel, f.bytes, batch.how, table));
}
