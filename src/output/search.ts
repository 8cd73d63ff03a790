import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";
import { NewsarchiveError } from "../model/index.ts";
import type { SiteSink } from "./site-writer.ts";

/**
 * A page to index: its staged file and its site-relative URL. Pagefind's UI prefixes the base path
 * it finds its own bundle under (`/news/pagefind/` → `/news/`), so the index never holds it.
 */
export interface SearchPage {
  file: string;
  url: string;
}

/**
 * Indexes the article pages found under `root` (a build's staging folder) with Pagefind and writes its bundle to `/pagefind/` through the
 * writer, so the index goes live in the same atomic swap as the pages it describes. Only the pages
 * passed in are indexed (articles, not lists that repeat their headlines), and only their `<main>`
 * minus navigation: the header, footer and prev/next links are the same words on every page.
 */
/** A store of finished search bundles by a digest of the pages they index (the build cache). */
export interface SearchCache {
  get(key: string): Array<{ path: string; content: Uint8Array }> | undefined;
  set(key: string, files: Array<{ path: string; content: Uint8Array }>): void;
}

export async function indexSearch(root: string, writer: SiteSink, pages: readonly SearchPage[], cache?: SearchCache): Promise<{ pages: number; files: number }> {
  if (cache) {
    // The bundle is a function of the pages' URLs and bytes (and the code, which keys the cache).
    const sorted = [...pages].sort((x, y) => (x.url < y.url ? -1 : 1));
    const h = createHash("sha1");
    const contents = new Map<string, string>();
    for (const p of sorted) {
      const content = readFileSync(path.join(root, p.file), "utf8");
      contents.set(p.url, content);
      h.update(p.url).update("\0").update(content).update("\0");
    }
    const key = h.digest("base64url");
    let files = cache.get(key);
    if (!files) {
      files = await pagefindBundle(sorted.map((p) => ({ ...p, content: contents.get(p.url)! })));
      cache.set(key, files);
    }
    for (const f of files) writer.write(`pagefind/${f.path}`, f.content);
    return { pages: pages.length, files: files.length };
  }
  const files = await pagefindBundle([...pages].sort((x, y) => (x.url < y.url ? -1 : 1)).map((p) => ({ ...p, content: readFileSync(path.join(root, p.file), "utf8") })));
  for (const f of files) writer.write(`pagefind/${f.path}`, f.content);
  return { pages: pages.length, files: files.length };
}

async function pagefindBundle(pages: ReadonlyArray<SearchPage & { content: string }>): Promise<Array<{ path: string; content: Uint8Array }>> {
  const created = await pagefind.createIndex({ rootSelector: "main", excludeSelectors: ["nav"] });
  if (!created.index) throw new NewsarchiveError(`search index: ${created.errors.join("; ")}`);
  const { index } = created;
  try {
    // Sorted, so the index never depends on the order pages were rendered in.
    for (const p of pages) {
      const added = await index.addHTMLFile({ url: p.url, content: p.content });
      if (added.errors.length) throw new NewsarchiveError(`search index: ${p.file}: ${added.errors.join("; ")}`);
    }
    const { files, errors } = await index.getFiles();
    if (errors.length) throw new NewsarchiveError(`search index: ${errors.join("; ")}`);
    return [...files].sort((x, y) => (x.path < y.path ? -1 : 1)).map((f) => ({ path: f.path, content: f.content }));
  } finally {
    await index.deleteIndex();
    // The service is a child process: closing it lets the CLI exit (it restarts on the next index).
    await pagefind.close();
  }
}
