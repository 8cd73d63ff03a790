// Redirect pages: an old address of an article (front matter `aliases:`, or a URL it had in an earlier
// build, from the URL map) gets a small page that sends readers and crawlers on to where it lives now.
// A static host cannot answer 301, so the page carries a canonical link, a refresh and a plain link.
import type { Archive } from "../archive/index.ts";
import { absolute, link, type SiteView } from "../render/site.ts";

/** An old site path and the article URL it now points to. */
export interface Redirect {
  from: string;
  to: string;
  headline: string;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The file a redirect is written to: `/a/b/` → `a/b/index.html`, `/a/b.html` → `a/b.html`. */
export function redirectFile(from: string): string {
  return from.endsWith("/") ? `${from.slice(1)}index.html` : from.slice(1);
}

/** The page left at an article's old address: a canonical link, `noindex` and an immediate refresh to its current URL. */
export function redirectHtml(site: SiteView, r: Redirect): string {
  const href = escapeHtml(link(site, r.to));
  const title = escapeHtml(r.headline);
  return `<!doctype html>
<html lang="${escapeHtml(site.language)}">
<head>
<meta charset="utf-8">
<title>${title}</title>
<link rel="canonical" href="${escapeHtml(absolute(site, r.to))}">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${href}">
</head>
<body>
<p>This article has moved: <a href="${href}">${title}</a>.</p>
</body>
</html>
`;
}

/**
 * The redirect pages of the archive. An old path that is now a page of the site (another article
 * took it, a list page lives there) is left to that page: a redirect never overwrites content.
 */
export function redirectFiles(archive: Archive, site: SiteView, pageUrls: readonly string[]): Array<[string, string]> {
  const taken = new Set(pageUrls);
  const seen = new Set<string>();
  const out: Array<[string, string]> = [];
  for (const r of archive.redirects) {
    if (taken.has(r.from) || seen.has(r.from) || r.from === r.to) continue;
    seen.add(r.from);
    out.push([redirectFile(r.from), redirectHtml(site, r)]);
  }
  return out;
}
