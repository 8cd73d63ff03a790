// `<head>` metadata per page: favicon, feed discovery, Open Graph, Twitter card and schema.org
// JSON-LD. Everything here is escaped for its context, because headlines come from scraped text.
import type { Pagination } from "./paginate.ts";
import type { Article } from "../model/index.ts";
import { hasPublishedDate, rfc3339 } from "./instant.ts";
import type { Page } from "./page.ts";
import { absolute, link, type SiteView } from "./site.ts";
import type { BylineView } from "./views.ts";

/** Escapes text for a double-quoted HTML attribute. */
export function attr(text: string): string {
  return /[&<>"']/.test(text) ? text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`) : text;
}

/**
 * JSON that is safe inside `<script type="application/ld+json">`: no `<`, `>` or `&` can close the
 * element or start a comment, and U+2028/U+2029 cannot end a line in older script parsers.
 */
export function jsonForScript(value: unknown): string {
  const json = JSON.stringify(value);
  return /[<>&\u2028\u2029]/.test(json) ? json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`) : json;
}

/** The date schema.org and Open Graph may be told: only a real date of at least a day. */
export function publishedDate(a: Article, timeZone: string): string | null {
  if (!hasPublishedDate(a)) return null;
  if (a.date.length === 10) return a.date;
  // A saved page's date-time keeps the offset it was printed with: that instant, in that offset.
  if (a.dateOffset) return `${a.date}${a.date.length === 16 ? ":00" : ""}${a.dateOffset}`;
  return rfc3339(a.date, timeZone);
}

function person(site: SiteView, b: BylineView): Record<string, string> {
  // A credit with no author page is a desk or a group, not a person.
  return b.url ? { "@type": "Person", name: b.name, url: absolute(site, b.url) } : { "@type": "Organization", name: b.name };
}

/** schema.org NewsArticle. A headline we derived from the lead is not the publisher's: it is left out. */
export function newsArticle(site: SiteView, page: Page): Record<string, unknown> {
  const a = page.data.article as Article;
  const bylines = (page.data.bylines as BylineView[] | undefined) ?? [];
  const url = absolute(site, page.url);
  const published = publishedDate(a, site.timeZone);
  const authors = bylines.filter((b) => b.role === "author").map((b) => person(site, b));
  const contributors = bylines.filter((b) => b.role !== "author").map((b) => person(site, b));
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "@id": `${url}#article`,
    url,
    mainEntityOfPage: url,
    ...(a.headlineSource === "derived" ? {} : { headline: a.headline }),
    description: page.description,
    inLanguage: site.language,
    ...(published ? { datePublished: published } : {}),
    ...(authors.length ? { author: authors } : {}),
    ...(contributors.length ? { contributor: contributors } : {}),
    ...(a.dateline ? { locationCreated: { "@type": "Place", name: a.dateline } } : {}),
    ...(a.source ? { publisher: { "@type": "Organization", name: a.source } } : {}),
    ...(a.tags.length ? { keywords: a.tags } : {}),
    ...(a.canonicalUrl ? { isBasedOn: a.canonicalUrl } : {}),
    isPartOf: { "@type": "WebSite", name: site.title, url: site.baseUrl },
  };
}

/** The breadcrumb trail with the page itself as the last step. */
export function breadcrumbList(site: SiteView, page: Page): Record<string, unknown> {
  const steps = [...page.breadcrumbs, { label: page.title, url: page.url }];
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: steps.map((c, i) => ({ "@type": "ListItem", position: i + 1, name: c.label, item: absolute(site, c.url) })),
  };
}

function collectionPage(site: SiteView, page: Page): Record<string, unknown> {
  const url = absolute(site, page.url);
  return { "@context": "https://schema.org", "@type": "CollectionPage", "@id": url, url, name: page.title, description: page.description, inLanguage: site.language, isPartOf: { "@type": "WebSite", name: site.title, url: site.baseUrl } };
}

const LIST_TEMPLATES = new Set(["home", "archive", "year", "month", "day", "undated", "authors", "author"]);

function jsonLd(site: SiteView, page: Page): Array<Record<string, unknown>> {
  if (page.template === "article" && page.data.article) return [newsArticle(site, page), breadcrumbList(site, page)];
  if (LIST_TEMPLATES.has(page.template)) return [collectionPage(site, page), breadcrumbList(site, page)];
  return [];
}

function feedLinks(site: SiteView, page: Page): string[] {
  const feeds: Array<[string, string, string]> = [
    ["application/atom+xml", site.title, "/feed.xml"],
    ["application/rss+xml", site.title, "/rss.xml"],
    ["application/feed+json", site.title, "/feed.json"],
  ];
  // Author pages have their own feed (see src/output/feeds.ts); entity pages can follow the same rule.
  // Page 2 of a list belongs to the list's own feed, at its first page's URL.
  const listUrl = (page.data.pagination as Pagination | undefined)?.pages[0]?.url ?? page.url;
  if (page.template === "author" || page.template === "topic") feeds.push(["application/atom+xml", `${page.title} · ${site.title}`, `${listUrl}feed.xml`]);
  return feeds.map(([type, title, url]) => `<link rel="alternate" type="${type}" title="${attr(title)}" href="${attr(link(site, url))}">`);
}

/** The `<head>` metadata of one page, already escaped. */
export function headHtml(site: SiteView, page: Page): string {
  const isArticle = page.template === "article" && page.data.article !== undefined;
  const url = absolute(site, page.url);
  const meta = (key: "property" | "name", name: string, content: string) => `<meta ${key}="${name}" content="${attr(content)}">`;
  const lines = [
    `<link rel="icon" href="${attr(link(site, "/favicon.svg"))}" type="image/svg+xml">`,
    // HTML's rel=search: "a resource that can be used to search through the site".
    `<link rel="search" href="${attr(link(site, "/search/"))}" title="${attr(`Search ${site.title}`)}">`,
    ...feedLinks(site, page),
  ];
  if (page.template === "404") lines.push(meta("name", "robots", "noindex"));
  const paging = page.data.pagination as Pagination | undefined;
  if (paging?.prev) lines.push(`<link rel="prev" href="${attr(link(site, paging.prev))}">`);
  if (paging?.next) lines.push(`<link rel="next" href="${attr(link(site, paging.next))}">`);
  lines.push(
    meta("property", "og:site_name", site.title),
    meta("property", "og:type", isArticle ? "article" : "website"),
    meta("property", "og:title", page.title),
    meta("property", "og:description", page.description),
    meta("property", "og:url", url),
  );
  if (isArticle) {
    const published = publishedDate(page.data.article as Article, site.timeZone);
    if (published) lines.push(meta("property", "article:published_time", published));
    for (const b of (page.data.bylines as BylineView[] | undefined) ?? []) if (b.role === "author" && b.url) lines.push(meta("property", "article:author", absolute(site, b.url)));
  }
  lines.push(meta("name", "twitter:card", "summary"), meta("name", "twitter:title", page.title), meta("name", "twitter:description", page.description));
  for (const data of jsonLd(site, page)) lines.push(`<script type="application/ld+json">${jsonForScript(data)}</script>`);
  return lines.join("\n");
}
