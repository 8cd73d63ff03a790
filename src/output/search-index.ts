// The search index as shards (see archive/search-shards.ts): each shard's records go to Pagefind on
// a worker thread, one shard at a time, and its bundle is written by Pagefind itself to
// `<site>/pagefind/<shard>/`. A shard whose records are the same as last time is not indexed again:
// the dev server keeps the bundle in place, and a build links it from the build cache, where each
// bundle is kept under the digest of its records (the shard's fingerprint).
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { NewsarchiveError, siblingModule } from "../model/index.ts";
import type { SearchRecord, SearchShardInput } from "../render/search-record.ts";

export type { SearchShardInput };
import type { SearchMessage, SearchReply } from "./search-worker.ts";


/** What an update did. */
export interface SearchResult {
  /** Shards in the index, and of those: indexed by Pagefind now, or kept from before. */
  shards: number;
  indexed: number;
  reused: number;
  /** Articles in the index. */
  pages: number;
  /** Every file of the bundles written into the site folder, relative to it. */
  files: string[];
  /** Files of bundles left where they are in the live site (see `update`'s `live`), relative to it. */
  kept: string[];
}

/** A live site whose bundles a build patching it in place may leave where they are. */
export interface LiveBundles {
  /** The live site folder. */
  dir: string;
  /** Per shard folder: the fingerprint of the bundle there, as the last build left it. */
  keys: ReadonlyMap<string, string>;
}

const COMPLETE = ".complete";
/**
 * Shards queued on the indexer's thread behind the one it is indexing: one is enough for it never to
 * wait, and every shard queued holds all its records (bodies included) in that thread's heap.
 */
const SHARDS_AHEAD = 1;

/** Writes the Pagefind bundles of a site's search shards from a worker thread it starts on first use; owned by one build or one dev session, which must `close()` it (the thread keeps the process alive). */
export class SearchIndexer {
  readonly #cacheDir: string | null;
  /** Per shard folder: the fingerprint of the bundle in place (kept across updates of one site). */
  readonly #inPlace = new Map<string, string>();
  readonly #background: boolean;
  #worker: Worker | null = null;
  #closed = false;
  #nextId = 0;
  readonly #waiting = new Map<number, { resolve: (pages: number) => void; reject: (error: Error) => void }>();

  /**
   * With `cacheDir`, bundles are kept there by fingerprint for the next build (the CLI's build
   * cache); with `background`, updates leave this thread a turn between shards (the dev server).
   */
  constructor(options: { cacheDir?: string | null; background?: boolean } = {}) {
    this.#cacheDir = options.cacheDir ?? null;
    this.#background = options.background === true;
  }

  /**
   * Writes the bundle of every shard under `<site>/pagefind/` and removes anything else there (shards
   * that no longer exist). Shards to index are queued on the thread ahead of need (`SHARDS_AHEAD`),
   * so it indexes without waiting for this thread; it does them one after another, so Pagefind
   * holds one shard at a time.
   */
  async update(site: string, shards: Iterable<SearchShardInput>, live?: LiveBundles | null): Promise<SearchResult> {
    const root = path.join(site, "pagefind");
    mkdirSync(root, { recursive: true });
    const result: SearchResult = { shards: 0, indexed: 0, reused: 0, pages: 0, files: [], kept: [] };
    const names = new Set<string>();
    const used = new Set<string>();
    const queued: Array<{ dir: string; next: string; cached: string | null; written: Promise<number> }> = [];
    const placed = (name: string, dir: string, key: string): void => {
      this.#inPlace.set(name, key);
      result.files.push(...listFiles(dir).map((f) => path.relative(site, f).split(path.sep).join("/")));
    };
    const settleOldest = async (): Promise<void> => {
      const job = queued.shift()!;
      await job.written;
      if (job.cached) keep(job.next, job.cached);
      swapIn(job.dir, job.next);
    };
    const keys: Array<[name: string, dir: string, key: string]> = [];
    for (const shard of shards) {
      // In the background (dev), a turn for the server between shards: hashing a shard takes a while.
      if (this.#background) await new Promise((resolve) => setImmediate(resolve));
      let records: SearchRecord[] | null = null;
      const key = shard.key?.() ?? createHash("sha1").update(JSON.stringify((records = shard.records()))).digest("base64url");
      const dir = path.join(root, shard.name);
      used.add(key);
      result.shards++;
      result.pages += shard.size ?? (records ??= shard.records()).length;
      if (live?.keys.get(shard.name) === key) {
        // The site is patched in place and this bundle there is as it should be: it stays there, not staged.
        this.#inPlace.set(shard.name, key);
        const there = path.join(live.dir, "pagefind", shard.name);
        result.kept.push(...listFiles(there).map((f) => path.relative(live.dir, f).split(path.sep).join("/")));
        continue;
      }
      names.add(shard.name);
      keys.push([shard.name, dir, key]);
      const cached = this.#cacheDir ? path.join(this.#cacheDir, key) : null;
      // Already in place (the dev server's folder), or linked in from the cache, or indexed now.
      if (this.#inPlace.get(shard.name) === key && existsSync(dir)) continue;
      if (cached && existsSync(path.join(cached, COMPLETE))) {
        swapIn(dir, (next) => linkTree(cached, next));
      } else {
        const next = nextFolder(dir);
        records ??= shard.records();
        const written = this.#index(records, next);
        written.catch(() => {}); // awaited in order below
        queued.push({ dir, next, cached, written });
        result.indexed++;
        while (queued.length > 1 + SHARDS_AHEAD) await settleOldest();
      }
    }
    while (queued.length) await settleOldest();
    result.reused = result.shards - result.indexed;
    for (const [name, dir, key] of keys) placed(name, dir, key);
    for (const name of readdirSync(root)) {
      if (!names.has(name)) {
        rmSync(path.join(root, name), { recursive: true, force: true });
        this.#inPlace.delete(name);
      }
    }
    if (this.#cacheDir) prune(this.#cacheDir, used);
    return result;
  }

  /** Per shard folder: the fingerprint of its bundle as the last update left it. */
  keys(): ReadonlyMap<string, string> {
    return this.#inPlace;
  }

  /** Stops the indexer's thread (and so its Pagefind process). */
  async close(): Promise<void> {
    this.#closed = true;
    const worker = this.#worker;
    this.#worker = null;
    await worker?.terminate();
  }

  /** Queues one shard on the thread; resolves when its bundle is written. */
  #index(records: SearchRecord[], outputPath: string): Promise<number> {
    if (this.#closed) return Promise.reject(new NewsarchiveError("search index: stopped"));
    const worker = this.#worker ?? this.#start();
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      worker.postMessage({ type: "shard", id, records, outputPath } satisfies SearchMessage);
    });
  }

  #start(): Worker {
    const worker = (this.#worker = new Worker(siblingModule("./search-worker", import.meta.url)));
    const failAll = (message: string): void => {
      for (const w of this.#waiting.values()) w.reject(new NewsarchiveError(`search index: ${message}`));
      this.#waiting.clear();
    };
    worker.on("message", (m: SearchReply) => {
      const w = this.#waiting.get(m.id);
      this.#waiting.delete(m.id);
      if (m.type === "written") w?.resolve(m.pages);
      else w?.reject(new NewsarchiveError(`search index: ${m.message}`));
    });
    worker.on("error", (error) => failAll(error.message));
    worker.on("exit", (code) => {
      if (this.#worker === worker) this.#worker = null;
      failAll(`the indexer stopped (exit code ${code})`);
    });
    return worker;
  }
}

/** A fresh folder beside `dir` for its next bundle (hidden, so never taken for a shard). */
function nextFolder(dir: string): string {
  const next = path.join(path.dirname(dir), `.${path.basename(dir)}.next-${process.pid}`);
  rmSync(next, { recursive: true, force: true });
  return next;
}

/** Puts a new bundle in place of `dir` by renames, so a server never sees half a bundle. */
function swapIn(dir: string, next: string | ((next: string) => void)): void {
  let ready: string;
  if (typeof next === "string") ready = next;
  else {
    ready = nextFolder(dir);
    next(ready);
  }
  const old = `${ready}.old`;
  rmSync(old, { recursive: true, force: true });
  if (existsSync(dir)) renameSync(dir, old);
  renameSync(ready, dir);
  rmSync(old, { recursive: true, force: true });
}

/** Copies a bundle into the cache by hard links, marked complete only once whole. */
function keep(bundle: string, cached: string): void {
  try {
    const tmp = `${cached}.tmp-${process.pid}`;
    rmSync(tmp, { recursive: true, force: true });
    linkTree(bundle, tmp);
    writeFileSync(path.join(tmp, COMPLETE), "");
    rmSync(cached, { recursive: true, force: true });
    renameSync(tmp, cached);
  } catch {
    // A cache that cannot be written only makes the next build slower.
  }
}

/** Drops cached bundles this build did not use, so the cache never outgrows the archive. */
function prune(cacheDir: string, used: ReadonlySet<string>): void {
  try {
    for (const name of readdirSync(cacheDir)) if (!used.has(name)) rmSync(path.join(cacheDir, name), { recursive: true, force: true });
  } catch {
    // no cache folder yet
  }
}

function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const a = path.join(from, entry.name);
    const b = path.join(to, entry.name);
    if (entry.isDirectory()) linkTree(a, b);
    else if (entry.name !== COMPLETE) {
      try {
        linkSync(a, b);
      } catch {
        copyFileSync(a, b); // across devices
      }
    }
  }
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
    .sort();
}
