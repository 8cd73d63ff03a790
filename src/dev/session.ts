import type { Server } from "node:http";
import path from "node:path";
import type { Change } from "../pipeline/incremental/changes.ts";
import { DirectWriter } from "../output/direct-writer.ts";
import { SiteEngine, type RebuildResult } from "../pipeline/incremental/engine.ts";
import type { IngestedFile } from "../ingest/ingest-file.ts";
import { publicDirs, templateDirs } from "../project.ts";
import { loadConfig } from "../config.ts";
import { formatDiagnostic, NewsarchiveError, type Diagnostic, type SiteConfig } from "../model/index.ts";
import { guardAndLockOut } from "../output/guard-build.ts";
import { siteView } from "../render/index.ts";
import { errorLines, injectDev, LiveReload, pagePaths } from "./live-reload.ts";
import { hostAllowed } from "./host-check.ts";
import { LiveSearch } from "./live-search.ts";
import { createStaticServer, listen } from "./static-server.ts";
import { Watcher, type WatchTargets } from "./watch.ts";

/** What `startDev` needs: the project and seeds folders, the configuration file, and where to listen (port 0 picks a free one). */
export interface DevOptions {
  root: string;
  seeds: string;
  configFile: string;
  /** Command-line overrides of the configuration. */
  overrides?: Partial<SiteConfig>;
  /** Where the live site is written (default: `.newsarchive-cache/dev-site` in the project). */
  out?: string;
  host: string;
  port: number;
  log?: (line: string) => void;
  /** Called after each rebuild with what it did (tests and the benchmark listen here). */
  onRebuild?: (result: RebuildResult) => void;
}

/** A running preview: the port and URL it listens on, and `close()`, which stops the watcher, waits for a running rebuild, stops the search indexer and the server, and releases the output folder. */
export interface DevSession {
  port: number;
  url: string;
  close(): Promise<void>;
}

/**
 * The live preview: a first build, a server for its output, and a watcher whose batches become
 * incremental rebuilds, reload messages and an error overlay. Rebuilds run one at a time; changes
 * that arrive meanwhile wait and are applied together.
 */
export async function startDev(options: DevOptions): Promise<DevSession> {
  const out = path.resolve(options.out ?? path.join(options.root, ".newsarchive-cache", "dev-site"));
  let config = loadConfig(options.configFile, options.overrides);
  // The default folder is newsarchive's own cache; one the caller names gets the build's checks.
  const releaseOut = guardAndLockOut({ out, seeds: options.seeds, root: options.root, force: options.out === undefined, templates: templateDirs(options.root, config), public: publicDirs(options.root, config), configuredPublic: config.public });
  try {
    return await startDevLocked(options, out, config, releaseOut);
  } catch (error) {
    releaseOut();
    throw error;
  }
}

async function startDevLocked(options: DevOptions, out: string, firstConfig: SiteConfig, releaseOut: () => void): Promise<DevSession> {
  const log = options.log ?? (() => {});
  let config = firstConfig;
  const cache = new Map<string, IngestedFile>();
  const writer = new DirectWriter(out);
  const live = new LiveReload();
  let errors: string[] = [];
  let configError: Diagnostic | null = null;
  const targets = (c: SiteConfig): WatchTargets => ({ seeds: options.seeds, templates: templateDirs(options.root, c), assets: publicDirs(options.root, c), config: options.configFile });
  const onWarning = (w: Diagnostic) => log(`warning: ${formatDiagnostic(w)}`);
  const newEngine = (c: SiteConfig) => new SiteEngine({ root: options.root, seeds: options.seeds, config: c, writer, cache, onWarning });
  let engine = newEngine(config);

  const report = (result: RebuildResult, first: boolean): void => {
    const all = errorLines(configError ? [configError, ...result.errors] : result.errors);
    const changedErrors = all.join("\n") !== errors.join("\n");
    if (changedErrors) for (const line of all) log(`error: ${line}`);
    if (all.length && changedErrors) live.send({ event: "problem", errors: all });
    if (!all.length && errors.length) (log("errors fixed"), live.send({ event: "clear" }));
    errors = all;
    if (first) return;
    const basePath = siteView(config).basePath;
    const css = result.changed.length > 0 && result.changed.every((f) => f.endsWith(".css"));
    if (css) live.send({ event: "css" });
    else if (result.changed.length) live.send({ event: "reload", pages: result.changed.flatMap((f) => pagePaths(f, basePath)) });
    log(`rebuilt in ${result.ms.toFixed(0)} ms: ${result.pagesRendered} pages rendered, ${result.changed.length} files changed`);
    options.onRebuild?.(result);
  };

  const rebuild = async (changes: Change[]): Promise<RebuildResult> => {
    if (!changes.some((c) => c.kind === "config")) return engine.apply(changes);
    const start = performance.now();
    try {
      config = loadConfig(options.configFile, options.overrides);
      configError = null;
    } catch (error) {
      if (!(error instanceof NewsarchiveError)) throw error;
      configError = error.toDiagnostic("config");
      return { changed: [], errors: engine.errors(), pagesRendered: 0, ms: performance.now() - start };
    }
    watcher.retarget(targets(config));
    engine = newEngine(config);
    const result = await engine.full();
    return { ...result, ms: performance.now() - start };
  };

  const first = await engine.full();
  report(first, true);
  log(`built ${first.pagesRendered} pages in ${first.ms.toFixed(0)} ms`);
  // The search index is built in the background, straight to disk (the engine does not own it), and
  // after each rebuild only its shards whose articles changed are indexed again: search works in
  // the preview without slowing the first page or any rebuild.
  const search = new LiveSearch(out, log);
  search.update(engine.archive());

  // One rebuild at a time; a batch that arrives during a rebuild joins the next one.
  let queued: Change[] = [];
  let running: Promise<void> | null = null;
  const drain = async (): Promise<void> => {
    while (queued.length) {
      const batch = queued;
      queued = [];
      try {
        report(await rebuild(batch), false);
        search.update(engine.archive());
      } catch (error) {
        // An unexpected failure is reported like any other error; the server keeps the last good site.
        const message = (error as Error).stack ?? String(error);
        log(`error: rebuild failed: ${message}`);
        live.send({ event: "problem", errors: [`rebuild failed: ${(error as Error).message}`] });
        errors = [`rebuild failed: ${(error as Error).message}`];
      }
    }
    running = null;
  };
  const watcher = await Watcher.start(targets(config), (batch) => {
    if (process.env.NEWSARCHIVE_DEBUG_WATCH) log(`batch: ${batch.map((c) => `${c.kind} ${c.path}`).join(", ")}`);
    queued.push(...batch);
    running ??= drain();
  });

  const server: Server = createStaticServer({
    root: out,
    basePath: siteView(config).basePath,
    before: live.handle,
    transformHtml: (html) => injectDev(html, errors),
    allowHost: (header) => hostAllowed(header, options.host),
  });
  let port: number;
  try {
    port = await listen(server, options.port, options.host);
  } catch (error) {
    await watcher.close();
    await search.close(); // its thread would keep the process alive
    live.close();
    // "port in use" is the user's to fix: a plain message, not a stack trace.
    throw new NewsarchiveError((error as Error).message, { cause: error });
  }
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  return {
    port,
    url: `http://${host}:${port}${siteView(config).basePath}`,
    async close() {
      await watcher.close();
      await running;
      await search.close();
      live.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      releaseOut();
    },
  };
}
