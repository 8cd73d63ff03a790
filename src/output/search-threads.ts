// The indexer's threads: each drives Pagefind processes of its own (one per shard, see
// search-worker.ts), so shards are indexed side by side on as many cores as the machine has.
// Pagefind writes a bundle mostly on one core, and its cost per record is what it is (about 3.5 ms
// of CPU, the same per page as its CLI on a static site's HTML); what a build can win is the idle
// core while one process writes, above all after the pages are rendered and search is all that is left.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { NewsarchiveError, siblingModule } from "../model/index.ts";
import type { SearchRecord } from "../render/search-record.ts";
import type { SearchMessage, SearchReply } from "./search-worker.ts";

/** Beyond this, more processes only add memory: four already keep every core of a small machine busy. */
const MAX_PROCESSES = 4;

/**
 * Pagefind processes at most at once for a build on `threads` threads (default: the cores), up to
 * four. Each holds one shard (bounded by `SHARD_BUDGET`), so the largest process does not grow with this number.
 */
export function defaultSearchProcesses(threads: number = availableParallelism()): number {
  return Math.max(1, Math.min(threads, MAX_PROCESSES));
}

/** One thread and the shards queued on it. */
class IndexerThread {
  readonly #worker: Worker;
  readonly #waiting = new Map<number, { resolve: (pages: number) => void; reject: (error: Error) => void }>();
  #nextId = 0;

  constructor(onExit: () => void) {
    const worker = (this.#worker = new Worker(siblingModule("./search-worker", import.meta.url)));
    worker.on("message", (m: SearchReply) => {
      const w = this.#waiting.get(m.id);
      this.#waiting.delete(m.id);
      if (m.type === "written") w?.resolve(m.pages);
      else w?.reject(new NewsarchiveError(`search index: ${m.message}`));
    });
    worker.on("error", (error) => this.#failAll(error.message));
    worker.on("exit", (code) => {
      onExit();
      this.#failAll(`the indexer stopped (exit code ${code})`);
    });
  }

  /** Shards queued or being indexed on this thread. */
  get pending(): number {
    return this.#waiting.size;
  }

  index(records: SearchRecord[], outputPath: string): Promise<number> {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      this.#worker.postMessage({ type: "shard", id, records, outputPath } satisfies SearchMessage);
    });
  }

  async terminate(): Promise<void> {
    await this.#worker.terminate();
  }

  #failAll(message: string): void {
    for (const w of this.#waiting.values()) w.reject(new NewsarchiveError(`search index: ${message}`));
    this.#waiting.clear();
  }
}

/** Up to `count` indexer threads, started as shards arrive; owned by one `SearchIndexer`, which must `close()` them. */
export class SearchThreads {
  readonly #threads: IndexerThread[] = [];
  #closed = false;

  /** `count`: threads (so Pagefind processes) at most at once. */
  constructor(readonly count: number) {}

  /** Queues one shard on the least busy thread (a new one while there are fewer than `count`); resolves when its bundle is written. */
  index(records: SearchRecord[], outputPath: string): Promise<number> {
    if (this.#closed) return Promise.reject(new NewsarchiveError("search index: stopped"));
    return this.#pick().index(records, outputPath);
  }

  /** Stops every thread (and so their Pagefind processes). */
  async close(): Promise<void> {
    this.#closed = true;
    const threads = this.#threads.splice(0);
    await Promise.all(threads.map((t) => t.terminate()));
  }

  #pick(): IndexerThread {
    const idle = this.#threads.find((t) => t.pending === 0);
    if (idle) return idle;
    if (this.#threads.length < this.count) {
      const thread: IndexerThread = new IndexerThread(() => {
        const i = this.#threads.indexOf(thread);
        if (i >= 0) this.#threads.splice(i, 1);
      });
      this.#threads.push(thread);
      return thread;
    }
    return this.#threads.reduce((a, b) => (b.pending < a.pending ? b : a));
  }
}
