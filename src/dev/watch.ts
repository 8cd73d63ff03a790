import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { watch, type FSWatcher } from "chokidar";
import type { Change } from "../pipeline/incremental/changes.ts";
import { isWithin } from "../model/paths.ts";

/** What dev mode watches: the seeds folder, the template and public layers, the configuration file. */
export interface WatchTargets {
  seeds: string;
  templates: readonly string[];
  assets: readonly string[];
  config: string;
}

const EDITOR_JUNK = /\.sw[a-p]x?$|~$|^\.#|^#.*#$/;

const TRAIL_MS = 80;

/** Enough of a file's state to tell that it changed: size, modification time, inode (or "gone"). */
function signature(file: string): string {
  try {
    const s = statSync(file, { bigint: true });
    return `${s.size}:${s.mtimeNs}:${s.ino}`;
  } catch {
    return "gone";
  }
}


/** The kind of a changed path, or null when nothing depends on it (editor backups, dotfiles). */
export function classify(file: string, targets: WatchTargets): Change | null {
  const abs = path.resolve(file);
  if (abs === path.resolve(targets.config)) return { kind: "config", path: abs };
  const rel = (dir: string) => path.relative(dir, abs);
  if (isWithin(path.resolve(targets.seeds), abs)) {
    if (rel(path.resolve(targets.seeds)).split(path.sep).some((s) => s.startsWith("."))) return null;
    return { kind: "content", path: abs };
  }
  for (const dir of targets.templates) if (isWithin(path.resolve(dir), abs)) return abs.endsWith(".eta") ? { kind: "template", path: abs } : null;
  for (const dir of targets.assets) if (isWithin(path.resolve(dir), abs)) return path.basename(abs).startsWith(".") ? null : { kind: "asset", path: abs };
  return null;
}

/**
 * The only owner of the file watcher. Events are batched (editors write several times per save,
 * rename temp files into place, and `git checkout` touches hundreds of files at once), deduplicated
 * by path, classified, and handed over as one batch after `debounceMs` of quiet. Event types are not
 * trusted: the engine looks at the disk to decide whether a path was added, changed or removed.
 */
export class Watcher {
  readonly #onBatch: (changes: Change[]) => void;
  readonly #debounceMs: number;
  #targets: WatchTargets;
  #fs: FSWatcher;
  #project: FSWatcher;
  #pending = new Map<string, Change>();
  #timer: NodeJS.Timeout | null = null;
  readonly #trailing = new Map<string, NodeJS.Timeout>();

  private constructor(targets: WatchTargets, onBatch: (changes: Change[]) => void, debounceMs: number) {
    this.#targets = targets;
    this.#onBatch = onBatch;
    this.#debounceMs = debounceMs;
    this.#fs = watch(Watcher.#paths(targets), {
      ignoreInitial: true,
      // Editors' swap and lock files: never content.
      ignored: (p: string) => EDITOR_JUNK.test(path.basename(p)),
    });
    for (const event of ["add", "change", "unlink", "addDir", "unlinkDir"] as const) this.#fs.on(event, (p: string) => this.#queue(p, true));
    this.#project = watch(path.dirname(path.resolve(targets.config)), { ignoreInitial: true, depth: 0 });
    for (const event of ["add", "unlink", "addDir", "unlinkDir"] as const) this.#project.on(event, (p: string) => this.#onProject(p));
    if (process.env.NEWSARCHIVE_DEBUG_WATCH) this.#fs.on("all", (e: string, p: string) => console.log(`watch: ${e} ${p}`));
    this.#fs.on("error", (error) => console.error(`watcher: ${(error as Error).message}`));
  }

  // 10 ms of quiet gathers the events of one save (an atomic rename's arrive within a millisecond or two);
  // a longer wait is added to every keystroke's reload, and events during a rebuild are batched anyway.
  static async start(targets: WatchTargets, onBatch: (changes: Change[]) => void, debounceMs = 10): Promise<Watcher> {
    const w = new Watcher(targets, onBatch, debounceMs);
    await Promise.all([w.#fs, w.#project].map((fs) => new Promise<void>((resolve) => fs.once("ready", () => resolve()))));
    return w;
  }

  /** A configuration file or override folder appeared or vanished at the project's top level. */
  #onProject(p: string): void {
    const abs = path.resolve(p);
    const t = this.#targets;
    if (abs === path.resolve(t.config) || [...t.templates, ...t.assets].some((d) => path.resolve(d) === abs)) {
      this.#pending.set(path.resolve(t.config), { kind: "config", path: path.resolve(t.config) });
      if (this.#timer) clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.#flush(), this.#debounceMs);
    }
  }

  // chokidar 5 may watch nothing at all when given a path that does not exist, so only existing
  // paths are watched; the project folder itself is watched one level deep so that a configuration
  // file or an override folder that appears later is noticed (as a configuration change).
  static #paths(t: WatchTargets): string[] {
    return [...new Set([t.seeds, ...t.templates, ...t.assets, t.config].map((p) => path.resolve(p)))].filter((p) => existsSync(p));
  }

  /** Follows a configuration change that moved the template or public folders. */
  retarget(targets: WatchTargets): void {
    const before = new Set(Watcher.#paths(this.#targets));
    const after = Watcher.#paths(targets);
    this.#targets = targets;
    const added = after.filter((p) => !before.has(p));
    const gone = [...before].filter((p) => !after.includes(p));
    if (added.length) this.#fs.add(added);
    if (gone.length) this.#fs.unwatch(gone);
  }

  #queue(file: string, fromEvent: boolean): void {
    const change = classify(file, this.#targets);
    if (!change) return;
    if (fromEvent) this.#trail(change.path);
    this.#pending.set(change.path, change);
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#flush(), this.#debounceMs);
  }

  /**
   * chokidar drops a second "change" of a path within 50 ms of the first, so a quick second write
   * (editors that save twice, scripts) could leave a stale page. Look at the file again once that
   * window has passed and queue it again if it differs from what it was when the event came.
   */
  #trail(file: string): void {
    const seen = signature(file);
    clearTimeout(this.#trailing.get(file));
    const timer = setTimeout(() => {
      this.#trailing.delete(file);
      if (signature(file) !== seen) this.#queue(file, true);
    }, TRAIL_MS);
    timer.unref();
    this.#trailing.set(file, timer);
  }

  #flush(): void {
    this.#timer = null;
    const batch = [...this.#pending.values()];
    this.#pending.clear();
    if (batch.length) this.#onBatch(batch);
  }

  async close(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    for (const t of this.#trailing.values()) clearTimeout(t);
    this.#pending.clear();
    await Promise.all([this.#fs.close(), this.#project.close()]);
  }
}
