// Which part of the work a sharded build does. Seed files are shared out in contiguous runs of the
// seeds folder's order (parsing needs nothing else); article pages and search bundles by search
// shard (a year, or part of a big one), the shards dealt out so that each build gets about as many
// articles as the others. Every job of a sharded build makes the same archive from the same
// records, so each computes the same deal without talking to the others.
import { searchShards, type SearchShard } from "../../archive/index.ts";
import type { Article } from "../../model/index.ts";

/** Shard `index` (1-based) of `count`, as `--shard i/n` gives it. */
export interface Share {
  index: number;
  count: number;
}

/** Whether seed file number `position` of `files` is this share's to parse (contiguous runs, in folder order). */
export function ownsSeed(share: Share, position: number, files: number): boolean {
  return Math.floor((position * share.count) / files) === share.index - 1;
}

/**
 * The search shards each build renders and indexes, dealt largest first to the build with the
 * fewest articles so far (ties to the lowest number): per build, the names of its search shards.
 */
export function dealShards(shards: readonly SearchShard[], count: number): Array<Set<string>> {
  const loads = Array.from({ length: count }, () => ({ articles: 0, names: new Set<string>() }));
  const order = [...shards].sort((a, b) => b.articles.length - a.articles.length || (a.name < b.name ? -1 : 1));
  for (const shard of order) {
    let least = loads[0]!;
    for (const l of loads) if (l.articles < least.articles) least = l;
    least.articles += shard.articles.length;
    least.names.add(shard.name);
  }
  return loads.map((l) => l.names);
}

/** The articles whose pages and search records are `share`'s, and the names of its search shards. */
export function shareOfArchive(articles: readonly Article[], share: Share): { articles: Set<Article>; shards: Set<string> } {
  const shards = searchShards(articles);
  const names = dealShards(shards, share.count)[share.index - 1]!;
  return { articles: new Set(shards.filter((s) => names.has(s.name)).flatMap((s) => s.articles)), shards: names };
}
