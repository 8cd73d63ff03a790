// Every page of the site, in the order they are rendered: home, articles, the date archives,
// authors, entities, sources, datelines, tags and sections, search and 404; long lists split into pages.
import { searchShards, shardBundlePath, type Archive, type EntityKind } from "../archive/index.ts";
import type { Article } from "../model/index.ts";
import { articlePage, type PageOptions } from "./article-pages.ts";
import { authorPages, entityPages, groupPages } from "./collection-pages.ts";
import { coverageTimeline, datePages, homePage } from "./list-pages.ts";
import { RenderMemo } from "./memo.ts";
import { home, type NavView, type Page } from "./page.ts";
import { paginate } from "./paginate.ts";
import { siteView } from "./site.ts";
import { topicPages } from "./topic-pages.ts";

export { articlePage, linkBody, type PageOptions } from "./article-pages.ts";
export { ENTITY_SECTIONS, type ArticlePageData, type Crumb, type NavView, type Page } from "./page.ts";

/** Which optional sections of the site have pages. */
export function navView(archive: Archive): NavView {
  const has = (kind: EntityKind) => archive.entities.entities.some((e) => e.kind === kind);
  return { people: has("person"), places: has("place"), organizations: has("organization"), sources: archive.sources.length > 0, datelines: archive.datelines.length > 0, tags: archive.tags.length > 0, sections: archive.sections.length > 0, search: true };
}

/**
 * Which article pages a pass yields: all (the default), none (the pages a sharded build's merge
 * step writes: everything else), or only these articles' pages and nothing else (one shard's).
 */
export type ArticleSelection = "all" | "none" | ReadonlySet<Article>;

/** Every page of the site, generated lazily so a large archive never holds all its HTML at once. */
export function* sitePages(archive: Archive, options: PageOptions & { articles?: ArticleSelection } = {}): Generator<Page> {
  const nav = navView(archive);
  const memo = options.memo ?? new RenderMemo();
  const only = options.articles;
  if (only instanceof Set) {
    const site = siteView(archive.config);
    for (const a of archive.articles) {
      if (!only.has(a)) continue;
      const page = articlePage(archive, a, site, { ...options, memo });
      page.data.nav = nav;
      yield page;
    }
    return;
  }
  for (const whole of contentPages(archive, { ...options, memo, withArticles: only !== "none" })) {
    for (const page of paginate(whole, whole.template === "home" ? archive.config.homeCount : archive.config.pageSize)) {
      page.data.nav = nav;
      yield page;
    }
  }
}

function* contentPages(archive: Archive, options: PageOptions & { memo: RenderMemo; withArticles: boolean }): Generator<Page> {
  const { config } = archive;
  const { memo } = options;
  const site = siteView(config);
  const timelineSvg = coverageTimeline(archive, site);
  yield homePage(memo, archive, timelineSvg);
  if (options.withArticles) for (const a of archive.articles) yield articlePage(archive, a, site, options);
  yield* datePages(memo, archive, timelineSvg);
  yield* authorPages(memo, archive);
  yield* entityPages(memo, archive);
  if (archive.sources.length) yield* groupPages(memo, archive.sources, "sources", "source", "Sources", "publication");
  if (archive.datelines.length) yield* groupPages(memo, archive.datelines, "datelines", "dateline", "Datelines", "place");
  yield* topicPages(archive);
  // publishing: the search page (templates/search.eta), which merges the shards' bundles (src/output/search-index.ts).
  const bundles = searchShards(archive.articles).map(shardBundlePath);
  yield { url: "/search/", template: "search", title: "Search", description: `Search the articles of ${config.title}.`, breadcrumbs: [home], data: { bundles } };
  yield { url: "/404.html", template: "404", title: "Page not found", description: "This page is not in the archive.", breadcrumbs: [], data: {} };
}
