// The URL map: a small JSON file committed with the project that remembers every address each article
// has been published at (by article id, which a headline edit does not change). When an article's URL
// changes (a new headline in a file of several stories, a corrected date), the build writes redirect
// pages from every address it had before, so published links never break.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { ConfigError } from "../model/index.ts";
import type { Archive } from "./archive.ts";

/** Per article id: the file it comes from (for people reading the map) and its URLs, current first. */
export type UrlMap = Record<string, { file: string; urls: string[] }>;

/** The URL map in `file`, or an empty map when there is none yet; throws a ConfigError naming the file and the fix when it is not valid JSON. */
export function readUrlMap(file: string): UrlMap {
  if (!existsSync(file)) return {};
  try {
    const data = JSON.parse(readFileSync(file, "utf8")) as { articles?: UrlMap };
    return data.articles ?? {};
  } catch (cause) {
    throw new ConfigError(`the URL map is not valid JSON (${(cause as Error).message}); restore it from version control, or delete it to start a new one (old addresses will then get no redirects)`, { location: { file }, cause });
  }
}

/** The map after this build: each article's current URL first, then every earlier one. Articles no longer in the archive keep their entry, so re-adding them keeps their history. */
export function nextUrlMap(archive: Archive, before: UrlMap): UrlMap {
  const next: UrlMap = { ...before };
  for (const a of archive.articles) {
    const urls = before[a.id]?.urls ?? [];
    next[a.id] = { file: a.origin.file, urls: [a.url, ...urls.filter((u) => u !== a.url)] };
  }
  return Object.fromEntries(Object.entries(next).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
}

/** Redirects from every earlier URL of each article to its current one. */
export function movedRedirects(archive: Archive, map: UrlMap): Archive["redirects"] {
  return archive.articles.flatMap((a) => (map[a.id]?.urls ?? []).filter((u) => u !== a.url).map((from) => ({ from, to: a.url, headline: a.headline })));
}

/** Reads the map, adds the redirects it calls for to the archive, and writes the map back when it changed. */
export function applyUrlMap(archive: Archive, file: string): void {
  const before = readUrlMap(file);
  const next = nextUrlMap(archive, before);
  archive.redirects.push(...movedRedirects(archive, next));
  const text = `${JSON.stringify({ about: "Every URL each article has had, current first: newsarchive writes redirect pages from the older ones. Commit this file.", articles: next }, null, 2)}\n`;
  if (!existsSync(file) || readFileSync(file, "utf8") !== text) writeFileSync(file, text);
}
