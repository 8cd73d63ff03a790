// The search index as shards (see archive/search-shards.ts): each shard's records go to Pagefind on
// a worker thread (several shards side by side, see search-threads.ts), and its bundle is written
// by Pagefind itself to `<site>/pagefind/<shard>/`. A shard whose records are the same as last
// time is not indexed again: the dev server keeps the bundle in place, and a build links it from
// the build cache, where each bundle is kept under the digest of its records (the shard's fingerprint).
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { SearchRecord, SearchShardInput } from "../render/search-record.ts";
import { defaultSearchProcesses, SearchThreads } from "./search-threads.ts";

export type { SearchShardInput };


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
 * Shards in the threads' hands at once (being indexed or queued), at least: with one thread, one
 * queued behind the one it indexes, so it never waits for this thread; with more, one each. Every
 * shard handed over holds all its records (bodies included) in a thread's heap.
 */
const MIN_IN_FLIGHT = 2;

/** Writes the Pagefind bundles of a site's search shards from worker threads it starts on first use; owned by one build or one dev session, which must `close()` it (the threads keep the process alive). */
export class SearchIndexer {
  readonly #cacheDir: string | null;
  /** Per shard folder: the fingerprint of the bundle in place (kept across updates of one site). */
  readonly #inPlace = new Map<string, string>();
  readonly #background: boolean;
  readonly #threads: SearchThreads;

  /**
   * With `cacheDir`, bundles are kept there by fingerprint for the next build (the CLI's build
   * cache); with `background`, updates leave this thread a turn between shards and index one shard
   * at a time (the dev server); `processes` is how many Pagefind processes may run at once
   * (default: one per core up to four, one in the background).
   */
  constructor(options: { cacheDir?: string | null; background?: boolean; processes?: number } = {}) {
    this.#cacheDir = options.cacheDir ?? null;
    this.#background = options.background === true;
    this.#threads = new SearchThreads(Math.max(1, options.processes ?? (this.#background ? 1 : defaultSearchProcesses())));
  }

  /**
   * Writes the bundle of every shard under `<site>/pagefind/` and removes anything else there (shards
   * that no longer exist). Shards to index are handed to the threads ahead of need (`MIN_IN_FLIGHT`),
   * so they index without waiting for this thread; each thread does its shards one after another,
   * so a Pagefind process holds one shard at a time.
   */
  async update(site: string, shards: Iterable<SearchShardInput>, live?: LiveBundles | null): Promise<SearchResult> {
    const root = path.join(site, "pagefind");
    mkdirSync(root, { recursive: true });
    const result: SearchResult = { shards: 0, indexed: 0, reused: 0, pages: 0, files: [], kept: [] };
    const names = new Set<string>();
    const used = new Set<string>();
    // Shards being indexed, each put in place (and kept in the cache) as soon as its bundle is written.
    const inFlight = new Set<Promise<void>>();
    const limit = Math.max(this.#threads.count, MIN_IN_FLIGHT);
    const placed = (name: string, dir: string, key: string): void => {
      this.#inPlace.set(name, key);
      result.files.push(...listFiles(dir).map((f) => path.relative(site, f).split(path.sep).join("/")));
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
        const job: Promise<void> = this.#threads
          .index(records, next)
          .then(() => {
            if (cached) keep(next, cached);
            swapIn(dir, next);
          })
          .finally(() => inFlight.delete(job));
        job.catch(() => {}); // awaited below
        inFlight.add(job);
        result.indexed++;
        while (inFlight.size >= limit) await Promise.race(inFlight);
      }
    }
    await Promise.all(inFlight);
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

  /** Stops the indexer's threads (and so their Pagefind processes). */
  close(): Promise<void> {
    return this.#threads.close();
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
