// A CLI build after an edit generates only the feeds whose items changed: the last build's feed
// keys are kept in the build cache, and a feed with the same key keeps its files. Only for a site
// patched in place (see PageReuse.intactFiles), where every kept file is known to be as it was left.
import path from "node:path";
import { FeedMemo, type SavedFeeds } from "../../output/index.ts";
import type { BuildCache } from "./disk-cache.ts";
import type { RecordNames } from "./content-keys.ts";

const FILE = "feed-keys.json";

/** What the last build left: its output folder, what every feed shares (the site view), each feed's key. */
interface Saved {
  out: string;
  prefix: string;
  feeds: SavedFeeds;
}

/**
 * A feed memo for this build: with the last build's keys when `intact` (the output folder is as
 * that build left it), written for `out` with the same `prefix`; records are named by `names`.
 */
export function loadFeedMemo(cache: BuildCache, out: string, prefix: string, names: RecordNames, intact: boolean): FeedMemo {
  const saved = intact ? cache.readJson<Saved>(FILE) : null;
  const usable = saved !== null && saved.out === path.resolve(out) && saved.prefix === prefix && Array.isArray(saved.feeds);
  return new FeedMemo({ of: names }, usable ? saved.feeds : []);
}

/** Keeps this build's feed keys for the next (after the site is in place). */
export function saveFeedMemo(cache: BuildCache, out: string, prefix: string, memo: FeedMemo): void {
  cache.writeJson(FILE, { out: path.resolve(out), prefix, feeds: memo.save() } satisfies Saved);
}
