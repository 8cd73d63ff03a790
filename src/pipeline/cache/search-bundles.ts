// Which search bundle the last build left in each shard folder of its site: a build that patches
// that site in place leaves a bundle whose records did not change where it is, instead of linking
// it into the staging folder and moving a thousand files back over themselves.
import path from "node:path";
import type { LiveBundles } from "../../output/search-index.ts";
import type { BuildCache } from "./disk-cache.ts";

const FILE = "search-bundles.json";

interface Saved {
  out: string;
  keys: Array<[shard: string, key: string]>;
}

/** The bundles of the site at `out` as the last build left them, or null when it left no record for `out`. */
export function liveBundles(cache: BuildCache, out: string): LiveBundles | null {
  const abs = path.resolve(out);
  const saved = cache.readJson<Saved>(FILE);
  return saved?.out === abs ? { dir: abs, keys: new Map(saved.keys) } : null;
}

/** Records the bundles this build left in `out` (after the site is in place). */
export function saveBundles(cache: BuildCache, out: string, keys: ReadonlyMap<string, string>): void {
  cache.writeJson(FILE, { out: path.resolve(out), keys: [...keys] } satisfies Saved);
}
