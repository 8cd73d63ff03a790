// Pages that list articles by date: the home page, the archive, year, month and day pages, and
// the undated list.
import { formatDate, monthName, type Archive } from "../archive/index.ts";
import type { Article } from "../model/index.ts";
import { monthCalendar } from "./calendar.ts";
import type { RenderMemo } from "./memo.ts";
import { home, monthCrumb, yearCrumb, type Page } from "./page.ts";
import { link, type SiteView } from "./site.ts";
import { timelineHtml } from "./timeline.ts";

/** The coverage chart (SVG and table) of the home and archive pages, built once for both. */
export function coverageTimeline(archive: Archive, site: SiteView): string {
  const months = archive.years.flatMap((y) => y.months.map((m) => ({ year: y.year, month: m.month, url: m.url, count: m.articles.length })));
  return months.length ? timelineHtml(months, (p) => link(site, p)) : "";
}

/** `/`: the newest articles, the timeline and the years. */
export function homePage(memo: RenderMemo, archive: Archive, timelineSvg: string): Page {
  const { config } = archive;
  return {
    url: "/",
    template: "home",
    title: config.title,
    description: config.description,
    breadcrumbs: [],
    data: { articles: list(memo, archive.newest), total: archive.articles.length, years: archive.years.map((y) => ({ year: y.year, url: y.url, count: y.articles.length })), timelineSvg },
  };
}

/** `/archive/`, then every year, month and day page, then `/undated/`. */
export function* datePages(memo: RenderMemo, archive: Archive, timelineSvg: string): Generator<Page> {
  yield {
    url: "/archive/",
    template: "archive",
    title: "Archive",
    description: `Every year and month of ${archive.config.title}, with article counts.`,
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
      data: { year: y.year, count: y.articles.length, months: y.months.map((m) => ({ label: monthName(m.month), url: m.url, count: m.articles.length, articles: list(memo, m.articles) })), yearOnly: list(memo, y.articles.filter((a) => a.date!.length === 4)) },
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
          articles: list(memo, m.articles),
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
          data: { label: dayLabel, count: d.articles.length, articles: list(memo, d.articles) },
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
    data: { articles: list(memo, archive.undated) },
  };
}

function list(memo: RenderMemo, articles: readonly Article[]) {
  return articles.map((a) => memo.summary(a));
}
