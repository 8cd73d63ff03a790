import path from "node:path";
import { watch, type FSWatcher } from "chokidar";
import type { Change } from "../build/changes.ts";

/** What dev mode watches: the seeds folder, the template and public layers, the configuration file. */
export interface WatchTargets {
  seeds: string;
  templates: readonly string[];
  assets: readonly string[];
  config: string;
}

const EDITOR_JUNK = /\.sw[a-p]x?$|~$|^\.#|^#.*#$/;

const inside = (dir: string, file: string) => file === dir || file.startsWith(dir + path.sep);

/** The kind of a changed path, or null when nothing depends on it (editor backups, dotfiles). */
export function classify(file: string, targets: WatchTargets): Change | null {
  const abs = path.resolve(file);
  if (abs === path.resolve(targets.config)) return { kind: "config", path: abs };
  const rel = (dir: string) => path.relative(dir, abs);
  if (inside(path.resolve(targets.seeds), abs)) {
    if (rel(path.resolve(targets.seeds)).split(path.sep).some((s) => s.startsWith("."))) return null;
    return { kind: "content", path: abs };
  }
  for (const dir of targets.templates) if (inside(path.resolve(dir), abs)) return abs.endsWith(".eta") ? { kind: "template", path: abs } : null;
  for (const dir of targets.assets) if (inside(path.resolve(dir), abs)) return path.basename(abs).startsWith(".") ? null : { kind: "asset", path: abs };
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
  #pending = new Map<string, Change>();
  #timer: NodeJS.Timeout | null = null;

  private constructor(targets: WatchTargets, onBatch: (changes: Change[]) => void, debounceMs: number) {
    this.#targets = targets;
    this.#onBatch = onBatch;
    this.#debounceMs = debounceMs;
    this.#fs = watch(Watcher.#paths(targets), {
      ignoreInitial: true,
      // Editors' swap and lock files: never content.
      ignored: (p: string) => EDITOR_JUNK.test(path.basename(p)),
    });
    for (const event of ["add", "change", "unlink", "addDir", "unlinkDir"] as const) this.#fs.on(event, (p: string) => this.#queue(p));
    this.#fs.on("error", (error) => console.error(`watcher: ${(error as Error).message}`));
  }

  static async start(targets: WatchTargets, onBatch: (changes: Change[]) => void, debounceMs = 25): Promise<Watcher> {
    const w = new Watcher(targets, onBatch, debounceMs);
    await new Promise<void>((resolve) => w.#fs.once("ready", () => resolve()));
    return w;
  }

  static #paths(t: WatchTargets): string[] {
    return [...new Set([t.seeds, ...t.templates, ...t.assets, t.config].map((p) => path.resolve(p)))];
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

  #queue(file: string): void {
    const change = classify(file, this.#targets);
    if (!change) return;
    this.#pending.set(change.path, change);
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#flush(), this.#debounceMs);
  }

  #flush(): void {
    this.#timer = null;
    const batch = [...this.#pending.values()];
    this.#pending.clear();
    if (batch.length) this.#onBatch(batch);
  }

  async close(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#pending.clear();
    await this.#fs.close();
  }
}
