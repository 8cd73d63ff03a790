import { readFileSync } from "node:fs";
import path from "node:path";
import { SearchStream, type SearchCache } from "./search-stream.ts";
import type { SiteSink } from "./site-writer.ts";

/**
 * A page to index: its staged file and its site-relative URL. Pagefind's UI prefixes the base path
 * it finds its own bundle under (`/news/pagefind/` → `/news/`), so the index never holds it.
 */
export interface SearchPage {
  /** The page's file, relative to the site folder. */
  file: string;
  /** Its site-relative URL. */
  url: string;
}

export type { SearchCache } from "./search-stream.ts";

/**
 * Indexes the article pages found under `root` (the dev server's site folder, or a staged build)
 * with Pagefind and writes its bundle to `/pagefind/` through the writer. Only the pages passed in
 * are indexed (articles, not lists that repeat their headlines), and of each only what
 * search-stream.ts hands Pagefind: its `<main>` without navigation and lists of other articles.
 */
export async function indexSearch(root: string, writer: SiteSink, pages: readonly SearchPage[], cache?: SearchCache): Promise<{ pages: number; files: number }> {
  // The same indexer a build feeds while rendering, here fed from the written pages, sorted so the
  // bundle never depends on the order they were listed in.
  const stream = new SearchStream();
  try {
    for (const p of [...pages].sort((x, y) => (x.url < y.url ? -1 : 1))) stream.add(p.url, readFileSync(path.join(root, p.file), "utf8"));
  } catch (error) {
    await stream.abort();
    throw error;
  }
  const { files } = await stream.finish(cache);
  for (const f of files) writer.write(`pagefind/${f.path}`, f.content);
  return { pages: pages.length, files: files.length };
}
