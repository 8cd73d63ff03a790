// The search indexer's thread: drives Pagefind (itself a child process) one shard at a time while
// the main thread goes on rendering. Each shard gets a fresh Pagefind process, which writes its
// bundle straight to disk and is then stopped, so no process ever holds more than one shard.
import childProcess, { type ChildProcess } from "node:child_process";
import { parentPort, type MessagePort } from "node:worker_threads";
import * as pagefind from "pagefind";
import type { SearchRecord } from "../render/search-record.ts";

/**
 * The Pagefind processes this thread started and has not stopped. Pagefind's Node API listens only
 * to its process's output: a process that ends mid-shard (killed, out of memory, a broken binary
 * that exits before reading) left the shard waiting forever. Its spawns are watched (this thread
 * runs nothing else), so the shard fails with the way the process ended instead.
 */
class PagefindProcesses {
  readonly #running = new Set<ChildProcess>();
  readonly #ended = new EventTarget();

  /** Watches every process spawned on this thread from now on. */
  watchSpawns(): void {
    const spawn = childProcess.spawn;
    childProcess.spawn = ((...args: Parameters<typeof spawn>) => {
      const child: ChildProcess = spawn(...args);
      this.#running.add(child);
      child.on("exit", (code, signal) => {
        // One this thread stopped itself (`stopping`) ends as it should.
        if (this.#running.delete(child)) this.#ended.dispatchEvent(new CustomEvent("exit", { detail: signal ? `signal ${signal}` : `exit code ${code}` }));
      });
      return child;
    }) as typeof spawn;
  }

  /** Settles as `work` does, or rejects if a Pagefind process ends first. */
  unlessEnded<T>(work: Promise<T>): Promise<T> {
    let listener: ((e: Event) => void) | null = null;
    const died = new Promise<never>((_, reject) => {
      listener = (e) => reject(new Error(`Pagefind stopped before the shard was written (${(e as CustomEvent<string>).detail})`));
      this.#ended.addEventListener("exit", listener);
    });
    return Promise.race([work, died]).finally(() => this.#ended.removeEventListener("exit", listener!));
  }

  /** The processes running now are about to be stopped by this thread: their end is no failure. */
  stopping(): void {
    this.#running.clear();
  }
}

/** A message from the indexer: one shard's records and the folder its bundle goes to. */
export type SearchMessage = { type: "shard"; id: number; records: SearchRecord[]; outputPath: string };

/** A reply: the shard's bundle is written, or why not. */
export type SearchReply = { type: "written"; id: number; pages: number } | { type: "error"; id: number; message: string };

/** Records handed to Pagefind before waiting for its answers: its service takes them concurrently. */
const BATCH = 200;

async function indexShard(records: readonly SearchRecord[], outputPath: string, processes: PagefindProcesses): Promise<number> {
  try {
    const { index, errors } = await processes.unlessEnded(pagefind.createIndex({}));
    if (!index) throw new Error(errors.join("; "));
    for (let i = 0; i < records.length; i += BATCH) {
      const added = await processes.unlessEnded(Promise.all(records.slice(i, i + BATCH).map((r) => index.addCustomRecord(r))));
      const failed = added.findIndex((a) => a.errors.length > 0);
      if (failed >= 0) throw new Error(`${records[i + failed]!.url}: ${added[failed]!.errors.join("; ")}`);
    }
    const written = await processes.unlessEnded(index.writeFiles({ outputPath }));
    if (written.errors.length) throw new Error(written.errors.join("; "));
    await processes.unlessEnded(index.deleteIndex());
    return records.length;
  } finally {
    // The process goes with its shard: memory held by one shard's index is never carried to the next.
    processes.stopping();
    await pagefind.close();
  }
}

/** The thread's queue: shards are indexed one after another, whatever the main thread is doing. */
class ShardQueue {
  #chain: Promise<unknown> = Promise.resolve();

  constructor(
    readonly port: MessagePort,
    readonly processes: PagefindProcesses,
  ) {}

  add(m: SearchMessage): void {
    this.#chain = this.#chain.then(() =>
      indexShard(m.records, m.outputPath, this.processes).then(
        (pages) => this.port.postMessage({ type: "written", id: m.id, pages } satisfies SearchReply),
        (error: unknown) => this.port.postMessage({ type: "error", id: m.id, message: String((error as Error | undefined)?.message ?? error) } satisfies SearchReply),
      ),
    );
  }
}

const processes = new PagefindProcesses();
processes.watchSpawns();
const queue = new ShardQueue(parentPort!, processes);
queue.port.on("message", (m: SearchMessage) => queue.add(m));
