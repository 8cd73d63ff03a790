// Feeds and the sitemap of a built site: every XML file well-formed, the site feeds of the kind
// they claim (Atom, RSS 2.0, JSON Feed), and every address they list a page of the site under its
// base URL, so a reader or a search engine following them never lands on "Page not found".
import { readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { BuiltSite } from "./site-files.ts";

/** One problem with a feed or the sitemap: the file and what is wrong. */
export interface FeedProblem {
  /** The file, relative to the site folder. */
  file: string;
  /** What is wrong, with the line when the XML parser gives one. */
  problem: string;
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["url", "entry", "item", "link"].includes(name) });

/** Checks every .xml file and feed.json of `site` against its base URL ("https://example.org/news/"). */
export function checkFeeds(site: BuiltSite, files: readonly string[], baseUrl: string): { problems: FeedProblem[]; checked: number } {
  const problems: FeedProblem[] = [];
  const say = (file: string, problem: string) => problems.push({ file, problem });
  /** An absolute address the feed or sitemap lists must be a page of this site. */
  const address = (file: string, url: unknown, what: string) => {
    if (typeof url !== "string" || !url.startsWith(baseUrl)) return say(file, `${what} ${String(url)} is not under the base URL ${baseUrl}`);
    const found = site.resolve(site.basePath + url.slice(baseUrl.length).split("#")[0]!.split("?")[0]!);
    if ("problem" in found) say(file, `${what} ${url} is not a page of the site (${found.problem})`);
  };
  const xmlFiles = files.filter((f) => f.endsWith(".xml") && !f.startsWith("pagefind/"));
  for (const file of xmlFiles) {
    const text = readFileSync(path.join(site.dir, file), "utf8");
    const valid = XMLValidator.validate(text);
    if (valid !== true) {
      say(file, `not well-formed XML: ${valid.err.msg.replace(/\s+/g, " ")} (line ${valid.err.line})`);
      continue;
    }
    const doc = parser.parse(text) as Record<string, any>;
    if (file === "sitemap.xml") {
      const urls = doc.urlset?.url;
      if (!Array.isArray(urls)) say(file, "not a sitemap: no <urlset> of <url> entries");
      else for (const u of urls) address(file, u.loc, "<loc>");
    } else if (doc.feed) {
      for (const entry of doc.feed.entry ?? []) {
        const link = (entry.link ?? []).find((l: any) => !l["@rel"] || l["@rel"] === "alternate");
        address(file, link?.["@href"], "entry link");
      }
    } else if (doc.rss) {
      if (!doc.rss.channel) say(file, "not an RSS feed: no <channel>");
      for (const item of doc.rss.channel?.item ?? []) address(file, item.link?.[0], "item link");
    }
  }
  for (const file of files.filter((f) => f.endsWith("feed.json"))) {
    try {
      const feed = JSON.parse(readFileSync(path.join(site.dir, file), "utf8")) as { version?: string; items?: Array<{ url?: string }> };
      if (!String(feed.version).startsWith("https://jsonfeed.org/version/")) say(file, "not a JSON Feed: no jsonfeed.org version");
      for (const item of feed.items ?? []) address(file, item.url, "item url");
    } catch (error) {
      say(file, `not valid JSON: ${(error as Error).message}`);
    }
  }
  if (!files.includes("sitemap.xml")) say("sitemap.xml", "missing");
  return { problems, checked: xmlFiles.length + files.filter((f) => f.endsWith("feed.json")).length };
}
