// The page renderer hands pages to worker threads and renders them itself while the workers are
// busy; either way every page's HTML is delivered once, in the order the pages were given.
import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import type { Piscina } from "piscina";
import { valueSymbol } from "piscina";
import { defaultConfig } from "../../src/model/index.ts";
import { renderPage, siteView, Templates, type Page } from "../../src/render/index.ts";
import { PageRenderer, type RenderedHtml } from "../../src/pipeline/workers/page-pool.ts";
import { renderPageBatch, type PageBatch, type PageBatchResult } from "../../src/pipeline/workers/page-work.ts";
import { ROOT } from "../helpers/cli.ts";

const dirs = [path.join(ROOT, "templates")];
const site = siteView(defaultConfig);
const pages = (n: number): Page[] =>
  Array.from({ length: n }, (_, i) => ({ url: `/p/${i}/`, template: "404", title: `Page ${i}`, description: `number ${i}`, breadcrumbs: [], data: {} }));

/** A pool of one thread that renders on this thread when told to, as a worker would (UTF-8 moved back). */
class HeldPool {
  readonly options = { maxThreads: 1 };
  readonly batches: PageBatch[] = [];
  readonly #release: Array<() => void> = [];
  run(batch: PageBatch): Promise<PageBatchResult> {
    this.batches.push(structuredClone(batch));
    return new Promise((resolve) => this.#release.push(() => resolve((renderPageBatch(batch) as unknown as Record<symbol, PageBatchResult>)[valueSymbol]!)));
  }
  releaseAll(): void {
    for (const r of this.#release.splice(0)) r();
  }
}

test("should render pages here while the workers hold enough, and deliver every page in order", async () => {
  const pool = new HeldPool();
  const templates = Templates.load(dirs);
  const delivered: Array<{ url: string; html: RenderedHtml }> = [];
  const renderer = new PageRenderer(pool as unknown as Piscina, { dirs, key: "test" }, templates, site, (page, html) => delivered.push({ url: page.url, html }));
  const given = pages(16 * 4);
  // Not yet far behind: busy workers make this thread render (each batch handed on waits a turn of the event loop only).
  for (const page of given) await renderer.add(page);
  // One thread, two batches in its hands: the other two batches were rendered here.
  assert.equal(pool.batches.length, 2);
  assert.deepEqual(pool.batches.flatMap((b) => b.pages.map((p) => p.url)), given.slice(0, 32).map((p) => p.url));
  await new Promise((r) => setImmediate(r));
  assert.equal(delivered.length, 0, "nothing is delivered before the pages handed over earlier");
  pool.releaseAll();
  await renderer.finish();
  assert.deepEqual(delivered.map((d) => d.url), given.map((p) => p.url));
  const decoder = new TextDecoder();
  delivered.forEach((d, i) => {
    // A worker's HTML arrives as UTF-8, this thread's as text: the same page either way.
    assert.equal(typeof d.html === "string", i >= 32, d.url);
    assert.equal(typeof d.html === "string" ? d.html : decoder.decode(d.html), renderPage(templates, site, given[i]!), d.url);
  });
});

test("should report a template error of a page rendered here in its turn, after the pages before it", async () => {
  const pool = new HeldPool();
  const templates = Templates.load(dirs);
  const delivered: string[] = [];
  const renderer = new PageRenderer(pool as unknown as Piscina, { dirs, key: "test" }, templates, site, (page) => delivered.push(page.url));
  const given = pages(16 * 3);
  given[40] = { ...given[40]!, template: "no-such-template" };
  for (const page of given) await renderer.add(page);
  pool.releaseAll();
  await assert.rejects(renderer.finish(), (error: Error) => error.name === "TemplateError");
  assert.deepEqual(delivered, given.slice(0, 32).map((p) => p.url));
});
