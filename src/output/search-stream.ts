// The search index of a cold build, made while the pages are rendered: each article page is handed
// to a worker thread as soon as it exists (see search-worker.ts), and the finished bundle comes back
// at the end. A bundle cached for exactly these pages is used instead of the one being made.
import { createHash } from "node:crypto";
import { Worker } from "node:worker_threads";
import { NewsarchiveError, siblingModule } from "../model/index.ts";
import type { SearchReply } from "./search-worker.ts";

/** One file of the Pagefind bundle, relative to `pagefind/`. */
export type SearchFile = { path: string; content: Uint8Array };

/** A store of finished search bundles by a digest of the pages they index (the build cache). */
export interface SearchCache {
  get(key: string): SearchFile[] | undefined;
  set(key: string, files: SearchFile[]): void;
}

/** Pages handed over but not yet indexed, beyond which rendering waits: each holds a page of HTML. */
const BACKLOG = 200;
const encoder = new TextEncoder();

/**
 * What Pagefind reads of a page: its `<main>` (the only part it indexes) in a bare document that
 * keeps the page's language. The head (metadata, JSON-LD) and the site's header and footer are
 * about a third of each page, and Pagefind would parse them only to skip them.
 */
export function indexedPart(html: string): string {
  const start = html.indexOf("<main");
  const end = html.lastIndexOf("</main>");
  if (start < 0 || end < start) return html;
  const lang = /^[\s\S]{0,300}?<html[^>]*\slang="([^"]*)"/.exec(html)?.[1];
  return `<!DOCTYPE html><html${lang ? ` lang="${lang}"` : ""}><head><meta charset="utf-8"></head><body>${html.slice(start, end + 7)}</body></html>`;
}

/** The search index made beside rendering: pages go in as they are rendered, the Pagefind bundle comes out at the end. */
export class SearchStream {
  readonly #worker = new Worker(siblingModule("./search-worker", import.meta.url));
  readonly #digest = createHash("sha1");
  #pages = 0;
  #indexed = 0;
  #caughtUp: (() => void) | null = null;
  readonly #result: Promise<SearchFile[]>;

  constructor() {
    this.#result = new Promise((resolve, reject) => {
      this.#worker.on("message", (m: SearchReply) => {
        if (m.type === "added") {
          this.#indexed++;
          if (this.#caughtUp && this.#pages - this.#indexed <= BACKLOG / 2) this.#caughtUp();
        } else if (m.type === "done") resolve(m.files.map((f) => ({ path: f.path, content: new Uint8Array(f.content) })));
        else reject(new NewsarchiveError(`search index: ${m.message}`));
      });
      this.#worker.on("error", (error) => reject(new NewsarchiveError(`search index: ${error.message}`)));
      this.#worker.on("exit", (code) => reject(new NewsarchiveError(`search index: the indexer stopped (exit code ${code})`)));
    });
    this.#result.catch(() => {}); // seen by finish(); never an unhandled rejection meanwhile
  }

  /** Queues one page for indexing; it is indexed while later pages render. */
  add(url: string, html: string): void {
    this.#pages++;
    this.#digest.update(url).update("\0").update(html).update("\0");
    const bytes = encoder.encode(indexedPart(html)); // moved to the thread, not copied
    this.#worker.postMessage({ type: "add", url, bytes }, [bytes.buffer]);
  }

  /** Resolves at once, or once indexing has caught up when it fell too far behind (memory stays bounded). */
  caughtUp(): Promise<void> | null {
    if (this.#pages - this.#indexed <= BACKLOG) return null;
    return Promise.race([
      new Promise<void>((resolve) => (this.#caughtUp = resolve)),
      this.#result.then(() => undefined, () => undefined), // an indexer that failed holds nothing back
    ]).finally(() => (this.#caughtUp = null));
  }

  /** The bundle: from the cache when these exact pages were indexed before, else the one just made. */
  async finish(cache?: SearchCache): Promise<{ files: SearchFile[]; pages: number }> {
    const key = this.#digest.digest("base64url");
    const cached = cache?.get(key);
    this.#worker.postMessage({ type: "finish", keep: cached === undefined });
    try {
      const made = await this.#result;
      const files = cached ?? [...made].sort((x, y) => (x.path < y.path ? -1 : 1));
      if (!cached) cache?.set(key, files);
      return { files, pages: this.#pages };
    } finally {
      await this.#worker.terminate();
    }
  }

  /** Stops the indexer without a bundle (a failed build). */
  async abort(): Promise<void> {
    await this.#worker.terminate();
  }
}
