import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildArchive, type Archive } from "./archive/index.ts";
import { loadConfig } from "./config.ts";
import { findSeedFiles, parseSource, type FileParse } from "./ingest/index.ts";
import { ParsedArticle, type Diagnostic, type RemovedBlock, type SiteConfig } from "./model/index.ts";
import { fileForUrl, sitemapXml, SiteWriter, copyStatic, publish } from "./output/index.ts";
import { absolute, renderPage, sitePages, siteView, Templates } from "./render/index.ts";

/** The package's own folder, where the built-in templates and assets live. */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

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
      out.errors.push({ file: seed.rel, line: null, message: `cannot read file: ${(cause as Error).message}`, kind: "unreadable" });
      continue;
    }
    const parsed = parseSource(seed.rel, bytes, config);
    out.files.push(parsed);
    out.warnings.push(...parsed.warnings);
    out.errors.push(...parsed.errors);
    for (const article of parsed.articles) {
      const checked = ParsedArticle.safeParse(article);
      if (checked.success) {
        out.articles.push(checked.data);
        out.warnings.push(...checked.data.warnings);
      } else {
        const issues = checked.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
        out.errors.push({ file: seed.rel, line: article.origin?.startLine ?? null, message: `article is not a valid record (${issues}); it was left out`, kind: "invalid-record" });
      }
    }
  }
  return out;
}

/** The template and asset folders in override order: built-in first, then the project's. */
export function layerDirs(root: string, builtin: string, configured: string | null): string[] {
  const own = configured ? path.resolve(root, configured) : path.resolve(root, path.basename(builtin));
  return own === builtin ? [builtin] : [builtin, own];
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
  const templates = timed(timings, "templates", log, () =>
    Templates.load(layerDirs(options.root, path.join(PACKAGE_ROOT, "templates"), config.templates)),
  );
  const writer = new SiteWriter(options.out);
  try {
    const site = siteView(config);
    const sitemap: Array<{ loc: string; lastmod: string | null }> = [];
    // Only a real, day-precise date is a fact a crawler may be told.
    const lastmod = new Map(archive.dated.filter((a) => a.dateSource !== "inferred" && a.date!.length >= 10).map((a) => [a.url, a.date!.slice(0, 10)]));
    timed(timings, "render", log, () => {
      copyStatic(layerDirs(options.root, path.join(PACKAGE_ROOT, "public"), config.public), writer);
      for (const page of sitePages(archive)) {
        writer.write(fileForUrl(page.url), renderPage(templates, site, page));
        if (page.url.endsWith("/")) sitemap.push({ loc: absolute(site, page.url), lastmod: lastmod.get(page.url) ?? null });
      }
      writer.write("sitemap.xml", sitemapXml(sitemap));
      writer.write("robots.txt", `User-agent: *\nAllow: /\nSitemap: ${absolute(site, "/sitemap.xml")}\n`);
    });
    await publish(archive, site, writer, timings, log); // publishing hook: feeds + search index, staged before the swap
    timed(timings, "output", log, () => writer.commit());
  } catch (error) {
    writer.abort();
    throw error;
  }

  const removed = ingested.files.flatMap((f) => f.removed);
  return {
    articles: archive.articles.length,
    files: writer.written + writer.unchanged,
    written: writer.written,
    unchanged: writer.unchanged,
    warnings: ingested.warnings,
    warningsByKind: countByKind(ingested.warnings), // publishing hook
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
