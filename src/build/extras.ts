import type { Archive } from "../archive/index.ts";
import { sitemapXml, writeFeeds } from "../output/index.ts";
import { absolute, type SiteView } from "../render/index.ts";

/** Where the build writes a file: a site-relative path, as `SiteWriter.write` takes it. */
export type { SiteSink as Sink } from "../output/index.ts";

/**
 * The site-wide files besides the pages (sitemap, robots.txt; feeds and search indexes belong
 * here too). They are regenerated whole on every build and rebuild; only changed bytes are written.
 */
export function siteExtras(archive: Archive, site: SiteView, pageUrls: readonly string[]): Array<[string, string | Uint8Array]> {
  // Only a real, day-precise date is a fact a crawler may be told.
  const lastmod = new Map(archive.dated.filter((a) => a.dateSource !== "inferred" && a.date!.length >= 10).map((a) => [a.url, a.date!.slice(0, 10)]));
  const sitemap = pageUrls.filter((u) => u.endsWith("/")).map((u) => ({ loc: absolute(site, u), lastmod: lastmod.get(u) ?? null }));
  const files: Array<[string, string | Uint8Array]> = [
    ["sitemap.xml", sitemapXml(sitemap)],
    ["robots.txt", `User-agent: *\nAllow: /\nSitemap: ${absolute(site, "/sitemap.xml")}\n`],
  ];
  writeFeeds(archive, site, { write: (rel, content) => void files.push([rel, content]) });
  return files;
}
