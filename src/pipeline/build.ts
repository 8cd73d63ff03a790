// The cold build, as a list of steps: ingest → archive → templates → render (pages, then the
// site-wide files) → search → write → output. Each step is a function of typed inputs; this file
// only wires them, times them and owns what outlives a step (the cache, the worker threads).
import path from "node:path";
import { applyUrlMap, buildArchive } from "../archive/index.ts";
import { collectMedia } from "../output/media.ts";
import { SiteFiles, SiteWriter } from "../output/index.ts";
import { SearchStream, type SearchFile } from "../output/search-stream.ts";
import { RenderMemo, siteView, Templates } from "../render/index.ts";
import { copyStatic } from "../output/index.ts";
import { publicDirs, templateDirs, templatesKey } from "../project.ts";
import { BuildCache } from "./cache/disk-cache.ts";
import { lastBuildStanding, recordBuild } from "./cache/last-build.ts";
import { ingest } from "./ingest.ts";
import { renderPages } from "./render.ts";
import { buildReport } from "./report.ts";
import { Steps } from "./steps.ts";
import type { BuildOptions, BuildReport } from "./types.ts";
import type { PreparedFile } from "./workers/file-work.ts";
import { defaultThreads, MIN_FOR_WORKERS } from "./workers/file-pool.ts";
import { Workers } from "./workers/pool.ts";

/** A cold build: every seed parsed (or taken from the cache), every page rendered, the site swapped into place. */
export async function build(options: BuildOptions): Promise<BuildReport> {
  const { config, root } = options;
  const started = performance.now();
  const steps = new Steps(options.log);
  const cache = options.cache === true ? new BuildCache(root, config) : null;
  let inputs = "";
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
  try {
    const stores = cache ? await steps.run("cacheLoad", () => ({ files: cache.store<PreparedFile>("files"), search: cache.store<SearchFile[]>("search") })) : null;
    const ingested = await steps.run(
      "ingest",
      () => ingest(options.seeds, config, { store: stores?.files, progress: options.progress, threads: options.threads, pool: workers.get, memo }),
      (r) => `${r.articles.length} articles from ${r.files.length} files`,
    );
    // Page workers (when there are enough articles to pay for them) start while the archive is built.
    const ingestUsedWorkers = workers.started;
    await workers.close();
    const pageWorkers = (ingestUsedWorkers || ingested.articles.length >= MIN_FOR_WORKERS) && threads > 1 ? workers.get() : null;
    const archive = await steps.run("archive", () => buildArchive(ingested.articles, config, ingested.mentions));
    // Addresses that changed get redirect pages (urlMap); images beside the seeds are published with their pages.
    if (config.urlMap) applyUrlMap(archive, path.resolve(root, config.urlMap));
    const media = collectMedia(archive, options.seeds);
    archive.media = media.index;
    // Resolved into the archive; nothing asks again in a one-off build, and a large archive needs the room.
    ingested.mentions.clear();
    const dirs = templateDirs(root, config);
    const templates = await steps.run("templates", () => Templates.load(dirs));

    const writer = new SiteWriter(options.out, { thread: true });
    // Article pages go to the search indexer (a worker thread) as they are rendered, so indexing runs beside rendering.
    const search = options.search === false ? null : new SearchStream();
    try {
      const site = siteView(config);
      await steps.run(
        "render",
        async () => {
          copyStatic(publicDirs(root, config), writer);
          for (const [file, bytes] of media.files) writer.write(file, bytes);
          const urls = await renderPages({ archive, templates, templateSet: { dirs, key: templatesKey(dirs) }, site, writer, search, workers: pageWorkers, memo, progress: options.progress });
          for (const [file, bytes] of new SiteFiles().update(archive, site, urls, memo).write) writer.write(file, bytes);
          return urls;
        },
        (urls) => `${urls.length} pages`,
      );
      if (search) {
        await steps.run(
          "search",
          async () => {
            const bundle = await search.finish(stores?.search);
            for (const f of bundle.files) writer.write(`pagefind/${f.path}`, f.content);
            return bundle;
          },
          (bundle) => `${bundle.pages} pages indexed beside rendering; this is the wait after it`,
        );
      }
      await steps.run("write", () => writer.settle(), () => `${writer.written} written, ${writer.unchanged} unchanged (beside rendering; this is the wait after it)`);
      await steps.run("output", () => writer.commit());
    } catch (error) {
      await search?.abort();
      writer.abort();
      throw error;
    }
    if (stores) {
      await steps.run("cacheSave", () => {
        try {
          for (const s of [stores.files, stores.search]) s.save();
        } catch {
          // A cache that cannot be written (read-only disk) only makes the next build slower.
        }
      });
    }
    const report = buildReport(ingested, archive, writer, steps.timings, media.warnings);
    if (cache) recordBuild(cache, inputs, options.out, report, writer.files);
    return report;
  } finally {
    await workers.close();
  }
}
