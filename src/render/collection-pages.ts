// Pages about a collection of articles: an author, a person, place or organisation, a source or a
// dateline, each with its index page.
import { entityUrl, type Archive, type Author, type Entity, type EntityKind, type Group } from "../archive/index.ts";
import type { Article } from "../model/index.ts";
import type { RenderMemo } from "./memo.ts";
import { ENTITY_SECTIONS, home, type Crumb, type Page } from "./page.ts";
import { collectionPage } from "./page-keys.ts";

/** `/authors/` and one page per author. */
export function* authorPages(memo: RenderMemo, archive: Archive): Generator<Page> {
  const { authors } = archive.authors;
  yield {
    url: "/authors/",
    template: "authors",
    title: "Authors",
    description: `The ${authors.length} people credited in ${archive.config.title}.`,
    breadcrumbs: [home],
    data: { authors: authors.map((p) => ({ name: p.name, url: `/authors/${p.slug}/`, count: p.credits.length })) },
  };
  for (const p of authors) yield collectionPage(memo, archive, p, p.credits, () => authorPage(memo, archive, p));
}

function authorPage(memo: RenderMemo, archive: Archive, p: Author): Page {
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
        .map((c) => ({ role: c.role, location: c.location, nameAsWritten: c.nameAsWritten, summary: memo.summary(c.article) })),
    },
  };
}

/** Per kind of entity with pages: its index page and one page per entity. */
export function* entityPages(memo: RenderMemo, archive: Archive): Generator<Page> {
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
    for (const e of entities) yield collectionPage(memo, archive, e, e.articles, () => entityPage(memo, archive, e, section, index));
  }
}

function entityPage(memo: RenderMemo, archive: Archive, e: Entity, section: (typeof ENTITY_SECTIONS)[EntityKind], index: Crumb): Page {
  const items = e.articles
    .map((x) => ({ article: archive.byId.get(x.articleId), snippet: x.snippet }))
    .filter((x): x is { article: Article; snippet: string } => x.article !== undefined)
    .sort((x, y) => ((x.article.date ?? "") < (y.article.date ?? "") ? 1 : -1))
    .map((x) => ({ summary: memo.summary(x.article), snippet: x.snippet }));
  return {
    url: entityUrl(e),
    template: "entity",
    title: e.name,
    description: `${e.articles.length} articles that mention ${e.name}.`,
    breadcrumbs: [home, index],
    data: { entity: { name: e.name, kind: e.kind, kindLabel: section.singular, aliases: e.aliases.filter((x) => x !== e.name) }, items, feedUrl: `${entityUrl(e)}feed.xml` },
  };
}

/** A section of groups (sources, datelines): its index page and one page per group. */
export function* groupPages(memo: RenderMemo, groups: readonly Group[], base: string, template: string, label: string, noun: string): Generator<Page> {
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
      data: { name: g.name, articles: [...g.articles].reverse().map((a) => memo.summary(a)) },
    };
  }
}
