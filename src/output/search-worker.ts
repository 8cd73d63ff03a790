// The search indexer's thread: drives Pagefind (itself a child process) one page at a time while
// the main thread goes on rendering, so indexing overlaps the build instead of following it.
import { parentPort, type MessagePort } from "node:worker_threads";
import * as pagefind from "pagefind";

/** A message from the search stream: a page to index, or the end (keep the files or not). */
export type SearchMessage = { type: "add"; url: string; bytes: Uint8Array } | { type: "finish"; keep: boolean };

/** A reply to the search stream. */
export type SearchReply = { type: "added" } | { type: "done"; files: Array<{ path: string; content: Uint8Array }> } | { type: "error"; message: string };

/** The thread's index: pages are added one at a time, in order; the first failure is kept for the end. */
class SearchThread {
  // Besides navigation, the lists of other articles (related coverage, on this day) are left out:
  // their headlines would make every neighbour of an article a hit for its words.
  readonly #created = pagefind.createIndex({ rootSelector: "main", excludeSelectors: ["nav", ".related", ".on-this-day", ".print-only"] });
  #chain: Promise<unknown> = Promise.resolve();
  #failure: unknown = null;
  readonly #decoder = new TextDecoder();

  constructor(readonly port: MessagePort) {}

  handle(message: SearchMessage): void {
    if (message.type === "add") {
      this.#chain = this.#chain.then(async () => {
        if (this.#failure) return;
        try {
          const added = await (await this.#index()).addHTMLFile({ url: message.url, content: this.#decoder.decode(message.bytes) });
          if (added.errors.length) this.#failure = new Error(`${message.url}: ${added.errors.join("; ")}`);
        } catch (error) {
          this.#failure = error;
        }
        // Acknowledged, so the main thread can hold back when indexing falls behind rendering.
        this.port.postMessage({ type: "added" } satisfies SearchReply);
      });
    } else {
      this.#chain = this.#chain.then(() => this.#finish(message.keep)).then(
        (files) => this.port.postMessage({ type: "done", files } satisfies SearchReply, files.map((f) => f.content.buffer as ArrayBuffer)),
        (error: unknown) => this.port.postMessage({ type: "error", message: String((error as Error | undefined)?.message ?? error) } satisfies SearchReply),
      );
    }
  }

  async #index(): Promise<pagefind.PagefindIndex> {
    const { index, errors } = await this.#created;
    if (!index) throw new Error(errors.join("; "));
    return index;
  }

  async #finish(keep: boolean): Promise<Array<{ path: string; content: Uint8Array }>> {
    try {
      const idx = await this.#index();
      if (this.#failure) throw this.#failure;
      if (!keep) return [];
      const { files, errors } = await idx.getFiles();
      if (errors.length) throw new Error(errors.join("; "));
      return files.map((f) => ({ path: f.path, content: f.content }));
    } finally {
      await (await this.#created).index?.deleteIndex();
      await pagefind.close();
    }
  }
}

const thread = new SearchThread(parentPort!);
thread.port.on("message", (message: SearchMessage) => thread.handle(message));
