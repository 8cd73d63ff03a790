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
import type { SearchRecord } from "../render/search-record.ts";
import type { SearchMessage, SearchReply } from "./search-worker.ts";

/** One shard to index: its folder name and its records, made when the shard's turn comes. */
export interface SearchShardInput {
  name: string;
  records(): SearchRecord[];
}

/** What an update did. */
export interface SearchResult {
  /** Shards in the index, and of those: indexed by Pagefind now, or kept from before. */
  shards: number;
  indexed: number;
  reused: number;
  /** Articles in the index. */
  pages: number;
  /** Every file of the bundles, relative to the site folder. */
  files: string[];
}

const COMPLETE = ".complete";

export class SearchIndexer {
  readonly #cacheDir: string | null;
  /** Per shard folder: the fingerprint of the bundle in place (kept across updates of one site). */
  readonly #inPlace = new Map<string, string>();
  #worker: Worker | null = null;
  #closed = false;

  /** With `cacheDir`, bundles are kept there by fingerprint for the next build (the CLI's build cache). */
  constructor(options: { cacheDir?: string | null } = {}) {
    this.#cacheDir = options.cacheDir ?? null;
  }

  /**
   * Writes the bundle of every shard under `<site>/pagefind/` and removes anything else there (shards
   * that no longer exist). Shards are done one after another, so Pagefind holds one at a time.
   */
  async update(site: string, shards: Iterable<SearchShardInput>): Promise<SearchResult> {
    const root = path.join(site, "pagefind");
    mkdirSync(root, { recursive: true });
    const result: SearchResult = { shards: 0, indexed: 0, reused: 0, pages: 0, files: [] };
    const names = new Set<string>();
    const used = new Set<string>();
    for (const shard of shards) {
      // A turn for the rest of the thread (rendering, the dev server) between shards.
      await new Promise((resolve) => setImmediate(resolve));
      const records = shard.records();
      const key = createHash("sha1").update(JSON.stringify(records)).digest("base64url");
      const dir = path.join(root, shard.name);
      names.add(shard.name);
      used.add(key);
      result.shards++;
      result.pages += records.length;
      const cached = this.#cacheDir ? path.join(this.#cacheDir, key) : null;
      if (this.#inPlace.get(shard.name) === key && existsSync(dir)) {
        result.reused++;
      } else if (cached && existsSync(path.join(cached, COMPLETE))) {
        swapIn(dir, (next) => linkTree(cached, next));
        result.reused++;
      } else {
        const next = nextFolder(dir);
        await this.#index(records, next);
        if (cached) keep(next, cached);
        swapIn(dir, next);
        result.indexed++;
      }
      this.#inPlace.set(shard.name, key);
      result.files.push(...listFiles(dir).map((f) => path.relative(site, f).split(path.sep).join("/")));
    }
    for (const name of readdirSync(root)) {
      if (!names.has(name)) {
        rmSync(path.join(root, name), { recursive: true, force: true });
        this.#inPlace.delete(name);
      }
    }
    if (this.#cacheDir) prune(this.#cacheDir, used);
    return result;
  }

  /** Stops the indexer's thread (and so its Pagefind process). */
  async close(): Promise<void> {
    this.#closed = true;
    const worker = this.#worker;
    this.#worker = null;
    await worker?.terminate();
  }

  #index(records: SearchRecord[], outputPath: string): Promise<number> {
    if (this.#closed) return Promise.reject(new NewsarchiveError("search index: stopped"));
    const worker = (this.#worker ??= new Worker(siblingModule("./search-worker", import.meta.url)));
    return new Promise((resolve, reject) => {
      const done = (): void => {
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
      };
      const onMessage = (m: SearchReply): void => {
        done();
        if (m.type === "written") resolve(m.pages);
        else reject(new NewsarchiveError(`search index: ${m.message}`));
      };
      const onError = (error: Error): void => (done(), reject(new NewsarchiveError(`search index: ${error.message}`)));
      const onExit = (code: number): void => {
        done();
        this.#worker = null;
        reject(new NewsarchiveError(`search index: the indexer stopped (exit code ${code})`));
      };
      worker.on("message", onMessage).on("error", onError).on("exit", onExit);
      worker.postMessage({ type: "shard", records, outputPath } satisfies SearchMessage);
    });
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
