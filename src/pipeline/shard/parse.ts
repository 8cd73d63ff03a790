// The first step of a sharded build: parse one share of the seed files and write its records.
import { BuildCache, parseStores } from "../cache/disk-cache.ts";
import { prepareSeeds } from "../ingest.ts";
import type { BuildOptions } from "../types.ts";
import { writeRecords } from "./records.ts";
import { ownsSeed, type Share } from "./share.ts";

/** What a parse step did: its file, and how many seed files and articles it holds. */
export interface ParsedShare {
  file: string;
  files: number;
  articles: number;
}

/**
 * Parses the seed files of `share` (the whole folder is still read once for its recurring lines,
 * as a one-machine build reads it) and writes them to `records`. With `options.cache`, parses come
 * from and go to the build cache as a build's do.
 */
export async function parseShare(options: Pick<BuildOptions, "root" | "seeds" | "config" | "cache" | "threads" | "progress">, share: Share, records: string): Promise<ParsedShare> {
  const cache = options.cache === true ? new BuildCache(options.root, options.config) : null;
  const store = cache ? parseStores(cache) : undefined;
  let prepared;
  try {
    prepared = await prepareSeeds(options.seeds, options.config, { store, threads: options.threads, progress: options.progress, share: (n, files) => ownsSeed(share, n, files) });
    try {
      store?.files.save();
      store?.bodies.save();
    } catch {
      // A cache that cannot be written only makes the next parse slower.
    }
  } finally {
    store?.files.discard(); // what a failed parse wrote for the cache; nothing after a save
    store?.bodies.discard();
  }
  const file = writeRecords(records, share, prepared, options.config);
  let files = 0;
  let articles = 0;
  for (const slot of prepared.slots) {
    if (slot === undefined) continue;
    files++;
    if ("key" in slot) articles += slot.file.ingested.articles.length;
  }
  return { file, files, articles };
}
