import type { Piscina } from "piscina";
import type { Archive } from "../archive/index.ts";
import type { Article, ParsedArticle } from "../model/index.ts";
import { fileForUrl, type SiteWriter } from "../output/index.ts";
import { navView, renderPage, sitePages, type ArticleSelection, type RenderMemo, type SiteView, type Templates } from "../render/index.ts";
import { PageRenderer } from "./workers/page-pool.ts";
import type { PageReuse } from "./cache/page-reuse.ts";

/** What the render step needs: the archive, how to render, and where pages go. */
export interface RenderInputs {
  /** The archive the pages show. */
  archive: Archive;
  /** The compiled templates, for pages rendered on this thread. */
  templates: Templates;
  /** The template folders and the digest of their templates, for workers (they load the set themselves). */
  templateSet: { dirs: string[]; key: string };
  /** The site-wide view every page gets. */
  site: SiteView;
  /** Where pages are written (staged, swapped in at the end). */
  writer: SiteWriter;
  /** Worker threads for article pages, or null to render everything here. */
  workers: Piscina | null;
  /** The build's render memo (bodies rendered beside the parse, list entries). */
  memo: RenderMemo;
  /** Called as pages are done. */
  progress?: (stage: string, done: number, total: number | null) => void;
  /** Which article pages to render (default: all); see `ArticleSelection`. */
  articles?: ArticleSelection;
  /** Pages whose data is as at the last build keep their files instead of being rendered (the CLI's cache). */
  reuse?: PageReuse | null;
}

/**
 * Renders every page and hands it to the writer as it is made, waiting when the writer falls
 * behind so memory stays bounded. Returns the site paths of the pages, in order.
 */
export async function renderPages(inputs: RenderInputs): Promise<string[]> {
  const { archive, templates, site, writer, memo } = inputs;
  // Pages go to the workers, when there are any (or are rendered here when they are busy); their
  // HTML comes back in order, to be written here (a worker's UTF-8 is moved on to the writer).
  const pool = inputs.workers
    ? new PageRenderer(inputs.workers, inputs.templateSet, templates, site, (page, html) => writer.write(fileForUrl(page.url), html, typeof html !== "string"))
    : null;
  const urls: string[] = [];
  // Without article pages (a sharded build's merge), their paths still take their place in the
  // list, right after the home page's, as a whole build lists them (the sitemap is in this order).
  let articleUrls = inputs.articles === "none" ? archive.articles.map((a) => a.url) : null;
  // With page reuse, an article page whose inputs are as at the last build is not even made.
  const reuse = inputs.reuse;
  // The navigation every page shows, digested once rather than with each article's key.
  const nav = reuse ? reuse.digest(JSON.stringify(navView(archive))) : "";
  const keptArticle = reuse ? (a: Article, key: string) => reuse.keepArticle(a.url, fileForUrl(a.url), `${nav}\u0000${key}`) : undefined;
  for (const page of sitePages(archive, { deferLinks: pool !== null, keep: false, memo, articles: inputs.articles, keptArticle })) {
    if (articleUrls && page.template !== "home") (urls.push(...articleUrls), (articleUrls = null));
    if (page.kept ?? reuse?.keep(page, fileForUrl(page.url))) {
      writer.keep(fileForUrl(page.url));
      urls.push(page.url);
      continue;
    }
    const isArticle = page.template === "article";
    // An article's body is needed for its page only (a feed that wants it renders it again): let it go.
    if (isArticle) memo.releaseBody(page.data.article as ParsedArticle);
    if (pool) {
      const behind = pool.add(page);
      if (behind) await behind;
    } else {
      const html = renderPage(templates, site, page);
      writer.write(fileForUrl(page.url), html);
    }
    const writing = writer.caughtUp();
    if (writing) await writing;
    urls.push(page.url);
    inputs.progress?.("render", urls.length, null);
  }
  await pool?.finish();
  if (articleUrls) urls.push(...articleUrls);
  return urls;
}
