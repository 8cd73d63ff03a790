import type { Archive } from "../archive/index.ts";
import { FeedMemo } from "../output/feeds.ts";
import { sitemapXml, writeFeeds } from "../output/index.ts";
import { redirectFiles } from "../output/redirects.ts";
import { sitemapDocument, sitemapEntry } from "../output/sitemap.ts";
import { absolute, type SiteView } from "../render/index.ts";

/** Where the build writes a file: a site-relative path, as `SiteWriter.write` takes it. */
export type { SiteSink as Sink } from "../output/index.ts";

type Files = Array<[string, string | Uint8Array]>;

/**
 * The site-wide files besides the pages (sitemap, robots.txt; feeds and search indexes belong
 * here too). They are regenerated whole on every build; only changed bytes are written.
 */
export function siteExtras(archive: Archive, site: SiteView, pageUrls: readonly string[]): Files {
  const files: Files = [["sitemap.xml", sitemap(archive, site, pageUrls)], ["robots.txt", robots(site)]];
  writeFeeds(archive, site, { write: (rel, content) => void files.push([rel, content]) });
  files.push(...redirectFiles(archive, site, pageUrls));
  return files;
}

function sitemap(archive: Archive, site: SiteView, pageUrls: readonly string[]): string {
  const lastmod = lastmods(archive);
  return sitemapXml(pageUrls.filter((u) => u.endsWith("/")).map((u) => ({ loc: absolute(site, u), lastmod: lastmod.get(u) ?? null })));
}

/** Only a real, day-precise date is a fact a crawler may be told. */
function lastmods(archive: Archive): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of archive.dated) if (a.dateSource !== "inferred" && a.date!.length >= 10) out.set(a.url, a.date!.slice(0, 10));
  return out;
}

function robots(site: SiteView): string {
  return `User-agent: *\nAllow: /\nSitemap: ${absolute(site, "/sitemap.xml")}\n`;
}

/**
 * The same files for a writer that keeps what it was given (the dev server's), one configuration
 * long: each rebuild hands over only the files whose bytes may have changed, and the feeds that
 * no longer exist. Feeds whose items are the same records as last time are not generated at all.
 */
export class LiveExtras {
  readonly #feeds = new FeedMemo();
  #sitemap = "";
  #robots = "";
  #feedFiles = new Set<string>();
  /** Sitemap entry per site path: `new URL` and escaping per page of a large archive showed in a rebuild's profile. */
  #entries = new Map<string, { lastmod: string | null; entry: string }>();

  update(archive: Archive, site: SiteView, pageUrls: readonly string[]): { write: Files; removed: string[] } {
    const write: Files = [];
    const lastmod = lastmods(archive);
    const entries = new Map<string, { lastmod: string | null; entry: string }>();
    const lines: string[] = [];
    for (const u of pageUrls) {
      if (!u.endsWith("/")) continue;
      const date = lastmod.get(u) ?? null;
      let known = this.#entries.get(u);
      if (known?.lastmod !== date) known = { lastmod: date, entry: sitemapEntry({ loc: absolute(site, u), lastmod: date }) };
      entries.set(u, known);
      lines.push(known.entry);
    }
    this.#entries = entries; // only the pages of this pass: the cache never outgrows the site
    const map = sitemapDocument(lines);
    if (map !== this.#sitemap) write.push(["sitemap.xml", (this.#sitemap = map)]);
    const robotsTxt = robots(site);
    if (robotsTxt !== this.#robots) write.push(["robots.txt", (this.#robots = robotsTxt)]);
    writeFeeds(archive, site, { write: (rel, content) => void write.push([rel, content]) }, this.#feeds);
    const redirects = redirectFiles(archive, site, pageUrls);
    write.push(...redirects);
    const feedFiles = new Set([...this.#feeds.files(), ...redirects.map(([file]) => file)]);
    const removed = [...this.#feedFiles].filter((f) => !feedFiles.has(f));
    this.#feedFiles = feedFiles;
    return { write, removed };
  }
}
