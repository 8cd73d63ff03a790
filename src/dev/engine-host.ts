// The server's side of the builder thread (engine-thread.ts): starts it, hands it batches of
// changes as the watcher sees them, passes its results on, and stops it at once when the server stops.
import { Worker } from "node:worker_threads";
import { NewsarchiveError, siblingModule } from "../model/index.ts";
import type { Change } from "../pipeline/incremental/changes.ts";
import type { ChangesMessage, EngineThreadData, ThreadMessage, ThreadResult } from "./engine-thread.ts";

/** What the server hears from the builder after the first build. */
export interface BuilderEvents {
  /** A pass finished (a quick pass, `result.partial`, or a full one). */
  onResult(result: ThreadResult): void;
  /** A rebuild failed unexpectedly (the site keeps its last good pages). */
  onFailure(error: Error): void;
  log(line: string): void;
}

/** The builder thread, as the server drives it. */
export class EngineHost {
  readonly #worker: Worker;
  readonly #first: Promise<ThreadResult>;
  #stopped = false;

  /** Starts the thread; its first full build begins at once (`first()` resolves when it is done). */
  constructor(data: EngineThreadData, events: BuilderEvents) {
    this.#worker = new Worker(siblingModule("./engine-thread", import.meta.url), { workerData: data });
    let settle: { resolve: (r: ThreadResult) => void; reject: (e: Error) => void } | null = null;
    this.#first = new Promise<ThreadResult>((resolve, reject) => (settle = { resolve, reject }));
    this.#first.catch(() => {}); // awaited by first(); never an unhandled rejection meanwhile
    const fail = (error: Error) => (settle ? (settle.reject(error), (settle = null)) : this.#stopped || events.onFailure(error));
    this.#worker.on("message", (m: ThreadMessage) => {
      if (m.type === "log") return events.log(m.line);
      if (m.type === "failed") return fail(Object.assign(new NewsarchiveError(m.message), { stack: m.stack }));
      const result: ThreadResult = { result: m.result, configError: m.configError, targets: m.targets, basePath: m.basePath };
      if (m.first && settle) return void (settle.resolve(result), (settle = null));
      events.onResult(result);
    });
    this.#worker.on("error", (error) => fail(new NewsarchiveError(`the dev builder failed: ${error.stack ?? error.message}`)));
    this.#worker.on("exit", (code) => fail(new NewsarchiveError(this.#stopped ? "the dev server stopped" : `the dev builder stopped (exit code ${code})`)));
  }

  /** The first build's result. */
  first(): Promise<ThreadResult> {
    return this.#first;
  }

  /** Hands the builder a batch of changes; what it makes of them comes back through `onResult`. */
  send(changes: Change[]): void {
    if (!this.#stopped) this.#worker.postMessage({ type: "changes", changes } satisfies ChangesMessage);
  }

  /** Stops the thread now, mid-rebuild or not (its search thread and Pagefind process go with it). */
  async stop(): Promise<void> {
    this.#stopped = true;
    await this.#worker.terminate();
  }
}
