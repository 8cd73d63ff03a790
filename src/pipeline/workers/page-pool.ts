// Pages rendered on the build's worker threads while the main thread builds the next pages' data.
// When the workers already hold enough work, the main thread renders the next batch itself rather
// than wait or queue more: the list pages and the article pages share the threads as their cost
// falls. Results are delivered in the order the pages were handed over, so the files written are
// the same whatever thread rendered them.
import type { Piscina } from "piscina";
import { TemplateError } from "../../model/index.ts";
import type { Page, SiteView, Templates } from "../../render/index.ts";
import { renderPageList, type PageBatch, type PageBatchResult } from "./page-work.ts";

/** Pages per task. */
const BATCH = 16;

/** A page's HTML: UTF-8 moved from a worker (the receiver's to keep), or text rendered on this thread. */
export type RenderedHtml = Uint8Array | string;

/** Hands pages to the worker pool in batches (or renders them here when the pool is busy) and delivers their HTML in the order given. */
export class PageRenderer {
  readonly #pool: Piscina;
  readonly #base: Omit<PageBatch, "pages">;
  readonly #local: Templates;
  readonly #deliver: (page: Page, html: RenderedHtml) => void;
  /** Per batch handed over and not yet delivered: its delivery, in order. */
  readonly #pending: Array<Promise<void>> = [];
  #chain: Promise<void> = Promise.resolve();
  #batch: Page[] = [];
  readonly #maxPending: number;
  /** Batches in the pool's hands, and how many keep its threads busy (each holds two, as in ingest). */
  #inPool = 0;
  readonly #enough: number;

  /** `local`: the same template set as `templates` names, compiled on this thread. */
  constructor(pool: Piscina, templates: { dirs: string[]; key: string }, local: Templates, site: SiteView, deliver: (page: Page, html: RenderedHtml) => void) {
    this.#pool = pool;
    this.#base = { kind: "pages", templateDirs: templates.dirs, templatesKey: templates.key, site };
    this.#local = local;
    this.#deliver = deliver;
    this.#maxPending = 4 * pool.options.maxThreads;
    this.#enough = 2 * pool.options.maxThreads;
  }

  /**
   * Hands a page over; a promise to wait for when a batch was handed on: the oldest batch's
   * delivery when the workers are far behind (memory stays bounded), else the next turn of the
   * event loop, where the workers' finished batches are taken in and the pool sees it has room.
   */
  add(page: Page): Promise<void> | null {
    this.#batch.push(page);
    if (this.#batch.length < BATCH) return null;
    this.#dispatch();
    return this.#pending.length > this.#maxPending ? this.#pending[0]! : new Promise((resolve) => setImmediate(resolve));
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
    const task = this.#inPool >= this.#enough ? this.#here(pages) : this.#inWorker(pages);
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

  #inWorker(pages: Page[]): Promise<PageBatchResult> {
    this.#inPool++;
    const task = this.#pool.run({ ...this.#base, pages } satisfies PageBatch) as Promise<PageBatchResult>;
    const settled = (): void => void this.#inPool--;
    task.then(settled, settled);
    return task;
  }

  /** Renders a batch on this thread now; a template error is delivered in its turn, as a worker's is. */
  async #here(pages: Page[]): Promise<{ html: string[] } | PageBatchResult> {
    return { html: renderPageList(this.#local, this.#base.site, pages) };
  }
}
