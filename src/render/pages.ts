import { formatDate, monthName, type Archive } from "../archive/index.ts";
import type { Article } from "../model/index.ts";
import { renderBody } from "./body.ts";
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

export function articlePage(archive: Archive, a: Article): Page {
  const near = archive.neighbours.get(a.id);
  const data: ArticlePageData = {
    article: a,
    bodyHtml: renderBody(a),
    dateLabel: formatDate(a.date),
    dateQualifier: dateQualifier(a),
    bylines: bylineViews(archive, a),
    prev: near?.prev ? summary(near.prev) : null,
    next: near?.next ? summary(near.next) : null,
  };
  return { url: a.url, template: "article", title: a.headline, description: lead(a, 160), breadcrumbs: articleCrumbs(a), data: { ...data } };
}

/** Every page of the site, generated lazily so a large archive never holds all its HTML at once. */
export function* sitePages(archive: Archive): Generator<Page> {
  const { config } = archive;
  const list = (articles: readonly Article[]) => articles.map(summary);
  yield {
    url: "/",
    template: "home",
    title: config.title,
    description: config.description,
    breadcrumbs: [],
    data: { articles: list(archive.newest.slice(0, config.homeCount)), total: archive.articles.length, years: archive.years.map((y) => ({ year: y.year, url: y.url, count: y.articles.length })) },
  };
  for (const a of archive.articles) yield articlePage(archive, a);
  yield {
    url: "/archive/",
    template: "archive",
    title: "Archive",
    description: `Every year and month of ${config.title}, with article counts.`,
    breadcrumbs: [home],
    data: {
      years: archive.years.map((y) => ({ year: y.year, url: y.url, count: y.articles.length, months: y.months.map((m) => ({ label: monthName(m.month), url: m.url, count: m.articles.length })) })),
      undatedCount: archive.undated.length,
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
        data: { year: y.year, month: m.month, label, count: m.articles.length, articles: list(m.articles), days: m.days.map((d) => ({ day: d.day, url: d.url, count: d.articles.length })) },
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
  for (const p of authors) {
    yield {
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
  // publishing: the search page (templates/search.eta, src/output/search.ts).
  yield { url: "/search/", template: "search", title: "Search", description: `Search the articles of ${config.title}.`, breadcrumbs: [home], data: {} };
  yield { url: "/404.html", template: "404", title: "Page not found", description: "This page is not in the archive.", breadcrumbs: [], data: {} };
}
