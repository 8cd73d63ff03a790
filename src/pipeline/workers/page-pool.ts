// Article pages rendered on the build's worker threads while the main thread builds the next
// pages' data and renders the list pages itself. Results are delivered in the order the pages were
// handed over, so the files written are the same whatever thread finished first.
import type { Piscina } from "piscina";
import { TemplateError } from "../../model/index.ts";
import type { Page, SiteView } from "../../render/index.ts";
import type { PageBatch, PageBatchResult } from "./page-work.ts";

/** Pages per task. */
const BATCH = 16;

/** Hands article pages to the worker pool in batches and delivers their HTML in the order given. */
export class PageRenderer {
  readonly #pool: Piscina;
  readonly #base: Omit<PageBatch, "pages">;
  readonly #deliver: (page: Page, html: string) => void;
  /** Per batch handed over and not yet delivered: its delivery, in order. */
  readonly #pending: Array<Promise<void>> = [];
  #chain: Promise<void> = Promise.resolve();
  #batch: Page[] = [];
  readonly #maxPending: number;

  constructor(pool: Piscina, templates: { dirs: string[]; key: string }, site: SiteView, deliver: (page: Page, html: string) => void) {
    this.#pool = pool;
    this.#base = { kind: "pages", templateDirs: templates.dirs, templatesKey: templates.key, site };
    this.#deliver = deliver;
    this.#maxPending = 4 * pool.options.maxThreads;
  }

  /** Hands a page over; a promise to wait for when the workers are far behind (memory stays bounded). */
  add(page: Page): Promise<void> | null {
    this.#batch.push(page);
    if (this.#batch.length < BATCH) return null;
    this.#dispatch();
    return this.#pending.length > this.#maxPending ? this.#pending[0]! : null;
  }

  /** Waits until every page handed over is delivered; throws the first template error. */
  async finish(): Promise<void> {
    this.#dispatch();
    await this.#chain;
  }

  #dispatch(): void {
    if (this.#batch.length === 0) return;
    const pages = this.#batch;
    this.#batch = [];
    const task = this.#pool.run({ ...this.#base, pages } satisfies PageBatch) as Promise<PageBatchResult>;
    task.catch(() => {}); // surfaced through the chain, in order
    const delivered = this.#chain.then(async () => {
      const result = await task;
      if ("error" in result) throw new TemplateError(result.error.message, { location: result.error.location });
      pages.forEach((page, i) => this.#deliver(page, result.html[i]!));
    });
    this.#chain = delivered;
    this.#pending.push(delivered);
    // (Returning the shifted promise would adopt its rejection: drop it.)
    const done = (): void => void this.#pending.shift();
    void delivered.then(done, done);
  }
}
