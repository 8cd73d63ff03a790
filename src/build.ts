import { readFileSync } from "node:fs";
import { archiveWarnings, buildArchive, todayIn, type Archive } from "./archive/index.ts";
import { siteExtras } from "./build/extras.ts";
import { ingestFile, unreadable } from "./build/ingest-file.ts";
import { publicDirs, templateDirs } from "./build/layers.ts";
import { loadConfig } from "./config.ts";
import { findSeedFiles, type FileParse } from "./ingest/index.ts";
import type { Diagnostic, ParsedArticle, RemovedBlock, SiteConfig } from "./model/index.ts";
import { copyStatic, fileForUrl, publish, SiteWriter } from "./output/index.ts";
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
}

/** Reads and parses every seed file; a broken file or article is reported and skipped, never fatal. */
export async function ingest(seeds: string, config: SiteConfig): Promise<Ingested> {
  const found = await findSeedFiles(seeds);
  const out: Ingested = { articles: [], files: [], warnings: [...found.warnings], errors: [] };
  for (const seed of found.files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(seed.abs);
    } catch (cause) {
      out.errors.push(unreadable(seed.rel, cause));
      continue;
    }
    const file = ingestFile(seed.rel, bytes, config);
    out.files.push(file.parse);
    out.articles.push(...file.articles);
    out.warnings.push(...file.warnings);
    out.errors.push(...file.errors);
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
  const { config, log } = options;
  const timings: Record<string, number> = {};
  const t0 = performance.now();
  const ingested = await ingest(options.seeds, config);
  timings.ingest = Math.round((performance.now() - t0) * 10) / 10;
  log?.(`${"ingest".padEnd(10)} ${timings.ingest.toFixed(1).padStart(8)} ms  ${ingested.articles.length} articles from ${ingested.files.length} files`);

  const archive: Archive = timed(timings, "archive", log, () => buildArchive(ingested.articles, config));
  const templates = timed(timings, "templates", log, () => Templates.load(templateDirs(options.root, config)));
  const writer = new SiteWriter(options.out);
  try {
    const site = siteView(config);
    timed(timings, "render", log, () => {
      copyStatic(publicDirs(options.root, config), writer);
      const urls: string[] = [];
      for (const page of sitePages(archive)) {
        writer.write(fileForUrl(page.url), renderPage(templates, site, page));
        urls.push(page.url);
      }
      // Site-wide files (sitemap, robots.txt; feeds and search go in siteExtras too).
      for (const [file, bytes] of siteExtras(archive, site, urls)) writer.write(file, bytes);
    });
    await publish(archive, site, writer, timings, log); // the search index, staged before the swap
    timed(timings, "output", log, () => writer.commit());
  } catch (error) {
    writer.abort();
    throw error;
  }

  const removed = ingested.files.flatMap((f) => f.removed);
  // Duplicate URLs and implausible dates: across files, so after the archive is built.
  const warnings = [...ingested.warnings, ...archiveWarnings(ingested.articles, archive, todayIn(config.timeZone))];
  return {
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
}

/** publishing hook: warnings per kind, sorted by kind so the report is deterministic. */
function countByKind(warnings: readonly Diagnostic[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const w of [...warnings].sort((a, b) => ((a.kind ?? "other") < (b.kind ?? "other") ? -1 : 1))) counts[w.kind ?? "other"] = (counts[w.kind ?? "other"] ?? 0) + 1;
  return counts;
}

export { loadConfig };
