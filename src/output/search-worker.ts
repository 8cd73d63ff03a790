// The search indexer's thread: drives Pagefind (itself a child process) one page at a time while
// the main thread goes on rendering, so indexing overlaps the build instead of following it.
// Plain JavaScript: it needs only Pagefind, not the TypeScript loader.
import { parentPort } from "node:worker_threads";
import * as pagefind from "pagefind";

// Besides navigation, the lists of other articles (related coverage, on this day) are left out:
// their headlines would make every neighbour of an article a hit for its words.
const created = pagefind.createIndex({ rootSelector: "main", excludeSelectors: ["nav", ".related", ".on-this-day", ".print-only"] });
let chain = Promise.resolve();
let failure = null;
const decoder = new TextDecoder();

async function index() {
  const { index, errors } = await created;
  if (!index) throw new Error(errors.join("; "));
  return index;
}

async function finish(keep) {
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

parentPort.on("message", (message) => {
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
      parentPort.postMessage({ type: "added" });
    });
  } else if (message.type === "finish") {
    chain = chain.then(() => finish(message.keep)).then(
      (result) => parentPort.postMessage({ type: "done", files: result.files }, result.files.map((f) => f.content.buffer)),
      (error) => parentPort.postMessage({ type: "error", message: String(error?.message ?? error) }),
    );
  }
});
