import { existsSync, mkdirSync, readdirSync, renameSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { NewsarchiveError, siblingModule } from "../model/index.ts";
import { StagedFiles } from "./staged-files.ts";
import { insideFolder } from "./inside.ts";
import { markSiteFolder } from "./out-dir-guard.ts";
import { removeTree } from "./remove-tree.ts";
import { applyPatch, rollForward } from "./patch-site.ts";

/** Files handed to the writer thread per message: few messages, little waiting at the end. */
const THREAD_BATCH = 64;
/** Files handed to the writer thread and not yet written, beyond which rendering waits. */
const THREAD_BACKLOG = 2048;
const encoder = new TextEncoder();

/**
 * Writes a site into a staging folder beside the output folder and swaps it into place only when
 * complete, so a failed or killed build never leaves a half-written site and never loses the last
 * good one. A file whose bytes did not change is hard-linked from the previous site instead of
 * rewritten, so its modification time (and any server's cache) survives the build.
 */
export class SiteWriter {
  readonly out: string;
  readonly staging: string;
  written = 0;
  unchanged = 0;
  /** Every site-relative file staged, in order. */
  readonly files: string[] = [];
  /** Files of a site patched in place that were kept where they are, untouched (see `keep`). */
  readonly untouched: string[] = [];
  /** The synchronous path's folders and files (the thread has its own). */
  readonly #staged: StagedFiles;
  /** Whether there is a previous site to keep unchanged files from (a first build skips the comparison). */
  readonly #hasPrevious: boolean;

  readonly #thread: Worker | null = null;
  #queued: Array<{ target: string; previous: string | null; bytes: Uint8Array | null }> = [];
  #movable: ArrayBuffer[] = [];
  #inFlight = 0;
  #caughtUp: (() => void) | null = null;
  #unsettled = false;

  /** The previous site's files when this build patches it in place (see patch-site.ts), else null. */
  readonly #patch: ReadonlySet<string> | null;

  /**
   * With `thread`, folders and files are made on a worker thread (see write-worker.ts); call
   * `settle()` before `commit()`. With `patch` (the files of the previous site, which the caller
   * checked are exactly what is in `out`), only changed files are staged, and `commit()` moves them
   * into place instead of swapping the whole folder.
   */
  constructor(out: string, options: { thread?: boolean; patch?: ReadonlySet<string> | null } = {}) {
    this.out = path.resolve(out);
    const parent = path.dirname(this.out);
    mkdirSync(parent, { recursive: true });
    // A patch a killed build left half done is finished first: it names its staging folder.
    rollForward(this.out);
    this.#removeStale(parent);
    this.#patch = options.patch && existsSync(this.out) ? options.patch : null;
    this.staging = path.join(parent, `.${path.basename(this.out)}.staging-${process.pid}-${Date.now().toString(36)}`);
    mkdirSync(this.staging, { recursive: true });
    // Carried into place by the swap: the next build knows this folder is its to replace.
    markSiteFolder(this.staging);
    this.#staged = new StagedFiles(this.staging, this.#patch === null);
    this.#hasPrevious = existsSync(this.out);
    if (options.thread) {
      this.#thread = new Worker(siblingModule("./write-worker", import.meta.url), { workerData: { staging: this.staging, linkUnchanged: this.#patch === null } });
      this.#thread.on("message", (m: { type: string; count?: number }) => {
        if (m.type !== "wrote") return;
        this.#inFlight -= m.count!;
        if (this.#caughtUp && this.#inFlight <= THREAD_BACKLOG / 2) this.#caughtUp();
      });
      // A thread that died holds nothing back; settle() reports it.
      this.#thread.on("exit", () => {
        this.#inFlight = 0;
        this.#caughtUp?.();
      });
    }
  }

  /** Null, or a promise that resolves once the writer thread has caught up (it fell far behind: memory stays bounded). */
  caughtUp(): Promise<void> | null {
    if (this.#inFlight <= THREAD_BACKLOG) return null;
    return new Promise<void>((resolve) => (this.#caughtUp = resolve)).finally(() => (this.#caughtUp = null));
  }

  /** Waits for the writer thread to finish every file handed to it, and takes its counts. */
  async settle(): Promise<void> {
    const thread = this.#thread;
    if (!thread) return;
    this.#flush();
    const result = await new Promise<{ written: number; unchanged: number; failure: string | null }>((resolve, reject) => {
      thread.on("message", (m: { type: string; written: number; unchanged: number; failure: string | null }) => m.type === "settled" && resolve(m));
      thread.once("error", reject);
      thread.postMessage({ type: "settle" });
    });
    this.written += result.written;
    this.unchanged += result.unchanged;
    this.#unsettled = false;
    await thread.terminate();
    if (result.failure) throw new NewsarchiveError(`cannot write the site: ${result.failure}`);
  }

  #flush(): void {
    if (this.#queued.length === 0) return;
    // Buffers encoded here are moved; the caller's own bytes are copied (it may still use them).
    this.#thread!.postMessage({ type: "write", files: this.#queued }, this.#movable);
    this.#inFlight += this.#queued.length;
    this.#queued = [];
    this.#movable = [];
  }

  /** Leftovers of builds that were killed: their staging folders are never the live site. */
  #removeStale(parent: string): void {
    const prefix = `.${path.basename(this.out)}.`;
    // A build killed between commit()'s two renames left the last good site as `.old-`: put it back.
    const old = readdirSync(parent).filter((n) => n.startsWith(prefix) && n.includes(".old-"));
    if (!existsSync(this.out) && old.length === 1) renameSync(path.join(parent, old[0]!), this.out);
    for (const name of readdirSync(parent)) {
      if (name.startsWith(prefix) && (name.includes(".staging-") || name.includes(".old-"))) removeTree(path.join(parent, name));
    }
  }

  /** The staging path of a site-relative file, refusing anything that would land outside the site. */
  #target(rel: string): string {
    return insideFolder(this.staging, rel);
  }

  /** Where the live site has the file staged at `target` (inside the staging folder: `#target` checked it). */
  #previous(target: string): string {
    return this.out + target.slice(this.staging.length);
  }

  /** Writes a site file; `owned`: the bytes are a buffer of their own that the writer may move to its thread (the caller lets go of them). */
  write(rel: string, content: string | Uint8Array, owned = false): void {
    const target = this.#target(rel);
    this.files.push(rel);
    const previous = this.#previous(target);
    if (this.#thread) {
      // Encoded here into a buffer of its own, which is moved to the thread rather than copied
      // (cloning strings of mostly two-byte text cost more than rendering them).
      const own = typeof content === "string" || owned;
      const bytes = typeof content === "string" ? encoder.encode(content) : content;
      this.#queued.push({ target, previous: this.#hasPrevious ? previous : null, bytes });
      if (own) this.#movable.push(bytes.buffer as ArrayBuffer);
      this.#unsettled = true;
      if (this.#queued.length >= THREAD_BATCH) this.#flush();
      return;
    }
    const bytes = typeof content === "string" ? Buffer.from(content) : content;
    if (this.#staged.write(target, this.#hasPrevious ? previous : null, bytes)) this.written++;
    else this.unchanged++;
  }

  /** Takes `rel` as the previous site has it, unread (the caller knows it did not change: see PageReuse). */
  keep(rel: string): void {
    const target = this.#target(rel);
    this.files.push(rel);
    if (this.#patch) {
      this.untouched.push(rel);
      return void this.unchanged++; // it stays where it is
    }
    const previous = this.#previous(target);
    if (this.#thread) {
      this.#queued.push({ target, previous, bytes: null });
      this.#unsettled = true;
      if (this.#queued.length >= THREAD_BATCH) this.#flush();
      return;
    }
    this.#staged.write(target, previous, null);
    this.unchanged++;
  }

  /** Counts a file that was put in the staging folder by someone else (Pagefind writes its own bundle) as part of the site. */
  adopt(rel: string): void {
    this.#target(rel);
    this.files.push(rel);
    this.written++;
  }

  /** Swaps the staged site into place. */
  commit(): void {
    if (this.#unsettled) throw new NewsarchiveError("internal error: commit() before settle() on a threaded site writer");
    if (this.#patch) {
      const now = new Set(this.files);
      return applyPatch(this.staging, this.out, [...this.#patch].filter((f) => !now.has(f)));
    }
    const old = `${path.join(path.dirname(this.out), `.${path.basename(this.out)}`)}.old-${process.pid}-${Date.now().toString(36)}`;
    const hadOld = existsSync(this.out);
    if (hadOld) renameSync(this.out, old);
    renameSync(this.staging, this.out);
    if (hadOld) removeTree(old);
  }

  abort(): void {
    void this.#thread?.terminate();
    removeTree(this.staging);
  }
}

/** Anything that takes site files: the writer, or a collector (dev mode, tests). */
export type SiteSink = Pick<SiteWriter, "write">;

/** The file a site URL is written to: `/a/b/` → `a/b/index.html`, `/404.html` → `404.html`. */
export function fileForUrl(url: string): string {
  return url.endsWith("/") ? `${url.slice(1)}index.html` : url.slice(1);
}
