// A site built from hand-made records, so feeds, metadata and search are tested on dated articles
// whatever the ingest stage extracts today. It runs the same stages as build() after ingest.
import { SiteFiles } from "../../src/output/site-files.ts";
import path from "node:path";
import { buildArchive, type Archive } from "../../src/archive/index.ts";
import { PACKAGE_ROOT } from "../../src/pipeline/index.ts";
import { defaultConfig, type ParsedArticle, type SiteConfig } from "../../src/model/index.ts";
import { copyStatic, fileForUrl, SearchIndexer, SiteWriter } from "../../src/output/index.ts";
import { renderPage, searchInputs, sitePages, siteView, Templates, type SiteView } from "../../src/render/index.ts";
import { dated, makeArticle } from "../helpers/articles.ts";

export const XSS = "</script><script>alert(1)</script>";

export const config: SiteConfig = { ...defaultConfig, baseUrl: "https://example.org/news/", timeZone: "Europe/London" };

const jane = { name: "Jane Doe", role: "author", location: "Kyiv, Ukraine" } as const;

/** Records covering every kind of date and headline the publishing code must tell apart. */
export function records(): Record<string, ParsedArticle> {
  return {
    timed: dated("2025-02-25T12:11:38", {
      headline: "Europe Prepares to Face Russia",
      dateSource: "front-matter",
      bylines: [jane, { name: "John Roe", role: "contributor", location: null }],
      dateline: "KYIV, Ukraine",
      source: "The Example Times",
      body: ["Ministers met over marmalade and maps.", "The talks went on late."],
    }),
    // Summer: London is UTC+1, so midnight local is 23:00 UTC the day before.
    day: dated("2024-06-01", { headline: "Harvest Begins Early", bylines: [jane], source: "CBC", body: ["Farmers spread marmalade on toast at dawn."] }),
    inferred: dated("2023-03-01", { headline: "An Estimated Story", dateSource: "inferred", dateEvidence: "Day 6 of the invasion", body: ["Quince season."] }),
    month: dated("2022-05", { headline: "A Month-Only Story", body: ["Apricot report."] }),
    undated: makeArticle({ headline: "The lead made into a headline", headlineSource: "derived", body: ["The lead made into a headline, and more."] }),
    xss: dated("2025-01-01", {
      headline: XSS,
      bylines: [{ name: `Eve "><img src=x onerror=alert(2)>`, role: "author", location: null }],
      source: "</script><b>Src</b>",
      dateline: "\u2028LONDON\u2029",
      body: ["Hostile <script>alert(3)</script> text."],
    }),
  };
}

export interface FixtureSite {
  archive: Archive;
  site: SiteView;
  out: string;
  byKey: Record<string, string>;
}

export async function buildFixtureSite(out: string): Promise<FixtureSite> {
  const recs = records();
  const archive = buildArchive(Object.values(recs), config);
  const templates = Templates.load([path.join(PACKAGE_ROOT, "templates")]);
  const site = siteView(config);
  const writer = new SiteWriter(out);
  copyStatic([path.join(PACKAGE_ROOT, "public")], writer);
  const urls: string[] = [];
  for (const page of sitePages(archive)) {
    writer.write(fileForUrl(page.url), renderPage(templates, site, page));
    urls.push(page.url);
  }
  for (const [file, bytes] of new SiteFiles().update(archive, site, urls).write) writer.write(file, bytes);
  // The search index from the records, shard by shard, as a build makes it.
  const search = new SearchIndexer();
  try {
    for (const file of (await search.update(writer.staging, searchInputs(archive))).files) writer.adopt(file);
  } finally {
    await search.close();
  }
  writer.commit();
  const byKey = Object.fromEntries(Object.entries(recs).map(([k, r]) => [k, archive.byId.get(r.id)!.url]));
  return { archive, site, out, byKey };
}
