import { slugify, type Article } from "../model/index.ts";
import { dateParts } from "./dates.ts";

/** A named group of articles with its own page: a publication or a dateline place. */
export interface Group {
  slug: string;
  name: string;
  /** Oldest first. */
  articles: Article[];
}

// Module cache (pure): a dateline's page name is a pure function of the dateline.
const placeNames = new Map<string, string>();

/** "KYIV, Ukraine" → "Kyiv, Ukraine"; "WASHINGTON" → "Washington": datelines are shouted, pages are not. */
export function placeName(dateline: string): string {
  let name = placeNames.get(dateline);
  if (name === undefined) {
    if (placeNames.size >= 50_000) placeNames.clear(); // datelines repeat; the cache must not grow forever
    placeNames.set(dateline, (name = placeNameUncached(dateline)));
  }
  return name;
}

function placeNameUncached(dateline: string): string {
  return dateline
    .split(",")
    .map((part) => part.trim())
    .map((part) => (part === part.toUpperCase() ? part.toLowerCase().replace(/(^|[\s\-'’])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase()) : part))
    .join(", ");
}

// Module cache (pure): a group's slug is a pure function of its name.
const slugs = new Map<string, string>();

/** Groups articles by a name (case- and accent-insensitively), sorted by coverage then name. */
export function groupBy(articles: readonly Article[], nameOf: (a: Article) => string | null): Group[] {
  const groups = new Map<string, Group>();
  for (const a of articles) {
    const name = nameOf(a);
    if (!name) continue;
    let slug = slugs.get(name);
    if (slug === undefined) {
      if (slugs.size >= 50_000) slugs.clear(); // names repeat across articles; the cache must not grow forever
      slugs.set(name, (slug = slugify(name)));
    }
    let g = groups.get(slug);
    if (!g) groups.set(slug, (g = { slug, name, articles: [] }));
    g.articles.push(a);
  }
  return [...groups.values()].sort((x, y) => y.articles.length - x.articles.length || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
}

/** Per article id: articles of the same month and day in other years, newest first. */
export function onThisDay(dated: readonly Article[]): Map<string, Article[]> {
  const byDay = new Map<string, Article[]>();
  for (const a of dated) {
    const p = dateParts(a.date);
    if (!p?.month || !p.day) continue;
    const key = `${p.month}-${p.day}`;
    const list = byDay.get(key);
    if (list) list.push(a);
    else byDay.set(key, [a]);
  }
  const out = new Map<string, Article[]>();
  for (const list of byDay.values()) {
    if (list.length < 2) continue;
    // The list depends only on the article's year: made once per year, from the newest end, so a
    // day of many articles costs its length, not its length squared (100,000 articles have ~270 a day).
    const newest = [...list].reverse();
    const byYear = new Map<string, Article[]>();
    for (const a of list) {
      const year = a.date!.slice(0, 4);
      let others = byYear.get(year);
      if (!others) byYear.set(year, (others = firstOfOtherYears(newest, year, ON_THIS_DAY)));
      if (others.length) out.set(a.id, others.slice());
    }
  }
  return out;
}

/** Articles listed beside one "on this day". */
const ON_THIS_DAY = 10;

/** The first `count` of `articles` not from `year`. */
function firstOfOtherYears(articles: readonly Article[], year: string, count: number): Article[] {
  const out: Article[] = [];
  for (const b of articles) {
    if (out.length === count) break;
    if (b.date!.slice(0, 4) !== year) out.push(b);
  }
  return out;
}
