import { entityUrl, formatDate, monthName, placeName, topicLinks, type TopicLinks, type Archive, type Author, type Entity, type EntityKind, type Group } from "../archive/index.ts";
import type { EntityLink } from "../archive/entities/index.ts";
import { isStable, slugify } from "../model/index.ts";
import type { Article } from "../model/index.ts";
import { renderBody, renderLinkedBody } from "./body.ts";
import { linkEntitiesInHtml } from "./link-entities.ts";
import { monthCalendar } from "./calendar.ts";
import { link, siteView, type SiteView } from "./site.ts";
import { timelineHtml } from "./timeline.ts";
import { topicPages } from "./topic-pages.ts";
import { withMedia } from "./media.ts";
import { paginate } from "./paginate.ts";
import { bylineViews, dateQualifier, lead, summary, type ArticleSummary, type BylineView } from "./views.ts";

/** A link in the breadcrumb trail. */
export interface Crumb {
  label: string;
  url: string;
}

/** One page of the site: where it goes, which template draws it, and that template's data. */
export interface Page {
  /** Site-relative URL ending in `/` (written as `index.html`) or a file name (`404.html`). */
  url: string;
  template: string;
  title: string;
  description: string;
  breadcrumbs: Crumb[];
  /** Template-specific data, merged into `it`. */
  data: Record<string, unknown>;
}

/** The data `article.eta` receives (besides the common fields). */
export interface ArticlePageData {
  article: Article;
  bodyHtml: string;
  dateLabel: string;
  dateQualifier: ArticleSummary["dateQualifier"];
  bylines: BylineView[];
  prev: ArticleSummary | null;
  next: ArticleSummary | null;
  /** Articles from the same day in other years. */
  onThisDay: ArticleSummary[];
  /** The source's and the dateline's pages, when the article names them. */
  sourceUrl: string | null;
  datelineUrl: string | null;
  /** Related coverage, best first, with the reason each is related. */
  related: Array<{ summary: ArticleSummary; reason: string }>;
  /** The people, places and organisations with pages that the article mentions (chips). */
  entities: Array<{ name: string; url: string; kind: EntityKind }>;
  /** Its tag and section pages. */
  topics: TopicLinks;
}

export const ENTITY_SECTIONS: Record<EntityKind, { base: string; label: string; singular: string }> = {
  person: { base: "people", label: "People", singular: "person" },
  place: { base: "places", label: "Places", singular: "place" },
  organization: { base: "organizations", label: "Organizations", singular: "organization" },
};

/** Which optional sections the site has, so navigation never links to a page that does not exist. */
export interface NavView {
  people: boolean;
  places: boolean;
  organizations: boolean;
  sources: boolean;
  datelines: boolean;
  tags: boolean;
  sections: boolean;
  search: boolean;
}

const home: Crumb = { label: "Home", url: "/" };

function yearCrumb(year: string): Crumb {
  return { label: year, url: `/${year}/` };
}
function monthCrumb(year: string, month: string): Crumb {
  return { label: monthName(month), url: `/${year}/${month}/` };
}

function articleCrumbs(a: Article): Crumb[] {
  if (!a.date) return [home, { label: "Undated", url: "/undated/" }];
  const [year, month, day] = a.date.slice(0, 10).split("-") as [string, string | undefined, string | undefined];
  const crumbs = [home, yearCrumb(year)];
  if (month) crumbs.push(monthCrumb(year, month));
  if (month && day) crumbs.push({ label: String(Number(day)), url: `/${year}/${month}/${day}/` });
  return crumbs;
}

/**
 * An article's page is the same object as last time when the records and index entries it is made
 * from are: a rebuild after an edit then builds (and fingerprints) only the pages the edit touched.
 */
const articlePages = new WeakMap<Article, { key: string; page: Page }>();

/** How pages are made. */
export interface PageOptions {
  /**
   * Leave an article body's entity links to whoever renders the page (a worker thread): the page
   * carries the plain body and `data.bodyLinks`, and `linkBody` finishes it.
   */
  deferLinks?: boolean;
  /** Keep article pages for the next rebuild (dev mode; default). A one-off build says false, so pages are let go once written. */
  keep?: boolean;
}

/** Adds the entity links an article page left for its renderer (see `PageOptions.deferLinks`). */
export function linkBody(page: Page): void {
  const links = page.data.bodyLinks as EntityLink[] | undefined;
  if (!links) return;
  page.data.bodyHtml = linkEntitiesInHtml(page.data.bodyHtml as string, links);
  delete page.data.bodyLinks;
}

export function articlePage(archive: Archive, a: Article, site: SiteView = siteView(archive.config), options: PageOptions = {}): Page {
  // A page with its links left out is a different page: never kept for, or taken from, the memo.
  if (!isStable(a) || options.deferLinks || options.keep === false) return makeArticlePage(archive, a, site, options);
  const key = articlePageKey(archive, a, site);
  const hit = articlePages.get(a);
  if (hit?.key === key) return hit.page;
  const page = makeArticlePage(archive, a, site);
  articlePages.set(a, { key, page });
  return page;
}

/** Everything an article page is made from besides the record itself, immutable records by identity. */
function articlePageKey(archive: Archive, a: Article, site: SiteView): string {
  const near = archive.neighbours.get(a.id);
  let key = `${site.basePath}\u0000${recordKey(near?.prev)}\u0000${recordKey(near?.next)}\u0000${entitiesKey(archive.entities.byArticle.get(a.id))}\u0000`;
  key += `${(archive.authors.slugsByArticle.get(a.id) ?? []).join("\u0001")}\u0000`;
  for (const other of archive.onThisDay.get(a.id) ?? []) key += `${recordKey(other)},`;
  const related = archive.related.get(a.id) ?? [];
  key += `\u0000${relatedKey(related)}`;
  for (const r of related) key += `,${recordKey(archive.byId.get(r.id))}`;
  return key;
}

// Index entries are often the very objects of the last rebuild (an edit that changed no name or related list):
// their content keys are kept per object, so only new entries are spelled out.
const entryKeys = new WeakMap<object, string>();
type EntityRow = ReturnType<Archive["entities"]["byArticle"]["get"]>;

function entitiesKey(row: EntityRow): string {
  if (!row) return "";
  let key = entryKeys.get(row);
  if (key === undefined) entryKeys.set(row, (key = JSON.stringify(row.map((e) => [e.slug, e.kind, e.name, e.surfaces]))));
  return key;
}

function relatedKey(list: ReturnType<Archive["related"]["get"]> & object): string {
  let key = entryKeys.get(list);
  if (key === undefined) entryKeys.set(list, (key = JSON.stringify(list.map((r) => [r.id, r.reason]))));
  return key;
}

const recordIds = new WeakMap<object, number>();
let nextRecordId = 1;
/** A number per immutable record; a record not marked immutable makes the key unique (never a hit). */
function recordKey(record: Article | null | undefined): string {
  if (!record) return "-";
  if (!isStable(record)) return `x${nextRecordId++}`;
  let id = recordIds.get(record);
  if (id === undefined) recordIds.set(record, (id = nextRecordId++));
  return String(id);
}

function makeArticlePage(archive: Archive, a: Article, site: SiteView, options: PageOptions = {}): Page {
  const near = archive.neighbours.get(a.id);
  const mentioned = archive.entities.byArticle.get(a.id) ?? [];
  const links = mentioned.map((e) => ({ surfaces: e.surfaces, href: link(site, entityUrl(e)), title: e.name }));
  const deferred = options.deferLinks === true && links.length > 0;
  const data: ArticlePageData = {
    article: a,
    bodyHtml: withMedia(deferred ? renderBody(a) : renderLinkedBody(a, links), archive.media?.get(a.id), site),
    dateLabel: formatDate(a.date),
    dateQualifier: dateQualifier(a),
    bylines: bylineViews(archive, a),
    prev: near?.prev ? summary(near.prev) : null,
    next: near?.next ? summary(near.next) : null,
    onThisDay: (archive.onThisDay.get(a.id) ?? []).map(summary),
    sourceUrl: a.source ? `/sources/${slugify(a.source)}/` : null,
    datelineUrl: a.dateline ? `/datelines/${slugify(placeName(a.dateline))}/` : null,
    entities: mentioned.map((e) => ({ name: e.name, url: entityUrl(e), kind: e.kind })),
    topics: topicLinks(a),
    related: (archive.related.get(a.id) ?? []).flatMap((r) => {
      const other = archive.byId.get(r.id);
      return other ? [{ summary: summary(other), reason: r.reason }] : [];
    }),
  };
  return { url: a.url, template: "article", title: a.headline, description: lead(a, 160), breadcrumbs: articleCrumbs(a), data: deferred ? { ...data, bodyLinks: links } : { ...data } };
}

function* groupPages(groups: readonly Group[], base: string, template: string, label: string, noun: string): Generator<Page> {
  yield {
    url: `/${base}/`,
    template: `${template}s`,
    title: label,
    description: `${groups.length} ${noun}s in the archive, by coverage.`,
    breadcrumbs: [home],
    data: { label, items: groups.map((g) => ({ name: g.name, url: `/${base}/${g.slug}/`, count: g.articles.length })) },
  };
  for (const g of groups) {
    yield {
      url: `/${base}/${g.slug}/`,
      template,
      title: g.name,
      description: `${g.articles.length} articles from ${g.name}.`,
      breadcrumbs: [home, { label, url: `/${base}/` }],
      data: { name: g.name, articles: [...g.articles].reverse().map(summary) },
    };
  }
}

export function navView(archive: Archive): NavView {
  const has = (kind: EntityKind) => archive.entities.entities.some((e) => e.kind === kind);
  return { people: has("person"), places: has("place"), organizations: has("organization"), sources: archive.sources.length > 0, datelines: archive.datelines.length > 0, tags: archive.tags.length > 0, sections: archive.sections.length > 0, search: true };
}

/** Every page of the site, generated lazily so a large archive never holds all its HTML at once. */
export function* sitePages(archive: Archive, options: PageOptions = {}): Generator<Page> {
  const nav = navView(archive);
  for (const whole of contentPages(archive, options)) {
    for (const page of paginate(whole, whole.template === "home" ? archive.config.homeCount : archive.config.pageSize)) {
      page.data.nav = nav;
      yield page;
    }
  }
}

function* entityPages(archive: Archive): Generator<Page> {
  for (const [kind, section] of Object.entries(ENTITY_SECTIONS) as Array<[EntityKind, (typeof ENTITY_SECTIONS)[EntityKind]]>) {
    const entities = archive.entities.entities.filter((e) => e.kind === kind);
    if (!entities.length) continue;
    const index: Crumb = { label: section.label, url: `/${section.base}/` };
    yield {
      url: index.url,
      template: "entities",
      title: section.label,
      description: `${entities.length} ${section.label.toLowerCase()} in the news of this archive, by coverage.`,
      breadcrumbs: [home],
      data: { kind, kindLabel: section.label, entities: entities.map((e) => ({ name: e.name, url: entityUrl(e), count: e.articles.length })) },
    };
    for (const e of entities) yield collectionPage(archive, e, e.articles, () => entityPage(archive, e, section, index));
  }
}

/**
 * A page about one collection (an entity, an author) is the same object as last time while the collection is
 * (the index kept it: nothing about it changed) and lists the same records, so it is neither built nor
 * fingerprinted again.
 */
const collectionPages = new WeakMap<object, { key: string; page: Page }>();

function collectionPage(archive: Archive, collection: object, entries: ReadonlyArray<{ articleId: string }>, make: () => Page): Page {
  let key = "";
  for (const x of entries) key += `${recordKey(archive.byId.get(x.articleId))},`;
  const hit = collectionPages.get(collection);
  if (hit?.key === key) return hit.page;
  const page = make();
  collectionPages.set(collection, { key, page });
  return page;
}

function entityPage(archive: Archive, e: Entity, section: (typeof ENTITY_SECTIONS)[EntityKind], index: Crumb): Page {
  const items = e.articles
    .map((x) => ({ article: archive.byId.get(x.articleId), snippet: x.snippet }))
    .filter((x): x is { article: Article; snippet: string } => x.article !== undefined)
    .sort((x, y) => ((x.article.date ?? "") < (y.article.date ?? "") ? 1 : -1))
    .map((x) => ({ summary: summary(x.article), snippet: x.snippet }));
  return {
    url: entityUrl(e),
    template: "entity",
    title: e.name,
    description: `${e.articles.length} articles that mention ${e.name}.`,
    breadcrumbs: [home, index],
    data: { entity: { name: e.name, kind: e.kind, kindLabel: section.singular, aliases: e.aliases.filter((x) => x !== e.name) }, items, feedUrl: `${entityUrl(e)}feed.xml` },
  };
}

function* contentPages(archive: Archive, options: PageOptions): Generator<Page> {
  const { config } = archive;
  const site = siteView(config);
  const months = archive.years.flatMap((y) => y.months.map((m) => ({ year: y.year, month: m.month, url: m.url, count: m.articles.length })));
  const timelineSvg = months.length ? timelineHtml(months, (p) => link(site, p)) : "";
  const list = (articles: readonly Article[]) => articles.map(summary);
  yield {
    url: "/",
    template: "home",
    title: config.title,
    description: config.description,
    breadcrumbs: [],
    data: { articles: list(archive.newest), total: archive.articles.length, years: archive.years.map((y) => ({ year: y.year, url: y.url, count: y.articles.length })), timelineSvg },
  };
  for (const a of archive.articles) yield articlePage(archive, a, site, options);
  // Built once: the home and archive pages show the same chart.
  yield {
    url: "/archive/",
    template: "archive",
    title: "Archive",
    description: `Every year and month of ${config.title}, with article counts.`,
    breadcrumbs: [home],
    data: {
      years: archive.years.map((y) => ({ year: y.year, url: y.url, count: y.articles.length, months: y.months.map((m) => ({ label: monthName(m.month), url: m.url, count: m.articles.length })) })),
      undatedCount: archive.undated.length,
      timelineSvg,
    },
  };
  for (const y of archive.years) {
    yield {
      url: y.url,
      template: "year",
      title: y.year,
      description: `${y.articles.length} articles from ${y.year}.`,
      breadcrumbs: [home],
      data: { year: y.year, count: y.articles.length, months: y.months.map((m) => ({ label: monthName(m.month), url: m.url, count: m.articles.length, articles: list(m.articles) })), yearOnly: list(y.articles.filter((a) => a.date!.length === 4)) },
    };
    for (const m of y.months) {
      const label = `${monthName(m.month)} ${y.year}`;
      yield {
        url: m.url,
        template: "month",
        title: label,
        description: `${m.articles.length} articles from ${label}.`,
        breadcrumbs: [home, yearCrumb(y.year)],
        data: {
          year: y.year,
          month: m.month,
          label,
          count: m.articles.length,
          articles: list(m.articles),
          days: m.days.map((d) => ({ day: d.day, url: d.url, count: d.articles.length })),
          calendar: monthCalendar(y.year, m.month, m.days.map((d) => ({ day: d.day, url: d.url, count: d.articles.length }))),
        },
      };
      for (const d of m.days) {
        const dayLabel = formatDate(`${d.year}-${d.month}-${d.day}`);
        yield {
          url: d.url,
          template: "day",
          title: dayLabel,
          description: `${d.articles.length} articles from ${dayLabel}.`,
          breadcrumbs: [home, yearCrumb(y.year), monthCrumb(y.year, m.month)],
          data: { label: dayLabel, count: d.articles.length, articles: list(d.articles) },
        };
      }
    }
  }
  yield {
    url: "/undated/",
    template: "undated",
    title: "Undated articles",
    description: "Articles whose date the archive could not establish.",
    breadcrumbs: [home],
    data: { articles: list(archive.undated) },
  };
  const { authors } = archive.authors;
  yield {
    url: "/authors/",
    template: "authors",
    title: "Authors",
    description: `The ${authors.length} people credited in ${config.title}.`,
    breadcrumbs: [home],
    data: { authors: authors.map((p) => ({ name: p.name, url: `/authors/${p.slug}/`, count: p.credits.length })) },
  };
  for (const p of authors) yield collectionPage(archive, p, p.credits, () => authorPage(archive, p));
  yield* entityPages(archive);
  if (archive.sources.length) yield* groupPages(archive.sources, "sources", "source", "Sources", "publication");
  if (archive.datelines.length) yield* groupPages(archive.datelines, "datelines", "dateline", "Datelines", "place");
  yield* topicPages(archive);
  // publishing: the search page (templates/search.eta, src/output/search.ts).
  yield { url: "/search/", template: "search", title: "Search", description: `Search the articles of ${config.title}.`, breadcrumbs: [home], data: {} };
  yield { url: "/404.html", template: "404", title: "Page not found", description: "This page is not in the archive.", breadcrumbs: [], data: {} };
}

function authorPage(archive: Archive, p: Author): Page {
  return {
    url: `/authors/${p.slug}/`,
    template: "author",
    title: p.name,
    description: `Articles by or with ${p.name}.`,
    breadcrumbs: [home, { label: "Authors", url: "/authors/" }],
    data: {
      author: p,
      credits: p.credits
        .map((c) => ({ ...c, article: archive.byId.get(c.articleId) }))
        .filter((c): c is typeof c & { article: Article } => c.article !== undefined)
        .map((c) => ({ role: c.role, location: c.location, nameAsWritten: c.nameAsWritten, summary: summary(c.article) })),
    },
  };
}
