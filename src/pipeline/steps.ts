/**
 * The timings of a build's steps, and the one line per finished step the CLI prints:
 * `name  ms  what it did`.
 */
export class Steps {
  /** Milliseconds per step, rounded to a tenth. */
  readonly timings: Record<string, number> = {};
  readonly #log: ((line: string) => void) | undefined;

  constructor(log: ((line: string) => void) | undefined) {
    this.#log = log;
  }

  /** Runs a step, records its time and logs it with what `detail` says of its result. */
  async run<T>(name: string, step: () => T | Promise<T>, detail?: (result: T) => string): Promise<T> {
    const started = performance.now();
    const result = await step();
    this.record(name, performance.now() - started, detail?.(result));
    return result;
  }

  /** Records a step timed elsewhere. */
  record(name: string, ms: number, detail?: string): void {
    const rounded = Math.round(ms * 10) / 10;
    this.timings[name] = rounded;
    // NEWSARCHIVE_DEBUG_MEMORY: where a build's memory goes, step by step (RSS of the whole process, heap of this thread only).
    // With --expose-gc, what is live rather than what has not been collected yet.
    if (process.env.NEWSARCHIVE_DEBUG_MEMORY) (globalThis as { gc?: () => void }).gc?.();
    const memory = process.env.NEWSARCHIVE_DEBUG_MEMORY ? `  [rss ${mb(process.memoryUsage.rss())} MB, heap ${mb(process.memoryUsage().heapUsed)} MB]` : "";
    this.#log?.(`${name.padEnd(10)} ${rounded.toFixed(1).padStart(8)} ms${detail ? `  ${detail}` : ""}${memory}`);
  }
}

const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(0);
