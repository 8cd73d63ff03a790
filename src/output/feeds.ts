import { entityUrl } from "../archive/index.ts";
import type { Archive } from "../archive/index.ts";
import { runSteps, type Article } from "../model/index.ts";
import { renderBody } from "../render/body.ts";
import { hasPublishedDate, recordInstant } from "../render/instant.ts";
import { absolute, lead, type RenderMemo, type SiteView } from "../render/index.ts";
import { atom, jsonFeed, rss, type FeedDocument, type FeedItem, type FeedPerson } from "./feed-writer.ts";
import type { FeedMemo } from "./feed-memo.ts";
import { feedFile, FILES, type FeedSpec, type Format } from "./feed-spec.ts";

export { feedUrl, type FeedSpec } from "./feed-spec.ts";
import type { SiteSink } from "./site-writer.ts";

/**
 * An empty feed still needs an `updated`; a fixed instant keeps the output deterministic (a build
 * timestamp would change every file on every build and tell readers nothing about the articles).
 */
const NO_ARTICLES = new Date(0);

/** Each article's instant in one pass over the feeds (one time zone): every feed that lists an article asks. */
export type Instants = Map<Article, Date>;

function instantOf(article: Article & { date: string }, timeZone: string, instants: Instants): Date {
  let date = instants.get(article);
  if (!date) instants.set(article, (date = recordInstant(article, timeZone)));
  return date;
}

/** The newest `count` articles with a published date (a fact, at least a day), newest first. */
export function feedArticles(articles: readonly Article[], count: number, timeZone: string, instants: Instants = new Map()): Array<{ article: Article; date: Date }> {
  return articles
    .filter(hasPublishedDate)
    .map((article) => ({ article, date: instantOf(article, timeZone, instants) }))
    .sort((x, y) => y.date.getTime() - x.date.getTime() || (x.article.url < y.article.url ? -1 : 1))
    .slice(0, count);
}

function people(archive: Archive, site: SiteView, a: Article, roles: readonly string[]): FeedPerson[] {
  const slugs = archive.authors.slugsByArticle.get(a.id) ?? [];
  return a.bylines.flatMap((b, i) => (roles.includes(b.role) ? [{ name: b.name, link: slugs[i] ? absolute(site, `/authors/${slugs[i]}/`) : undefined }] : []));
}

/**
 * Builds and writes one feed; call it once per collection (site, author, entity…). With a memo, a
 * feed whose inputs are the same as when the memo last saw it is not generated or written again.
 */
export function writeFeed(archive: Archive, site: SiteView, writer: SiteSink, spec: FeedSpec, memo?: FeedMemo, bodies?: RenderMemo, instants?: Instants): void {
  const { config } = archive;
  const formats = spec.formats ?? ["atom"];
  // A memo that names records across builds keys the whole collection, before its newest are picked.
  if (memo?.wholeCollections && !memo.changed(spec, formats, spec.articles, archive)) return;
  const items = feedArticles(spec.articles, config.feedCount, config.timeZone, instants);
  if (memo && !memo.wholeCollections && !memo.changed(spec, formats, items.map((x) => x.article), archive)) return;
  const page = absolute(site, spec.url);
  const links = Object.fromEntries(formats.map((f) => [f, absolute(site, `${spec.url}${FILES[f]}`)]));
  // The parts every format shares are worked out once: the body's HTML, the people and the URLs.
  const shared = items.map(({ article: a, date }) => ({
    a,
    date,
    url: absolute(site, a.url),
    lead: lead(a),
    content: spec.fullContent === false ? undefined : cdataSafe(renderBody(a, bodies)),
    author: nonEmpty(people(archive, site, a, ["author"])),
    contributor: nonEmpty(people(archive, site, a, ["contributor", "research"])),
  }));
  // Atom's title and summary are type="html" (RSS readers treat them the same way): our plain text
  // must be HTML-escaped there, but not in JSON Feed, whose title and summary are plain text.
  const make = (format: Format): FeedDocument => {
    const text = format === "json" ? (t: string) => t : htmlEscape;
    return {
      // The page URL never changes between builds, so it is a stable feed id.
      id: page,
      title: spec.title,
      description: spec.description,
      link: page,
      language: config.language,
      updated: items[0]?.date ?? NO_ARTICLES,
      generator: "newsarchive",
      feedLinks: links,
      favicon: absolute(site, "/favicon.svg"),
      // Atom requires an author for entries without bylines; the archive is who publishes the feed.
      author: { name: config.title, link: site.baseUrl },
      items: shared.map((x): FeedItem => ({
        title: text(x.a.headline),
        // The permalink is the id, stable while the article keeps its URL (in RSS, left out so the
        // guid is the permalink, marked isPermaLink="true").
        id: format === "rss" ? undefined : x.url,
        link: x.url,
        date: x.date,
        published: x.date,
        description: text(x.lead),
        content: x.content,
        author: x.author,
        contributor: x.contributor,
      })),
    };
  };
  const render = { atom: () => atom(make("atom")), rss: () => rss(make("rss")), json: () => jsonFeed(make("json")) };
  for (const f of formats) writer.write(feedFile(spec.url, f), `${(f === "json" ? render[f]() : xmlChars(render[f]())).trimEnd()}\n`);
}

/**
 * XML 1.0 allows no C0 control but tab, LF and CR, no lone surrogate and no U+FFFE/U+FFFF, not even
 * escaped or in CDATA: one such character (from a config title, say) makes the whole feed unreadable.
 */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
/** `xml` without the characters XML 1.0 forbids even escaped (C0 controls but tab, LF and CR; lone surrogates; U+FFFE, U+FFFF). */
export function xmlChars(xml: string): string {
  // Almost every feed has none: a quick scan without the Unicode flag (surrogates matched as units,
  // so a valid pair also sends the text to the exact pass) spares the slow one.
  return MAYBE_NOT_XML.test(xml) ? xml.replace(NOT_XML, "") : xml;
}
const MAYBE_NOT_XML = /[\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;

function nonEmpty<T>(list: T[]): T[] | undefined {
  return list.length ? list : undefined;
}

function htmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A CDATA section ends at the first `]]>` (the writer, like xml-js before it, splits only the first); in HTML `]]&gt;` is the same text. */
function cdataSafe(html: string): string {
  return html.replaceAll("]]>", "]]&gt;");
}

/** The dated articles among `ids`, looked up rather than filtered from the whole archive. */
function datedById(archive: Archive, ids: Iterable<string>): Article[] {
  const seen = new Set<string>();
  const out: Article[] = [];
  for (const id of ids) {
    const a = archive.byId.get(id);
    if (a && a.date !== null && !seen.has(id)) (seen.add(id), out.push(a));
  }
  return out;
}

/** The site feeds (Atom, RSS, JSON Feed) and one Atom feed per author, entity, tag and section page. */
export function writeFeeds(archive: Archive, site: SiteView, writer: SiteSink, memo?: FeedMemo, bodies?: RenderMemo): void {
  runSteps(feedSteps(archive, site, writer, memo, bodies));
}

/**
 * `writeFeeds` one feed at a time: it yields after each, so a thread that must stay responsive can
 * take a turn. `memo` takes in what the feeds were made from only when the last one is done (a run
 * left unfinished leaves it as the last finished run left it).
 */
export function* feedSteps(archive: Archive, site: SiteView, writer: SiteSink, memo?: FeedMemo, bodies?: RenderMemo): Generator<void, void> {
  const { config } = archive;
  memo?.begin();
  const instants: Instants = new Map();
  writeFeed(archive, site, writer, { title: config.title, description: config.description, url: "/", articles: archive.dated, formats: ["atom", "rss", "json"] }, memo, bodies, instants);
  for (const p of archive.authors.authors) {
    if (memo?.reuse(`/authors/${p.slug}/`, p, p.credits, (c) => c.articleId, archive)) continue;
    writeFeed(archive, site, writer, {
      title: `${p.name} · ${config.title}`,
      description: `Articles by or with ${p.name}.`,
      url: `/authors/${p.slug}/`,
      articles: datedById(archive, p.credits.map((c) => c.articleId)),
      fullContent: false,
    }, memo, bodies, instants);
    yield;
  }
  for (const [kind, groups] of [["tags", archive.tags], ["sections", archive.sections]] as const) {
    for (const g of groups) {
      const url = `/${kind}/${g.slug}/`;
      writeFeed(archive, site, writer, { title: `${g.name} · ${config.title}`, description: `Articles under ${g.name}.`, url, articles: g.articles.filter((a) => a.date !== null), fullContent: false }, memo, bodies, instants);
      yield;
    }
  }
  for (const e of archive.entities.entities) {
    if (memo?.reuse(entityUrl(e), e, e.articles, (x) => x.articleId, archive)) continue;
    writeFeed(archive, site, writer, {
      title: `${e.name} · ${config.title}`,
      description: `Articles that mention ${e.name}.`,
      url: entityUrl(e),
      articles: datedById(archive, e.articles.map((x) => x.articleId)),
      fullContent: false,
    }, memo, bodies, instants);
    yield;
  }
  memo?.finish();
}
