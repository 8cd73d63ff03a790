// The server's side of the builder thread (engine-thread.ts): starts it, hands it batches of
// changes one at a time, and stops it at once when the server stops.
import { Worker } from "node:worker_threads";
import { NewsarchiveError, siblingModule } from "../model/index.ts";
import type { Change } from "../pipeline/incremental/changes.ts";
import type { ChangesMessage, EngineThreadData, ThreadMessage, ThreadResult } from "./engine-thread.ts";

/** The builder thread, as the server drives it. */
export class EngineHost {
  readonly #worker: Worker;
  readonly #waiting = new Map<number, { resolve: (r: ThreadResult) => void; reject: (e: Error) => void }>();
  #nextId = 1;
  #stopped = false;

  /** Starts the thread; its first full build begins at once (`first()` resolves when it is done). */
  constructor(data: EngineThreadData, log: (line: string) => void) {
    this.#worker = new Worker(siblingModule("./engine-thread", import.meta.url), { workerData: data });
    const first = new Promise<ThreadResult>((resolve, reject) => this.#waiting.set(0, { resolve, reject }));
    first.catch(() => {}); // awaited by first(); never an unhandled rejection meanwhile
    this.#first = first;
    this.#worker.on("message", (m: ThreadMessage) => {
      if (m.type === "log") return log(m.line);
      const w = this.#waiting.get(m.id);
      this.#waiting.delete(m.id);
      if (m.type === "result") w?.resolve({ result: m.result, configError: m.configError, targets: m.targets, basePath: m.basePath });
      else w?.reject(Object.assign(new NewsarchiveError(m.message), { stack: m.stack }));
    });
    const failAll = (message: string) => {
      for (const w of this.#waiting.values()) w.reject(new NewsarchiveError(message));
      this.#waiting.clear();
    };
    this.#worker.on("error", (error) => failAll(`the dev builder failed: ${error.stack ?? error.message}`));
    this.#worker.on("exit", (code) => failAll(this.#stopped ? "the dev server stopped" : `the dev builder stopped (exit code ${code})`));
  }

  readonly #first: Promise<ThreadResult>;

  /** The first build's result. */
  first(): Promise<ThreadResult> {
    return this.#first;
  }

  /** Applies one batch of changes; resolves with what the rebuild did. */
  apply(changes: Change[]): Promise<ThreadResult> {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      this.#worker.postMessage({ type: "changes", id, changes } satisfies ChangesMessage);
    });
  }

  /** Stops the thread now, mid-rebuild or not (its search thread and Pagefind process go with it). */
  async stop(): Promise<void> {
    this.#stopped = true;
    await this.#worker.terminate();
  }
}
