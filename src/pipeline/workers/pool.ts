import type { Piscina } from "piscina";
import { startWorkers } from "./file-pool.ts";

/**
 * The build's worker threads, started on first need: one pool for files in ingest, a fresh one
 * for article pages in render (a worker that parsed half the archive keeps a large heap; a new
 * one costs half a second, paid while the archive is built).
 */
export class Workers {
  readonly #threads: number;
  #pool: Piscina | null = null;

  /** `threads` counts the main thread: the pool has one fewer. */
  constructor(threads: number) {
    this.#threads = threads;
  }

  /** True when a pool is running. */
  get started(): boolean {
    return this.#pool !== null;
  }

  /** The pool, started now if it was not. */
  readonly get = (): Piscina => (this.#pool ??= startWorkers(this.#threads - 1));

  /** Stops the pool (its threads exit); the next `get` starts a fresh one. */
  async close(): Promise<void> {
    await this.#pool?.destroy();
    this.#pool = null;
  }
}
