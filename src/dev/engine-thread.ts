// The dev server's builder thread: the incremental engine, its live output folder and the search
// index live here, so the server's thread never blocks on a rebuild (it keeps answering with the
// last good pages) and can stop the whole thing at once on Ctrl-C or SIGTERM (terminating this
// thread interrupts even a rebuild that is half done).
import { parentPort, workerData } from "node:worker_threads";
import { loadConfig } from "../config.ts";
import type { IngestedFile } from "../ingest/ingest-file.ts";
import { formatDiagnostic, NewsarchiveError, type Diagnostic, type SiteConfig } from "../model/index.ts";
import { DirectWriter } from "../output/direct-writer.ts";
import type { Change } from "../pipeline/incremental/changes.ts";
import { SiteEngine, type RebuildResult } from "../pipeline/incremental/engine.ts";
import { publicDirs, templateDirs } from "../project.ts";
import { siteView } from "../render/index.ts";
import { LiveSearch } from "./live-search.ts";
import type { WatchTargets } from "./watch.ts";

/** What the thread is started with. */
export interface EngineThreadData {
  root: string;
  seeds: string;
  configFile: string;
  overrides?: Partial<SiteConfig>;
  /** The live output folder (emptied first). */
  out: string;
}

/** A message to the thread: a batch of changes to apply. */
export interface ChangesMessage {
  type: "changes";
  id: number;
  changes: Change[];
}

/** What one build or rebuild left, as the server needs it. */
export interface ThreadResult {
  result: RebuildResult;
  /** The configuration file's error, while it is broken (the site keeps the last good configuration). */
  configError: Diagnostic | null;
  /** What to watch under the configuration now in force. */
  targets: WatchTargets;
  /** The URL path the site lives under. */
  basePath: string;
}

/** A message from the thread. */
export type ThreadMessage =
  | { type: "log"; line: string }
  | ({ type: "result"; id: number } & ThreadResult)
  | { type: "failed"; id: number; message: string; stack: string };

/** What the dev server watches under a configuration. */
export function watchTargets(data: EngineThreadData, config: SiteConfig): WatchTargets {
  return { seeds: data.seeds, templates: templateDirs(data.root, config), assets: publicDirs(data.root, config), config: data.configFile };
}

/**
 * The builder: a first full build, then one rebuild per batch. The writer holds a rebuild's files
 * and puts them in place together at its end, so a page requested meanwhile is the last good one.
 */
class Builder {
  readonly #data: EngineThreadData;
  readonly #post: (m: ThreadMessage) => void;
  readonly #cache = new Map<string, IngestedFile>();
  readonly #writer: DirectWriter;
  readonly #search: LiveSearch;
  #config: SiteConfig;
  #configError: Diagnostic | null = null;
  #engine: SiteEngine;

  constructor(data: EngineThreadData, post: (m: ThreadMessage) => void) {
    this.#data = data;
    this.#post = post;
    const log = (line: string) => post({ type: "log", line });
    this.#writer = new DirectWriter(data.out);
    this.#search = new LiveSearch(data.out, log);
    this.#config = loadConfig(data.configFile, data.overrides);
    this.#engine = this.#newEngine();
  }

  #newEngine(): SiteEngine {
    const d = this.#data;
    return new SiteEngine({ root: d.root, seeds: d.seeds, config: this.#config, writer: this.#writer, cache: this.#cache, onWarning: (w) => this.#post({ type: "log", line: `warning: ${formatDiagnostic(w)}` }) });
  }

  async first(): Promise<ThreadResult> {
    const result = await this.#engine.full();
    // From now on the server is answering from this folder: a rebuild's files land together.
    this.#writer.hold = true;
    return this.#finish(result);
  }

  async apply(changes: Change[]): Promise<ThreadResult> {
    if (!changes.some((c) => c.kind === "config")) return this.#finish(await this.#engine.apply(changes));
    const start = performance.now();
    try {
      this.#config = loadConfig(this.#data.configFile, this.#data.overrides);
      this.#configError = null;
    } catch (error) {
      if (!(error instanceof NewsarchiveError)) throw error;
      this.#configError = error.toDiagnostic("config");
      return this.#finish({ changed: [], errors: this.#engine.errors(), pagesRendered: 0, ms: performance.now() - start });
    }
    this.#engine = this.#newEngine();
    const result = await this.#engine.full();
    return this.#finish({ ...result, ms: performance.now() - start });
  }

  #finish(result: RebuildResult): ThreadResult {
    // The search index follows in the background, on a thread of its own: it never delays a page.
    this.#search.update(this.#engine.archive());
    return { result, configError: this.#configError, targets: watchTargets(this.#data, this.#config), basePath: siteView(this.#config).basePath };
  }
}

if (parentPort) {
  const port = parentPort;
  const post = (m: ThreadMessage) => port.postMessage(m);
  const fail = (id: number, error: unknown) => post({ type: "failed", id, message: (error as Error).message ?? String(error), stack: (error as Error).stack ?? String(error) });
  let builder: Builder;
  // One message at a time: the server sends the next batch only after the last result.
  let queue: Promise<void>;
  try {
    builder = new Builder(workerData as EngineThreadData, post);
    queue = builder.first().then((r) => post({ type: "result", id: 0, ...r }), (error) => fail(0, error));
  } catch (error) {
    fail(0, error);
    queue = Promise.resolve();
  }
  port.on("message", (m: ChangesMessage) => {
    queue = queue.then(() => builder.apply(m.changes).then((r) => post({ type: "result", id: m.id, ...r }), (error) => fail(m.id, error)));
  });
}
