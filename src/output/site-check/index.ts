// Checks of a built site, for CI after `build` (`newsarchive check`): internal links and anchors,
// feeds and the sitemap. See links.ts and feeds.ts.
import { BuiltSite } from "./site-files.ts";
import { checkFeeds, type FeedProblem } from "./feeds.ts";
import { checkLinks, type BrokenLink } from "./links.ts";

export type { BrokenLink } from "./links.ts";
export type { FeedProblem } from "./feeds.ts";

/** What a check of a built site found. */
export interface SiteCheck {
  /** Pages (HTML files) read. */
  pages: number;
  /** Internal links followed. */
  links: number;
  /** Feeds and sitemaps read. */
  feeds: number;
  /** Links to no file of the site, or to an id the page lacks. */
  broken: BrokenLink[];
  /** Feeds and sitemap problems. */
  feedProblems: FeedProblem[];
}

/** Checks the site in `dir`, built for `baseUrl` (its path is where the site's links start). */
export function checkSite(dir: string, baseUrl: string): SiteCheck {
  const site = new BuiltSite(dir, new URL(baseUrl).pathname);
  const files = site.files();
  const links = checkLinks(site, files);
  const feeds = checkFeeds(site, files, baseUrl);
  return { pages: links.pages, links: links.links, feeds: feeds.checked, broken: links.broken, feedProblems: feeds.problems };
}

/** The base URL a site was built with, from its home page's canonical link, or null. */
export { builtBaseUrl } from "./base-url.ts";
