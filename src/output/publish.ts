import type { Archive } from "../archive/index.ts";
import type { SiteView } from "../render/index.ts";
import { indexSearch, type SearchCache } from "./search.ts";
import { fileForUrl, type SiteWriter } from "./site-writer.ts";

/**
 * The publishing stages of a build, run on the staging folder after the pages are rendered and
 * before the swap: the search index, which reads the staged pages. (Feeds are site extras, written
 * by cold builds and dev rebuilds alike.) Times go in `timings`.
 */
export async function publish(archive: Archive, site: SiteView, writer: SiteWriter, timings: Record<string, number>, log?: (line: string) => void, searchCache?: SearchCache): Promise<void> {
  const time = async (stage: string, run: () => unknown) => {
    const start = performance.now();
    await run();
    timings[stage] = Math.round((performance.now() - start) * 10) / 10;
    log?.(`${stage.padEnd(10)} ${timings[stage]!.toFixed(1).padStart(8)} ms`);
  };
  await time("search", () => indexSearch(writer.staging, writer, archive.articles.map((a) => ({ file: fileForUrl(a.url), url: a.url })), searchCache));
}
