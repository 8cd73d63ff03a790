import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { applyUrlMap, archiveWarnings, buildArchive, todayIn, type Archive } from "./archive/index.ts";
import { forgetRelatedMemo } from "./archive/related.ts";
import type { Mention } from "./archive/entities/index.ts";
import { BuildCache, configKey, type ShardedStore } from "./build/disk-cache.ts";
import { lastBuildStanding, recordBuild } from "./build/last-build.ts";
import { siteExtras } from "./build/extras.ts";
import type { Piscina } from "piscina";
import { BATCH, defaultThreads, MIN_FOR_WORKERS, prepareFiles, startWorkers, type FileJob } from "./build/file-pool.ts";
import { PageRenderer } from "./build/page-pool.ts";
import type { PreparedFile } from "./build/file-work.ts";
import { parseKey, unreadable } from "./build/ingest-file.ts";
import { forgetBody, primeBody } from "./render/body-cache.ts";
import { publicDirs, templateDirs } from "./build/layers.ts";
import { loadConfig } from "./config.ts";
import { findSeedFiles, type FileParse } from "./ingest/index.ts";
import type { Diagnostic, ParsedArticle, RemovedBlock, SiteConfig } from "./model/index.ts";
import { copyStatic, fileForUrl, SiteWriter } from "./output/index.ts";
import { collectMedia } from "./output/media.ts";
import { SearchStream, type SearchFile } from "./output/search-stream.ts";
import { renderPage, sitePages, siteView, Templates } from "./render/index.ts";

export { layerDirs, PACKAGE_ROOT } from "./build/layers.ts";

export interface BuildOptions {
  /** Project folder: holds the configuration and, optionally, `templates/` and `public/` overrides. */
  root: string;
  seeds: string;
  out: string;
  config: SiteConfig;
  /** Called with one line per finished stage. */
  log?: (line: string) => void;
  /** Called as work is done within a stage (`total` is null when not known in advance). */
  progress?: (stage: string, done: number, total: number | null) => void;
  /** Keep parses, mentions, rendered bodies and the search bundle in `.newsarchive-cache/build/` under `root`, and skip a build whose inputs and output are as the last one left them (the CLI turns this on; default off). */
  cache?: boolean;
  /** Make the search index (default true); without it the search page has nothing to search. */
  search?: boolean;
  /** What the caller already found out about the last build (the CLI checks before loading the pipeline). */
  standing?: { inputs: string; report: BuildReport | null };
  /** Threads doing the per-file work (parse, mentions, bodies), the main thread included; default one per core. */
  threads?: number;
}

/** What a build did, for the terminal summary and the JSON report. */
export interface BuildReport {
  articles: number;
  files: number;
  written: number;
  unchanged: number;
  warnings: Diagnostic[];
  /** Warning counts per kind ("other" when a warning has none). publishing hook */
  warningsByKind: Record<string, number>;
  errors: Diagnostic[];
  removed: RemovedBlock[];
  /** Articles whose date or headline is not a fact from the source. */
  undated: Array<{ file: string; line: number; headline: string }>;
  derived: Array<{ file: string; line: number; field: string; value: string | null; evidence: string | null }>;
  /** Milliseconds per stage. */
  timings: Record<string, number>;
}

/** The records of a seeds folder: every file read and parsed, every article validated. */
export interface Ingested {
  articles: ParsedArticle[];
  files: FileParse[];
  warnings: Diagnostic[];
  errors: Diagnostic[];
  /** Entity mentions per article id. */
  mentions: Map<string, Mention[]>;
}

export interface IngestOptions {
  /** Prepared files by content key, kept across builds. */
  store?: ShardedStore<PreparedFile>;
  progress?: BuildOptions["progress"];
  /** Make the search index (default true); without it the search page has nothing to search. */
  search?: boolean;
  /** What the caller already found out about the last build (the CLI checks before loading the pipeline). */
  standing?: { inputs: string; report: BuildReport | null };
  /** Threads doing the per-file work, the main thread included (default: one per core). */
  threads?: number;
  /** The build's worker pool, made on first need and kept for rendering pages (else ingest makes and closes its own). */
  pool?: () => Piscina;
  /** Keep each file's line-by-line explanation (`parse --explain`); a build has no use for it. */
  explain?: boolean;
}

/**
 * Reads and parses every seed file, finds each article's mentions and renders its body, on all
 * cores; a broken file or article is reported and skipped, never fatal. With a store, a file whose
 * bytes (name, configuration and code) were seen before is not prepared again.
 */
export async function ingest(seeds: string, config: SiteConfig, options: IngestOptions = {}): Promise<Ingested> {
  const { store, progress } = options;
  const found = await findSeedFiles(seeds);
  const cfgKey = configKey(config);
  // Per seed file, in order: its prepared result (or an error), filled in as batches finish.
  const prepared: Array<{ key: string; file: PreparedFile } | Diagnostic | undefined> = new Array(found.files.length);
  const index = new Map<string, number>();
  const keys: string[] = [];
  let cursor = 0;
  let finished = 0;
  // Hands out the next batch of files to prepare, reading them only now and answering what the cache knows.
  const next = (): FileJob[] | undefined => {
    const batch: FileJob[] = [];
    while (cursor < found.files.length && batch.length < BATCH) {
      const n = cursor++;
      const seed = found.files[n]!;
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(seed.abs);
      } catch (cause) {
        prepared[n] = unreadable(seed.rel, cause);
        finished++;
        continue;
      }
      const key = (keys[n] = parseKey(seed.rel, bytes, cfgKey));
      const hit = store?.get(key);
      if (hit) {
        prepared[n] = { key, file: hit };
        finished++;
        continue;
      }
      index.set(seed.rel, n);
      batch.push({ rel: seed.rel, bytes });
    }
    progress?.("ingest", finished, found.files.length);
    return batch.length > 0 ? batch : undefined;
  };
  const threads = options.threads ?? (found.files.length >= MIN_FOR_WORKERS ? defaultThreads() : 1);
  await prepareFiles(next, { config, explain: options.explain === true }, threads, (files, results) => {
    files.forEach((f, i) => {
      const n = index.get(f.rel)!;
      prepared[n] = { key: keys[n]!, file: results[i]! };
      store?.set(keys[n]!, results[i]!);
    });
    finished += files.length;
    progress?.("ingest", finished, found.files.length);
  }, options.pool);

  const out: Ingested = { articles: [], files: [], warnings: [...found.warnings], errors: [], mentions: new Map() };
  for (const entry of prepared) {
    if (!entry) continue;
    if (!("key" in entry)) {
      out.errors.push(entry);
      continue;
    }
    const { ingested, mentions, bodies } = entry.file;
    out.files.push(ingested.parse);
    ingested.articles.forEach((a, i) => {
      out.mentions.set(a.id, mentions[i]!);
      const html = bodies[i];
      if (html) primeBody(a, html);
    });
    out.articles.push(...ingested.articles);
    out.warnings.push(...ingested.warnings);
    out.errors.push(...ingested.errors);
  }
  return out;
}

function timed<T>(timings: Record<string, number>, stage: string, log: ((line: string) => void) | undefined, run: () => T): T {
  const start = performance.now();
  const result = run();
  timings[stage] = Math.round((performance.now() - start) * 10) / 10;
  log?.(`${stage.padEnd(10)} ${timings[stage]!.toFixed(1).padStart(8)} ms`);
  return result;
}

/** A cold build: ingest → archive → render → output, each stage timed. */
export async function build(options: BuildOptions): Promise<BuildReport> {
  const { config } = options;
  const timings: Record<string, number> = {};
  const t0 = performance.now();
  const cache = options.cache !== true ? null : new BuildCache(options.root, config);
  let inputs = "";
  if (cache) {
    // Nothing read changed and the site is as the last build left it: that build's result stands.
    const last = options.standing ?? (await lastBuildStanding(options, cache, t0));
    inputs = last.inputs;
    if (last.report) return last.report;
  }
  // Worker threads: one pool for files in ingest, a fresh one for article pages in render (a
  // worker that parsed half the archive keeps a large heap; a new one costs half a second, paid
  // while the archive is built).
  const threads = options.threads ?? defaultThreads();
  const workers: Workers = {
    pool: null,
    get: () => (workers.pool ??= startWorkers(threads - 1)),
    async close() {
      await workers.pool?.destroy();
      workers.pool = null;
    },
  };
  try {
    return await buildWith(options, timings, t0, cache, inputs, workers);
  } finally {
    await workers.close();
  }
}

/** The build's worker pool, made on first need. */
interface Workers {
  pool: Piscina | null;
  get: () => Piscina;
  close: () => Promise<void>;
}

async function buildWith(
  options: BuildOptions,
  timings: Record<string, number>,
  t0: number,
  cache: BuildCache | null,
  inputs: string,
  workers: Workers,
): Promise<BuildReport> {
  const { config, log } = options;
  const files = cache?.store<PreparedFile>("files");
  const searchStore = cache?.store<SearchFile[]>("search");
  if (cache) timings.cacheLoad = Math.round((performance.now() - t0) * 10) / 10;
  const ingested = await ingest(options.seeds, config, { store: files, progress: options.progress, threads: options.threads, pool: workers.get });
  timings.ingest = Math.round((performance.now() - t0) * 10) / 10;
  log?.(`${"ingest".padEnd(10)} ${timings.ingest.toFixed(1).padStart(8)} ms  ${ingested.articles.length} articles from ${ingested.files.length} files`);

  // Page workers (when there are enough articles to pay for them) start while the archive is built.
  const ingestUsedWorkers = workers.pool !== null;
  await workers.close();
  const renderWorkers = (ingestUsedWorkers || ingested.articles.length >= MIN_FOR_WORKERS) && (options.threads ?? defaultThreads()) > 1 ? workers.get() : null;
  const archive: Archive = timed(timings, "archive", log, () => buildArchive(ingested.articles, config, ingested.mentions));
  if (config.urlMap) applyUrlMap(archive, resolve(options.root, config.urlMap));
  const media = collectMedia(archive, options.seeds);
  archive.media = media.index;
  // Resolved into the archive; nothing asks again in a one-off build, and a large archive needs the room.
  ingested.mentions.clear();
  forgetRelatedMemo();
  const templates = timed(timings, "templates", log, () => Templates.load(templateDirs(options.root, config)));
  const writer = new SiteWriter(options.out, { thread: true });
  // Article pages go to the search indexer (a worker thread) as they are rendered, so indexing runs beside rendering.
  const search = options.search === false ? null : new SearchStream();
  try {
    const site = siteView(config);
    const renderStart = performance.now();
    copyStatic(publicDirs(options.root, config), writer);
    for (const [file, bytes] of media.files) writer.write(file, bytes);
    // Article pages go to the workers (if ingest started them, or the archive is large enough to
    // pay for starting them); their HTML comes back in order, to be written and indexed here.
    const articlePages = renderWorkers
      ? new PageRenderer(renderWorkers, templateDirs(options.root, config), site, (page, html) => {
          writer.write(fileForUrl(page.url), html);
          search?.add(page.url, html);
        })
      : null;
    const urls: string[] = [];
    for (const page of sitePages(archive, { deferLinks: articlePages !== null, keep: false })) {
      const isArticle = page.template === "article";
      // An article's body is needed for its page only (a feed that wants it renders it again): let it go.
      if (isArticle) forgetBody(page.data.article as ParsedArticle);
      if (articlePages && isArticle) {
        const behind = articlePages.add(page);
        if (behind) await behind;
      } else {
        const html = renderPage(templates, site, page);
        writer.write(fileForUrl(page.url), html);
        if (search && isArticle) search.add(page.url, html);
      }
      const indexing = search?.caughtUp();
      if (indexing) await indexing;
      const writing = writer.caughtUp();
      if (writing) await writing;
      urls.push(page.url);
      options.progress?.("render", urls.length, null);
    }
    await articlePages?.finish();
    // Site-wide files (sitemap, robots.txt, feeds).
    for (const [file, bytes] of siteExtras(archive, site, urls)) writer.write(file, bytes);
    timings.render = Math.round((performance.now() - renderStart) * 10) / 10;
    log?.(`${"render".padEnd(10)} ${timings.render.toFixed(1).padStart(8)} ms  ${urls.length} pages`);
    if (search) {
      const started = performance.now();
      const bundle = await search.finish(searchStore);
      for (const f of bundle.files) writer.write(`pagefind/${f.path}`, f.content);
      timings.search = Math.round((performance.now() - started) * 10) / 10;
      log?.(`${"search".padEnd(10)} ${timings.search.toFixed(1).padStart(8)} ms  ${bundle.pages} pages indexed beside rendering; this is the wait after it`);
    }
    const writing = performance.now();
    await writer.settle();
    timings.write = Math.round((performance.now() - writing) * 10) / 10;
    log?.(`${"write".padEnd(10)} ${timings.write.toFixed(1).padStart(8)} ms  ${writer.written} written, ${writer.unchanged} unchanged (beside rendering; this is the wait after it)`);
    timed(timings, "output", log, () => writer.commit());
  } catch (error) {
    await search?.abort();
    writer.abort();
    throw error;
  }
  if (cache) {
    timed(timings, "cacheSave", log, () => {
      try {
        for (const s of [files, searchStore]) s?.save();
      } catch {
        // A cache that cannot be written (read-only disk) only makes the next build slower.
      }
    });
  }

  const removed = ingested.files.flatMap((f) => f.removed);
  // Duplicate URLs and implausible dates: across files, so after the archive is built.
  const warnings = [...ingested.warnings, ...archiveWarnings(ingested.articles, archive, todayIn(config.timeZone)), ...media.warnings];
  const report: BuildReport = {
    articles: archive.articles.length,
    files: writer.written + writer.unchanged,
    written: writer.written,
    unchanged: writer.unchanged,
    warnings,
    warningsByKind: countByKind(warnings), // publishing hook
    errors: ingested.errors,
    removed,
    undated: archive.undated.map((a) => ({ file: a.origin.file, line: a.origin.startLine, headline: a.headline })),
    derived: archive.articles.flatMap((a) => [
      ...(a.headlineSource === "derived" ? [{ file: a.origin.file, line: a.origin.startLine, field: "headline", value: a.headline, evidence: null }] : []),
      ...(a.dateSource === "inferred" ? [{ file: a.origin.file, line: a.origin.startLine, field: "date", value: a.date, evidence: a.dateEvidence }] : []),
    ]),
    timings,
  };
  if (cache) recordBuild(cache, inputs, options.out, report, writer.files);
  return report;
}

/** publishing hook: warnings per kind, sorted by kind so the report is deterministic. */
function countByKind(warnings: readonly Diagnostic[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const w of [...warnings].sort((a, b) => ((a.kind ?? "other") < (b.kind ?? "other") ? -1 : 1))) counts[w.kind ?? "other"] = (counts[w.kind ?? "other"] ?? 0) + 1;
  return counts;
}

export { loadConfig };
