import type { SiteConfig } from "../model/index.ts";

/** Site-wide values and link helpers every template receives as `it.site`. */
export interface SiteView {
  title: string;
  description: string;
  language: string;
  /** Absolute URL of the site root, ending in `/`. */
  baseUrl: string;
  /** Path prefix of every internal link ("/" or "/news/"). */
  basePath: string;
  /** IANA zone the records' wall-clock dates are in (for feed and JSON-LD timestamps). */
  timeZone: string;
}

/** The site-wide values templates see, from the configuration: the base URL ends in "/" and its path is the prefix of every link. */
export function siteView(config: SiteConfig): SiteView {
  const base = new URL(config.baseUrl);
  if (!base.pathname.endsWith("/")) base.pathname += "/";
  return { title: config.title, description: config.description, language: config.language, baseUrl: base.href, basePath: base.pathname, timeZone: config.timeZone };
}

/** A site-relative path ("/2025/") as a link under the base path ("/news/2025/"). */
export function link(site: SiteView, sitePath: string): string {
  return site.basePath + (sitePath.startsWith("/") ? sitePath.slice(1) : sitePath);
}

/**
 * A path the URL parser would keep as written below a base: unreserved characters and slashes, no
 * leading slash (it would replace the base's path) and no `.` or `..` segment (it would climb).
 */
const PLAIN_PATH = /^(?!\/)(?!\.\.?(?:\/|$))(?!.*\/\.\.?(?:\/|$))[A-Za-z0-9\-._~/]*$/;
/** A base such a path is appended to: http(s), its path ending in `/`, no query or fragment to drop. */
const PLAIN_BASE = /^https?:\/\/[^?#]*\/$/;

/** A site-relative path as an absolute URL, for canonical links, feeds and sitemaps. */
export function absolute(site: SiteView, sitePath: string): string {
  const relative = sitePath.startsWith("/") ? sitePath.slice(1) : sitePath;
  // Most paths are slugs and file names: the parser would only append them (a page of a large
  // archive asks for several, and parsing every one was a measurable part of rendering it).
  if (PLAIN_PATH.test(relative) && PLAIN_BASE.test(site.baseUrl)) return site.baseUrl + relative;
  return new URL(relative, site.baseUrl).href;
}
