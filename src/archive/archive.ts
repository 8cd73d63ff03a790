import { runSteps, type Article, type ParsedArticle, type SiteConfig } from "../model/index.ts";
import { resolveAuthors, type AuthorIndex, type AuthorMemo } from "./authors.ts";
import { buildCalendar, type YearGroup } from "./calendar.ts";
import { extractMentions, resolveEntities, type EntityIndex, type EntityMemo, type Mention } from "./entities/index.ts";
import { newRelatedMemo, relatedSteps, type Related, type RelatedMemo, type TermCounts } from "./related/related.ts";
import { groupBy, onThisDay, placeName, type Group } from "./groups.ts";
import { publishedOnly } from "./publish.ts";
import { groupByEach } from "./topics.ts";
import { filingSteps, newUrlMemo, type UrlMemo } from "./urls.ts";

/** Everything the site is rendered from: the records in order, with their indexes. Pure data. */
export interface Archive {
  /** The configuration the archive was built with. */
  config: SiteConfig;
  /** All articles: dated ones oldest first, then undated ones. */
  articles: Article[];
  /** Every article by id. */
  byId: Map<string, Article>;
  /** Articles with a date, oldest first. */
  dated: Article[];
  /** Articles without a date, by file and line. */
  undated: Article[];
  /** Newest first, for the home page and feeds. */
  newest: Article[];
  /** The calendar: years, months and days with their articles. */
  years: YearGroup[];
  /** Previous (older) and next (newer) article by date, per article id. */
  neighbours: Map<string, { prev: Article | null; next: Article | null }>;
  /** Author pages and each article's author slugs. */
  authors: AuthorIndex;
  /** Publications, by coverage. */
  sources: Group[];
  /** Dateline places, by coverage. */
  datelines: Group[];
  /** Old paths of articles (front matter `aliases`, URLs from the URL map) that get redirect pages. */
  redirects: Array<{ from: string; to: string; headline: string }>;
  /** Local images of Markdown bodies, once the build has published them (`collectMedia`): per article id, src → site path and size. */
  media?: Map<string, Map<string, { url: string; width: number | null; height: number | null }>>;
  /** Front-matter tags and sections, by coverage. */
  tags: Group[];
  sections: Group[];
  /** People, places and organisations with pages, and which articles mention them. */
  entities: EntityIndex;
  /** Per article id: up to five related articles, best first, each with a reason. */
  related: Map<string, Related[]>;
  /** Per article id: articles from the same day in other years. */
  onThisDay: Map<string, Article[]>;
}

/**
 * What building the archive keeps for the next build of the same site, so a rebuild after an edit
 * redoes only what the edit touched. Owned by whoever rebuilds (the dev server's rebuild state); a
 * one-off build passes none, and what the call made is dropped with it.
 */
export interface ArchiveMemo {
  /** URL assignment's memo. */
  urls: UrlMemo;
  /** The author index's memo. */
  authors: AuthorMemo;
  /** The entity index's memo. */
  entities: EntityMemo;
  /** Related coverage's memo. */
  related: RelatedMemo;
}

/** A memo with nothing in it yet. */
export function newArchiveMemo(): ArchiveMemo {
  return { urls: newUrlMemo(), authors: { last: null }, entities: { last: null }, related: newRelatedMemo() };
}

/**
 * Orders the published records (drafts and scheduled articles wait, see `publishedOnly`), gives them URLs and builds the indexes the pages need.
 * `mentions` and bodies' `terms` (per article id) may come from a cache or the parse; what is absent is worked out here.
 */
export function buildArchive(parsed: readonly ParsedArticle[], config: SiteConfig, mentions?: ReadonlyMap<string, Mention[]>, memo: ArchiveMemo = newArchiveMemo(), terms?: ReadonlyMap<string, TermCounts>): Archive {
  return runSteps(archiveSteps(parsed, config, mentions, memo, terms));
}

/**
 * `buildArchive` in steps: between its costly parts (entities, authors, related coverage) it
 * yields, so a caller on a thread that must stay responsive (the dev server's full pass) can give
 * the thread a turn, or stop. Run to its end it returns the same archive.
 */
export function* archiveSteps(parsed: readonly ParsedArticle[], config: SiteConfig, mentions?: ReadonlyMap<string, Mention[]>, memo: ArchiveMemo = newArchiveMemo(), terms?: ReadonlyMap<string, TermCounts>): Generator<void, Archive> {
  // Filing order is the archive's order: dated oldest first, then undated, each by file and line.
  const published = publishedOnly(parsed, config);
  yield;
  const articles = yield* filingSteps(published, memo.urls);
  yield;
  const dated = articles.filter((a) => a.date !== null);
  const undated = articles.filter((a) => a.date === null);
  const ordered = [...dated, ...undated];
  const neighbours = new Map<string, { prev: Article | null; next: Article | null }>();
  dated.forEach((a, i) => neighbours.set(a.id, { prev: dated[i - 1] ?? null, next: dated[i + 1] ?? null }));
  undated.forEach((a, i) => neighbours.set(a.id, { prev: undated[i - 1] ?? null, next: undated[i + 1] ?? null }));
  yield;
  const entities = resolveEntities(mentions ?? new Map(ordered.map((a) => [a.id, extractMentions(a)])), ordered, config, memo.entities);
  yield;
  const authors = resolveAuthors(ordered, config, memo.authors);
  yield;
  const related = yield* relatedSteps(ordered, entities, { memo: memo.related, terms });
  yield;
  const byId = new Map(ordered.map((a) => [a.id, a]));
  const years = buildCalendar(dated);
  yield;
  const sources = groupBy(ordered, (a) => a.source);
  const datelines = groupBy(ordered, (a) => (a.dateline ? placeName(a.dateline) : null));
  yield;
  const tags = groupByEach(ordered, (a) => a.tags);
  const sections = groupByEach(ordered, (a) => (a.section ? [a.section] : []));
  yield;
  const days = onThisDay(dated);
  yield;
  return {
    config,
    articles: ordered,
    byId,
    dated,
    undated,
    newest: [...dated].reverse().concat(undated),
    years,
    neighbours,
    authors,
    sources,
    datelines,
    redirects: ordered.flatMap((a) => (a.aliases ?? []).map((from) => ({ from, to: a.url, headline: a.headline }))),
    tags,
    sections,
    onThisDay: days,
    entities,
    related,
  };
}
