// The search index is made in parts (shards), each a Pagefind bundle of its own that the search page
// merges at query time. One Pagefind process then never holds the whole archive, and an edit
// re-indexes only the part that holds the edited article. Parts follow the archive's own division:
// one per year, a year too big for one split at month boundaries, and undated articles apart.
import type { Article } from "../model/index.ts";

/** One part of the search index: its folder name under `/pagefind/` and the articles it indexes. */
export interface SearchShard {
  /** `2024`, `2024-01` (the months of a big year from January on), `2024-03-2`, `undated`: URL-safe. */
  name: string;
  /** Its articles, in filing order. */
  articles: Article[];
}

/**
 * Articles per shard beyond which a year is split. Pagefind's process memory grows with the records
 * one index holds (it reached 3.7 GB indexing 10,000 article pages as HTML), so a bound on a shard
 * is a bound on the largest Pagefind process, whatever the size of the archive.
 */
export const SHARD_BUDGET = 5000;

/** The shards of the search index, oldest year first, undated last; always at least one. */
export function searchShards(articles: readonly Article[], budget: number = SHARD_BUDGET): SearchShard[] {
  const years = new Map<string, Article[]>();
  for (const a of articles) push(years, a.date ? a.date.slice(0, 4) : "undated", a);
  const shards: SearchShard[] = [];
  for (const year of [...years.keys()].sort(undatedLast)) {
    const list = years.get(year)!;
    if (list.length <= budget || year === "undated") {
      shards.push(...split(year, list, budget));
      continue;
    }
    // A big year: consecutive months grouped up to the budget, each group named by its first
    // month, so an edit moves no boundary and a new article moves only its own group's.
    const months = new Map<string, Article[]>();
    for (const a of list) push(months, a.date!.length >= 7 ? a.date!.slice(0, 7) : `${year}-00`, a);
    let group: { name: string; articles: Article[] } | null = null;
    for (const month of [...months.keys()].sort()) {
      const inMonth = months.get(month)!;
      if (group && group.articles.length + inMonth.length <= budget) {
        group.articles.push(...inMonth);
        continue;
      }
      if (group) shards.push(group);
      group = null;
      if (inMonth.length > budget) shards.push(...split(month, inMonth, budget));
      else group = { name: month, articles: [...inMonth] };
    }
    if (group) shards.push(group);
  }
  return shards.length ? shards : [{ name: "undated", articles: [] }];
}

/** The site path of a shard's bundle. */
export function shardBundlePath(shard: Pick<SearchShard, "name">): string {
  return `/pagefind/${shard.name}/`;
}

function push(map: Map<string, Article[]>, key: string, a: Article): void {
  const list = map.get(key);
  if (list) list.push(a);
  else map.set(key, [a]);
}

function undatedLast(x: string, y: string): number {
  return (x === "undated" ? 1 : 0) - (y === "undated" ? 1 : 0) || (x < y ? -1 : x > y ? 1 : 0);
}

/** A list too big for one shard, cut into numbered parts of at most `budget` (`2024-03-1`, `2024-03-2`…). */
function split(name: string, articles: Article[], budget: number): SearchShard[] {
  if (articles.length <= budget) return [{ name, articles }];
  const parts: SearchShard[] = [];
  for (let i = 0; i < articles.length; i += budget) parts.push({ name: `${name}-${parts.length + 1}`, articles: articles.slice(i, i + budget) });
  return parts;
}
