// The cold build, as a list of steps: ingest → archive → templates → render (pages, then the
// site-wide files) → search → write → output. Each step is a function of typed inputs; this file
// only wires them, times them and owns what outlives a step (the cache, the worker threads).
import path from "node:path";
import { applyUrlMap, buildArchive } from "../archive/index.ts";
import { collectMedia } from "../output/media.ts";
import { SiteFiles, SiteWriter } from "../output/index.ts";
import { defaultSearchProcesses, SearchIndexer } from "../output/index.ts";
import { RenderMemo, searchInputs, siteView, Templates } from "../render/index.ts";
import { copyStatic } from "../output/index.ts";
import { guardAndLockOut } from "../output/guard-build.ts";
import { publicDirs, templateDirs, templatesKey } from "../project.ts";
import { BuildCache, type ShardedStore } from "./cache/disk-cache.ts";
import { lastBuildStanding, recordBuild } from "./cache/last-build.ts";
import { recordNames } from "./cache/content-keys.ts";
import { loadFeedMemo, saveFeedMemo } from "./cache/feed-reuse.ts";
import { PageReuse } from "./cache/page-reuse.ts";
import { liveBundles, saveBundles } from "./cache/search-bundles.ts";
import { collect, ingest } from "./ingest.ts";
import { checkParts, copyParts, SHARD_MARK, shardMark } from "./shard/parts.ts";
import { readRecords } from "./shard/records.ts";
import { shareOfArchive } from "./shard/share.ts";
import { renderPages } from "./render.ts";
import { buildReport } from "./report.ts";
import { Steps } from "./steps.ts";
import type { BuildOptions, BuildReport, Inputs } from "./types.ts";
import type { PreparedFile } from "./workers/file-work.ts";
import { defaultThreads, MIN_FOR_WORKERS } from "./workers/file-pool.ts";
import { Workers } from "./workers/pool.ts";
import { BodyFile } from "./workers/body-file.ts";

/**
 * A cold build: every seed parsed (or taken from the cache), every page rendered, the site swapped
 * into place. The output folder is checked (`guardOutDir`) and locked first.
 */
export async function build(options: BuildOptions): Promise<BuildReport> {
  const { config, root, out, seeds, force } = options;
  const release = guardAndLockOut({ out, seeds, root, force, templates: templateDirs(root, config), public: publicDirs(root, config), configuredPublic: config.public });
  try {
    return await buildLocked(options);
  } finally {
    release();
  }
}

async function buildLocked(options: BuildOptions): Promise<BuildReport> {
  const { config, root } = options;
  const started = performance.now();
  const steps = new Steps(options.log);
  const part = options.part ?? null;
  if (part?.kind === "merge") checkParts(part.parts); // before the work, not after it
  // A sharded build's parts start from records, not seeds: there is nothing of theirs to cache.
  const cache = options.cache === true && !part ? new BuildCache(root, config) : null;
  let inputs: Inputs | null = null;
  if (cache) {
    // Nothing read changed and the site is as the last build left it: that build's result stands.
    const last = options.standing ?? (await lastBuildStanding(options, cache, started));
    if (last.report) return last.report;
    inputs = last.inputs;
  }
  const threads = options.threads ?? defaultThreads();
  const workers = new Workers(threads);
  // What rendering keeps for this build alone (bodies rendered beside the parse, list entries): dropped with it.
  const memo = new RenderMemo();
  const collectRecords = (dir: string) => {
    const records = readRecords(dir, config);
    return collect(records.slots, records.warnings, memo);
  };
  let stores: { files: ShardedStore<PreparedFile>; lines: ShardedStore<Float64Array> } | null = null;
  // Rendered bodies wait for their pages and feeds in a scratch file, not on the heap.
  const bodies = new BodyFile(cache?.dir);
  memo.shelf = bodies;
  try {
    stores = cache ? await steps.run("cacheLoad", () => ({ files: cache.store<PreparedFile>("files"), lines: cache.store<Float64Array>("lines") })) : null;
    // Seeds whose stat the warm check trusted, by digest: with the stores, they need not be read.
    const known = inputs ? new Map(inputs.seeds.map(([rel, , , digest]) => [rel, digest])) : undefined;
    const ingested = await steps.run(
      "ingest",
      async () =>
        part
          ? collectRecords(part.records)
          : ingest(options.seeds, config, { store: stores?.files, lines: stores?.lines, known, progress: options.progress, threads: options.threads, pool: workers.get, memo }),
      (r) => `${r.articles.length} articles from ${r.files.length} files`,
    );
    // Page workers (when there are enough articles to pay for them) start while the archive is built.
    const ingestUsedWorkers = workers.started;
    await workers.close();
    const pageWorkers = (ingestUsedWorkers || ingested.articles.length >= MIN_FOR_WORKERS) && threads > 1 ? workers.get() : null;
    const archive = await steps.run("archive", () => buildArchive(ingested.articles, config, ingested.mentions, undefined, ingested.terms));
    // Addresses that changed get redirect pages (urlMap); images beside the seeds are published with their pages.
    if (config.urlMap) applyUrlMap(archive, path.resolve(root, config.urlMap));
    const media = collectMedia(archive, options.seeds);
    archive.media = media.index;
    // Resolved into the archive; nothing asks again in a one-off build, and a large archive needs the room.
    ingested.mentions.clear();
    ingested.terms.clear();
    const dirs = templateDirs(root, config);
    const templates = await steps.run("templates", () => Templates.load(dirs));

    // Pages whose data is as the last build's keep that build's files (keyed with the templates and the site view),
    // and a site folder exactly as the last build left it is patched in place rather than replaced whole.
    // An article is named by its file's parse key, place in the file and address, not read again.
    const names = recordNames(archive.byId, ingested.recordKeys);
    if (cache) memo.names = names;
    const siteKey = JSON.stringify(siteView(config));
    const reuse = cache ? PageReuse.load(cache, options.out, `${templatesKey(dirs)}\0${siteKey}\0`, names) : null;
    const intact = reuse?.intactFiles() ?? null;
    // Feeds whose items are as at the last build keep their files too (only when patching in place).
    const feeds = cache ? loadFeedMemo(cache, options.out, siteKey, names, intact !== null) : undefined;
    const writer = new SiteWriter(options.out, { thread: true, patch: intact });
    // The search index is made from the records, shard by shard on its own thread (Pagefind writing
    // each bundle into the staging folder), while the pages render; unchanged shards come from the cache.
    // A shard renders and indexes only its articles; the merge, everything else (the shards' bundles are copied in).
    const mine = part?.kind === "shard" ? shareOfArchive(archive.articles, part.share) : null;
    const articles = mine ? mine.articles : part?.kind === "merge" ? "none" : "all";
    const search = options.search === false || part?.kind === "merge" ? null : new SearchIndexer({ cacheDir: cache ? path.join(cache.dir, "search") : null, processes: defaultSearchProcesses(threads) });
    // Patching the site in place, a bundle there whose records did not change stays where it is.
    const live = intact && cache ? liveBundles(cache, options.out) : null;
    const indexing = search?.update(writer.staging, searchInputs(archive, cache ? names : undefined).filter((s) => !mine || mine.shards.has(s.name)), live);
    indexing?.catch(() => {}); // awaited below; never an unhandled rejection meanwhile
    try {
      const site = siteView(config);
      let feedsKept = 0;
      await steps.run(
        "render",
        async () => {
          if (!mine) copyStatic(publicDirs(root, config), writer);
          if (!mine) for (const [file, bytes] of media.files) writer.write(file, bytes);
          const urls = await renderPages({ archive, templates, templateSet: { dirs, key: templatesKey(dirs) }, site, writer, workers: pageWorkers, memo, progress: options.progress, articles, reuse });
          if (!mine) {
            const files = new SiteFiles({ remember: false, feeds }).update(archive, site, urls, memo);
            for (const [file, bytes] of files.write) writer.write(file, bytes);
            for (const file of files.kept) writer.keep(file);
            feedsKept = files.kept.length;
          }
          if (mine && part?.kind === "shard") writer.write(SHARD_MARK, shardMark(part.share));
          if (part?.kind === "merge") copyParts(part.parts, writer);
          return urls;
        },
        (urls) => `${urls.length} pages${reuse ? ` (${reuse.kept} kept from the last build), ${feedsKept} feed files kept` : ""}`,
      );
      if (indexing) {
        await steps.run(
          "search",
          async () => {
            const result = await indexing;
            for (const file of result.files) writer.adopt(file);
            for (const file of result.kept) writer.keep(file);
            return result;
          },
          (r) => `${r.pages} articles in ${r.shards} shards (${r.indexed} indexed, ${r.reused} from the cache) beside rendering; this is the wait after it`,
        );
      }
      await steps.run("write", () => writer.settle(), () => `${writer.written} written, ${writer.unchanged} unchanged (beside rendering; this is the wait after it)`);
      await steps.run("output", () => writer.commit());
    } catch (error) {
      await search?.close(); // before the staging folder goes: Pagefind may be writing into it
      writer.abort();
      throw error;
    } finally {
      await search?.close();
    }
    if (stores) {
      const saving = stores;
      await steps.run("cacheSave", () => {
        try {
          saving.files.save();
          saving.lines.save();
        } catch {
          // A cache that cannot be written (read-only disk) only makes the next build slower.
        }
      });
    }
    const report = buildReport(ingested, archive, writer, steps.timings, media.warnings);
    if (cache && inputs) {
      recordBuild(cache, inputs, options.out, report, writer.files, reuse && intact ? { files: writer.untouched, before: reuse.lastFiles } : undefined);
      try {
        reuse?.save(cache);
        if (feeds) saveFeedMemo(cache, options.out, siteKey, feeds);
        saveBundles(cache, options.out, search?.keys() ?? new Map());
      } catch {
        // no keys: the next build renders every page
      }
    }
    return report;
  } finally {
    // Entries written as they were made, for a save that never came (a failed build): dropped.
    stores?.files.discard();
    stores?.lines.discard();
    bodies.close();
    await workers.close();
  }
}
