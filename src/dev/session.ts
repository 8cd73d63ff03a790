import type { Server } from "node:http";
import path from "node:path";
import type { RebuildResult } from "../pipeline/incremental/engine.ts";
import { publicDirs, templateDirs } from "../project.ts";
import { loadConfig } from "../config.ts";
import { NewsarchiveError, type SiteConfig } from "../model/index.ts";
import { guardAndLockOut } from "../output/guard-build.ts";
import { siteView } from "../render/index.ts";
import { EngineHost } from "./engine-host.ts";
import type { EngineThreadData, ThreadResult } from "./engine-thread.ts";
import { errorLines, injectDev, LiveReload, pagePaths } from "./live-reload.ts";
import { hostAllowed } from "./host-check.ts";
import { createStaticServer, listen } from "./static-server.ts";
import { Watcher } from "./watch.ts";

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
  /** Stops the first build when aborted (Ctrl-C before the server is up): `startDev` then rejects. */
  signal?: AbortSignal;
}

/** A running preview: the port and URL it listens on, and `close()`, which stops the watcher, waits for a running rebuild, stops the search indexer and the server, and releases the output folder. */
export interface DevSession {
  port: number;
  url: string;
  close(): Promise<void>;
}

/**
 * The live preview: a first build, a server for its output, and a watcher whose batches become
 * incremental rebuilds, reload messages and an error overlay. The builder thread previews an edit's
 * own pages at once and brings the rest of the site up to date after (see engine-thread.ts).
 */
export async function startDev(options: DevOptions): Promise<DevSession> {
  const out = path.resolve(options.out ?? path.join(options.root, ".newsarchive-cache", "dev-site"));
  const config = loadConfig(options.configFile, options.overrides);
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
  const live = new LiveReload();
  let errors: string[] = [];
  const data: EngineThreadData = { root: options.root, seeds: options.seeds, configFile: options.configFile, overrides: options.overrides, out };
  let closing = false;
  // Builds run on a thread of their own: this one only serves, watches and answers signals.
  const engine = new EngineHost(data, {
    log,
    onResult: (done) => {
      if (closing) return;
      watcher?.retarget(done.targets);
      report(done, false);
    },
    onFailure: (error) => {
      if (closing) return;
      // An unexpected failure is reported like any other error; the server keeps the last good site.
      log(`error: rebuild failed: ${error.stack ?? String(error)}`);
      live.send({ event: "problem", errors: [`rebuild failed: ${error.message}`] });
      errors = [`rebuild failed: ${error.message}`];
    },
  });
  let watcher: Watcher | null = null;
  const stopEarly = () => void engine.stop();
  options.signal?.addEventListener("abort", stopEarly, { once: true });
  let basePath = siteView(firstConfig).basePath;

  const report = ({ result, configError, basePath: path }: ThreadResult, first: boolean): void => {
    basePath = path;
    const all = errorLines(configError ? [configError, ...result.errors] : result.errors);
    const changedErrors = all.join("\n") !== errors.join("\n");
    if (changedErrors) for (const line of all) log(`error: ${line}`);
    if (all.length && changedErrors) live.send({ event: "problem", errors: all });
    if (!all.length && errors.length) (log("errors fixed"), live.send({ event: "clear" }));
    errors = all;
    if (first) return;
    const css = result.changed.length > 0 && result.changed.every((f) => f.endsWith(".css"));
    if (css) live.send({ event: "css" });
    else if (result.changed.length) live.send({ event: "reload", pages: result.changed.flatMap((f) => pagePaths(f, basePath)) });
    if (result.partial) log(`previewed in ${result.ms.toFixed(0)} ms: ${result.pagesRendered} edited page${result.pagesRendered === 1 ? "" : "s"}; the rest follows`);
    else log(`rebuilt in ${result.ms.toFixed(0)} ms: ${result.pagesRendered} pages rendered, ${result.changed.length} files changed`);
    options.onRebuild?.(result);
  };

  let first: ThreadResult;
  try {
    first = await engine.first();
  } catch (error) {
    await engine.stop();
    if (options.signal?.aborted) throw new NewsarchiveError("stopped before the first build finished", { cause: error });
    throw error;
  } finally {
    options.signal?.removeEventListener("abort", stopEarly);
  }
  report(first, true);
  log(`built ${first.result.pagesRendered} pages in ${first.result.ms.toFixed(0)} ms`);

  // The builder takes batches as they come: it previews an edit at once and catches up after.
  const watching = await Watcher.start(first.targets, (batch) => {
    if (process.env.NEWSARCHIVE_DEBUG_WATCH) log(`batch: ${batch.map((c) => `${c.kind} ${c.path}`).join(", ")}`);
    log(`rebuilding: ${batch.length} change${batch.length === 1 ? "" : "s"}`);
    engine.send(batch);
  });
  watcher = watching;

  const server: Server = createStaticServer({
    root: out,
    basePath,
    before: live.handle,
    transformHtml: (html) => injectDev(html, errors),
    allowHost: (header) => hostAllowed(header, options.host),
  });
  let port: number;
  try {
    port = await listen(server, options.port, options.host);
  } catch (error) {
    await watching.close();
    await engine.stop(); // its threads would keep the process alive
    live.close();
    // "port in use" is the user's to fix: a plain message, not a stack trace.
    throw new NewsarchiveError((error as Error).message, { cause: error });
  }
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  return {
    port,
    url: `http://${host}:${port}${basePath}`,
    async close() {
      // Prompt, even mid-rebuild: the builder thread is stopped, not waited for. Its folder is
      // newsarchive's own and is rebuilt from scratch by the next dev server.
      closing = true;
      await watching.close();
      await engine.stop();
      live.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      releaseOut();
    },
  };
}
