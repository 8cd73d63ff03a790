// Tags and sections from front matter: each gets a page and a feed, like a source or an entity.
// Names are grouped by slug, so "Local News" and "local news" are one page (the first spelling names it).
import { slugify, type Article } from "../model/index.ts";
import type { Group } from "./groups.ts";

/** Groups articles under each of the names `namesOf` gives, sorted by coverage then name. */
export function groupByEach(articles: readonly Article[], namesOf: (a: Article) => readonly string[]): Group[] {
  const groups = new Map<string, Group>();
  for (const a of articles) {
    const seen = new Set<string>();
    for (const name of namesOf(a)) {
      const slug = slugify(name, "");
      if (!slug || seen.has(slug)) continue;
      seen.add(slug);
      let g = groups.get(slug);
      if (!g) groups.set(slug, (g = { slug, name, articles: [] }));
      g.articles.push(a);
    }
  }
  return [...groups.values()].sort((x, y) => y.articles.length - x.articles.length || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
}

/** An article's tag and section pages. */
export interface TopicLinks {
  tags: Array<{ name: string; url: string }>;
  section: { name: string; url: string } | null;
}

/** A tag's page, `/tags/<slug>/` (slug "tag" when the name has no letter or digit to keep). */
export const tagUrl = (name: string): string => `/tags/${slugify(name, "tag")}/`;
/** A section's page, `/sections/<slug>/` (slug "section" when the name has no letter or digit to keep). */
export const sectionUrl = (name: string): string => `/sections/${slugify(name, "section")}/`;

/** An article's tag and section links; a name with no letter or digit to slug gets no link. */
export function topicLinks(a: Article): TopicLinks {
  const tags = a.tags.filter((t) => slugify(t, "") !== "").map((name) => ({ name, url: tagUrl(name) }));
  return { tags, section: a.section && slugify(a.section, "") ? { name: a.section, url: sectionUrl(a.section) } : null };
}
