// The dev server's builder thread: the incremental engine, its live output folder and the search
// index live here, so the server's thread never blocks on a rebuild (it keeps answering with the
// last good pages) and can stop the whole thing at once on Ctrl-C or SIGTERM (terminating this
// thread interrupts even a rebuild that is half done). Changes come in whenever the watcher sees
// them; results go out as they are made (a quick pass, then the full pass).
import { parentPort, workerData } from "node:worker_threads";
import { loadConfig } from "../config.ts";
import type { IngestedFile } from "../ingest/ingest-file.ts";
import { formatDiagnostic, NewsarchiveError, type Diagnostic, type SiteConfig } from "../model/index.ts";
import { DirectWriter } from "../output/direct-writer.ts";
import type { Change } from "../pipeline/incremental/changes.ts";
import { SiteEngine, type RebuildResult } from "../pipeline/incremental/engine.ts";
import { Superseded, type NewerWaiting } from "../pipeline/incremental/turns.ts";
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
  | ({ type: "result"; first: boolean } & ThreadResult)
  | { type: "failed"; first: boolean; message: string; stack: string };

/**
 * After a quick pass, how long the edits must pause before the full pass starts: an editor saving
 * again and again sees each save's page at once, and the lists catch up when they stop.
 */
const QUIET_MS = 300;

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
  /** Changes received and not yet taken up. */
  #pending: Change[] = [];
  /** Wakes `#newerWithin` when a batch arrives. */
  #arrived: (() => void) | null = null;
  #working: Promise<void> | null = null;

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

  /** Takes a batch of changes at any time; they are worked off in the order they came. */
  receive(changes: Change[]): void {
    this.#pending.push(...changes);
    this.#arrived?.();
    this.#working ??= this.#work().finally(() => (this.#working = null));
  }

  /**
   * Each batch gets a quick pass when it is an edit of what articles say (their pages, at once),
   * then the full pass, which makes way for newer changes: it stops for them and starts again
   * with them once their quick pass is out.
   */
  async #work(): Promise<void> {
    let owed: Change[] = [];
    while (this.#pending.length > 0) {
      const batch = this.#pending;
      this.#pending = [];
      owed = owed.concat(batch);
      const quick = owed.some((c) => c.kind === "config") ? null : this.#quick(batch);
      if (quick) {
        this.#post({ type: "result", first: false, ...this.#finish(quick, false) });
        if (await this.#newerWithin(QUIET_MS)) continue;
      }
      try {
        const result = await this.#apply(owed, () => this.#pending.length > 0);
        owed = [];
        this.#post({ type: "result", first: false, ...result });
      } catch (error) {
        if (error instanceof Superseded) continue;
        owed = [];
        this.#post({ type: "failed", first: false, message: (error as Error).message ?? String(error), stack: (error as Error).stack ?? String(error) });
      }
    }
  }

  /** The quick pass of a batch, or null (see `SiteEngine.preview`; a failure there leaves it to the full pass). */
  #quick(batch: Change[]): RebuildResult | null {
    try {
      return this.#engine.preview(batch);
    } catch {
      return null;
    }
  }

  /** True as soon as a newer batch arrives, false when `ms` pass without one. */
  #newerWithin(ms: number): Promise<boolean> {
    if (this.#pending.length > 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => ((this.#arrived = null), resolve(false)), ms);
      this.#arrived = () => (clearTimeout(timer), (this.#arrived = null), resolve(true));
    });
  }

  async #apply(changes: Change[], newer: NewerWaiting): Promise<ThreadResult> {
    if (!changes.some((c) => c.kind === "config")) return this.#finish(await this.#engine.apply(changes, newer));
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

  #finish(result: RebuildResult, search = true): ThreadResult {
    // The search index follows in the background, on a thread of its own: it never delays a page.
    if (search) this.#search.update(this.#engine.archive());
    return { result, configError: this.#configError, targets: watchTargets(this.#data, this.#config), basePath: siteView(this.#config).basePath };
  }
}

if (parentPort) {
  const port = parentPort;
  const post = (m: ThreadMessage) => port.postMessage(m);
  const failed = (first: boolean, error: unknown): ThreadMessage => ({ type: "failed", first, message: (error as Error).message ?? String(error), stack: (error as Error).stack ?? String(error) });
  let builder: Builder | null = null;
  // Batches that arrive during the first build wait for it.
  let early: Change[] = [];
  try {
    const b = new Builder(workerData as EngineThreadData, post);
    b.first().then(
      (r) => {
        post({ type: "result", first: true, ...r });
        builder = b;
        if (early.length) b.receive(early);
        early = [];
      },
      (error) => post(failed(true, error)),
    );
  } catch (error) {
    post(failed(true, error));
  }
  port.on("message", (m: ChangesMessage) => (builder ? builder.receive(m.changes) : early.push(...m.changes)));
}
