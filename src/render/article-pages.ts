// Article pages: the record with its body, bylines, neighbours, related coverage and entity chips.
import { entityUrl, formatDate, placeName, topicLinks, type Archive } from "../archive/index.ts";
import { withMedia } from "./media.ts";
import type { EntityLink } from "../archive/entities/index.ts";
import { isStable, slugify, type Article } from "../model/index.ts";
import { renderBody, renderLinkedBody } from "./body.ts";
import { linkEntitiesInHtml } from "./link-entities.ts";
import { RenderMemo } from "./memo.ts";
import { home, monthCrumb, yearCrumb, type ArticlePageData, type Crumb, type Page } from "./page.ts";
import { articlePageKey } from "./page-keys.ts";
import { link, siteView, type SiteView } from "./site.ts";
import { bylineViews, dateQualifier, lead } from "./views.ts";

/** How pages are made. */
export interface PageOptions {
  /**
   * Leave an article body's entity links to whoever renders the page (a worker thread): the page
   * carries the plain body and `data.bodyLinks`, and `linkBody` finishes it.
   */
  deferLinks?: boolean;
  /** Keep article pages in the memo for the next rebuild (dev mode; default). A one-off build says false, so pages are let go once written. */
  keep?: boolean;
  /** What rendering keeps (bodies, list entries, pages); a fresh one when absent. */
  memo?: RenderMemo;
  /**
   * Asked, with the key of everything an article page is made from (the record and the archive
   * entries around it, as `RenderMemo.recordKey` names records), whether the file the last build
   * wrote for it stands (the CLI's page reuse). When it does, the page is not made: a stand-in
   * with `kept: true` takes its place.
   */
  keptArticle?: (a: Article, key: string) => boolean;
}

function articleCrumbs(a: Article): Crumb[] {
  if (!a.date) return [home, { label: "Undated", url: "/undated/" }];
  const [year, month, day] = a.date.slice(0, 10).split("-") as [string, string | undefined, string | undefined];
  const crumbs = [home, yearCrumb(year)];
  if (month) crumbs.push(monthCrumb(year, month));
  if (month && day) crumbs.push({ label: String(Number(day)), url: `/${year}/${month}/${day}/` });
  return crumbs;
}

/** Finishes the body an article page left for its renderer (see `PageOptions.deferLinks`): decoded, entity links added. */
export function linkBody(page: Page): void {
  const utf8 = page.data.bodyUtf8 as Uint8Array | undefined;
  if (utf8) {
    page.data.bodyHtml = decoder.decode(utf8);
    delete page.data.bodyUtf8;
  }
  const links = page.data.bodyLinks as EntityLink[] | undefined;
  if (!links) return;
  page.data.bodyHtml = linkEntitiesInHtml(page.data.bodyHtml as string, links);
  delete page.data.bodyLinks;
}

const decoder = new TextDecoder();

/**
 * The body's UTF-8 as kept beside the parse, for a page whose renderer finishes the body: it is
 * decoded there, off the thread that makes the pages' data. Only when the HTML needs nothing done
 * here (no image for `withMedia`) and the bytes are a buffer of their own (cloned as they are).
 */
function deferredBytes(memo: RenderMemo, a: Article): Uint8Array | null {
  const bytes = memo.bodyBytes(a);
  if (!bytes || bytes.byteOffset !== 0 || bytes.byteLength !== bytes.buffer.byteLength) return null;
  return Buffer.from(bytes.buffer, 0, bytes.byteLength).includes("<img") ? null : bytes;
}

/**
 * An article's page. With a memo that kept it, it is the same object as last time when the records
 * and index entries it is made from are: a rebuild after an edit then builds (and fingerprints) only
 * the pages the edit touched.
 */
export function articlePage(archive: Archive, a: Article, site: SiteView = siteView(archive.config), options: PageOptions = {}): Page {
  const memo = options.memo ?? new RenderMemo();
  if (options.keptArticle) {
    const kept = options.keptArticle(a, `${memo.recordKey(a)}\u0000${articlePageKey(memo, archive, a, site)}`);
    if (kept) return { url: a.url, template: "article", title: a.headline, description: "", breadcrumbs: [], data: {}, kept: true };
    const page = makeArticlePage(memo, archive, a, site, options);
    page.kept = false;
    return page;
  }
  // A page with its links left out is a different page: never kept for, or taken from, the memo.
  if (!isStable(a) || options.deferLinks || options.keep === false) return makeArticlePage(memo, archive, a, site, options);
  const key = articlePageKey(memo, archive, a, site);
  const hit = memo.articlePages.get(a);
  if (hit?.key === key) return hit.page;
  const page = makeArticlePage(memo, archive, a, site);
  memo.articlePages.set(a, { key, page });
  return page;
}

function makeArticlePage(memo: RenderMemo, archive: Archive, a: Article, site: SiteView, options: PageOptions = {}): Page {
  const near = archive.neighbours.get(a.id);
  const mentioned = archive.entities.byArticle.get(a.id) ?? [];
  const links = mentioned.map((e) => ({ surfaces: e.surfaces, href: link(site, entityUrl(e)), title: e.name }));
  const utf8 = options.deferLinks === true ? deferredBytes(memo, a) : null;
  const deferred = options.deferLinks === true && links.length > 0;
  const data: ArticlePageData = {
    article: a,
    bodyHtml: utf8 ? "" : withMedia(deferred ? renderBody(a, memo) : renderLinkedBody(a, links, memo), archive.media?.get(a.id), site),
    dateLabel: formatDate(a.date),
    dateQualifier: dateQualifier(a),
    bylines: bylineViews(archive, a),
    prev: near?.prev ? memo.summary(near.prev) : null,
    next: near?.next ? memo.summary(near.next) : null,
    onThisDay: (archive.onThisDay.get(a.id) ?? []).map((x) => memo.summary(x)),
    sourceUrl: a.source ? `/sources/${slugify(a.source)}/` : null,
    datelineUrl: a.dateline ? `/datelines/${slugify(placeName(a.dateline))}/` : null,
    entities: mentioned.map((e) => ({ name: e.name, url: entityUrl(e), kind: e.kind })),
    topics: topicLinks(a),
    related: (archive.related.get(a.id) ?? []).flatMap((r) => {
      const other = archive.byId.get(r.id);
      return other ? [{ summary: memo.summary(other), reason: r.reason }] : [];
    }),
  };
  return { url: a.url, template: "article", title: a.headline, description: lead(a, 160), breadcrumbs: articleCrumbs(a), data: { ...data, ...(utf8 ? { bodyUtf8: utf8 } : {}), ...(deferred ? { bodyLinks: links } : {}) } };
}
