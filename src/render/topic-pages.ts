// Pages of tags and sections: an index of each (`/tags/`, `/sections/`) and one page per tag or
// section with its articles, newest first, and its Atom feed.
import type { Archive, Group } from "../archive/index.ts";
import type { Page } from "./page.ts";
import { summary } from "./views.ts";

const KINDS = [
  { key: "tags", base: "tags", label: "Tags", singular: "Tag" },
  { key: "sections", base: "sections", label: "Sections", singular: "Section" },
] as const;

/** The index and member pages of every tag and section. */
export function* topicPages(archive: Archive): Generator<Page> {
  const home = { label: "Home", url: "/" };
  for (const kind of KINDS) {
    const groups: readonly Group[] = archive[kind.key];
    if (!groups.length) continue;
    const index = { label: kind.label, url: `/${kind.base}/` };
    yield {
      url: index.url,
      template: "topics",
      title: kind.label,
      description: `${groups.length} ${kind.label.toLowerCase()} in the archive, by coverage.`,
      breadcrumbs: [home],
      data: { label: kind.label, items: groups.map((g) => ({ name: g.name, url: `${index.url}${g.slug}/`, count: g.articles.length })) },
    };
    for (const g of groups) {
      const url = `${index.url}${g.slug}/`;
      yield {
        url,
        template: "topic",
        title: g.name,
        description: `${g.articles.length} articles under ${kind.singular.toLowerCase()} ${g.name}.`,
        breadcrumbs: [home, index],
        data: { kindLabel: kind.singular, name: g.name, articles: [...g.articles].reverse().map(summary), feedUrl: `${url}feed.xml` },
      };
    }
  }
}
