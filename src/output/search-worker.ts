// The search indexer's thread: drives Pagefind (itself a child process) one page at a time while
// the main thread goes on rendering, so indexing overlaps the build instead of following it.
import { parentPort } from "node:worker_threads";
import * as pagefind from "pagefind";

/** A message from the search stream: a page to index, or the end (keep the files or not). */
export type SearchMessage = { type: "add"; url: string; bytes: Uint8Array } | { type: "finish"; keep: boolean };

/** A reply to the search stream. */
export type SearchReply = { type: "added" } | { type: "done"; files: Array<{ path: string; content: Uint8Array }> } | { type: "error"; message: string };

// Besides navigation, the lists of other articles (related coverage, on this day) are left out:
// their headlines would make every neighbour of an article a hit for its words.
const created = pagefind.createIndex({ rootSelector: "main", excludeSelectors: ["nav", ".related", ".on-this-day", ".print-only"] });
let chain: Promise<unknown> = Promise.resolve();
let failure: unknown = null;
const decoder = new TextDecoder();
const port = parentPort!;

async function index(): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await created;
  if (!index) throw new Error(errors.join("; "));
  return index;
}

async function finish(keep: boolean): Promise<{ files: Array<{ path: string; content: Uint8Array }> }> {
  try {
    const idx = await index();
    if (failure) throw failure;
    if (!keep) return { files: [] };
    const { files, errors } = await idx.getFiles();
    if (errors.length) throw new Error(errors.join("; "));
    return { files: files.map((f) => ({ path: f.path, content: f.content })) };
  } finally {
    await (await created).index?.deleteIndex();
    await pagefind.close();
  }
}

port.on("message", (message: SearchMessage) => {
  if (message.type === "add") {
    chain = chain.then(async () => {
      if (failure) return;
      try {
        const added = await (await index()).addHTMLFile({ url: message.url, content: decoder.decode(message.bytes) });
        if (added.errors.length) failure = new Error(`${message.url}: ${added.errors.join("; ")}`);
      } catch (error) {
        failure = error;
      }
      // Acknowledged, so the main thread can hold back when indexing falls behind rendering.
      port.postMessage({ type: "added" } satisfies SearchReply);
    });
  } else {
    chain = chain.then(() => finish(message.keep)).then(
      (result) => port.postMessage({ type: "done", files: result.files } satisfies SearchReply, result.files.map((f) => f.content.buffer as ArrayBuffer)),
      (error: unknown) => port.postMessage({ type: "error", message: String((error as Error | undefined)?.message ?? error) } satisfies SearchReply),
    );
  }
});
