import type { Archive } from "../archive/index.ts";
import { runSteps, type ObjectIds } from "../model/index.ts";
import { absolute, type RenderMemo, type SiteView } from "../render/index.ts";
import { FeedMemo } from "./feed-memo.ts";
import { feedSteps } from "./feeds.ts";
import { redirectFiles } from "./redirects.ts";
import { sitemapDocument, sitemapEntry } from "./sitemap.ts";

/** Where a build writes a file: a site-relative path, as `SiteWriter.write` takes it. */
export type { SiteSink as Sink } from "./site-writer.ts";

/** Site-relative files and their bytes. */
export type SiteFileList = Array<[string, string | Uint8Array]>;

/** What one update hands over: files to write, files that are gone, and feed files kept as they are. */
export interface SiteFileUpdate {
  write: SiteFileList;
  removed: string[];
  kept: readonly string[];
}

/** Sitemap entry per site path, with the date it was made for. */
type Entries = Map<string, { lastmod: string | null; entry: string }>;

/**
 * The site-wide files besides the pages (sitemap, robots.txt, feeds, redirect pages), for a cold build and the dev
 * server alike. With `remember` (a writer that keeps what it was given, one configuration long),
 * each update hands over only the files whose bytes may have changed and the feeds that no longer
 * exist, and feeds whose items are the same records as last time are not generated at all.
 */
export class SiteFiles {
  readonly #feeds: FeedMemo | undefined;
  readonly #remember: boolean;
  /** Sitemap entry per site path: `new URL` and escaping per page of a large archive showed in a rebuild's profile. */
  #entries: Entries | null;
  #sitemap = "";
  #robots = "";
  #feedFiles = new Set<string>();

  /**
   * With `remember`, `ids` are the record ids of the rebuild state the feed memo belongs to. A
   * writer that starts afresh (a CLI build) may pass `feeds`, with the last build's feed keys: the
   * files of unchanged feeds are then listed as `kept`, for it to keep instead of writing.
   */
  constructor(options: { remember: boolean; ids?: ObjectIds; feeds?: FeedMemo } = { remember: false }) {
    this.#remember = options.remember;
    this.#feeds = options.feeds ?? (options.remember ? new FeedMemo(options.ids) : undefined);
    this.#entries = options.remember ? new Map() : null;
  }

  /** The files to write for this archive and its page paths, and the feed files that are gone. */
  update(archive: Archive, site: SiteView, pageUrls: readonly string[], memo?: RenderMemo): SiteFileUpdate {
    return runSteps(this.updateSteps(archive, site, pageUrls, memo));
  }

  /**
   * `update` in steps (it yields after the sitemap and after each feed), for a thread that must stay
   * responsive. What it remembers changes only at its last step: a run left unfinished (the dev
   * server dropping a pass for newer changes) leaves the memo as the last finished run left it.
   */
  *updateSteps(archive: Archive, site: SiteView, pageUrls: readonly string[], memo?: RenderMemo): Generator<void, SiteFileUpdate> {
    const write: SiteFileList = [];
    const { xml: map, entries } = this.#sitemapXml(archive, site, pageUrls);
    if (map !== this.#sitemap) write.push(["sitemap.xml", map]);
    const robotsTxt = robots(site);
    if (robotsTxt !== this.#robots) write.push(["robots.txt", robotsTxt]);
    yield;
    yield* feedSteps(archive, site, { write: (rel, content) => void write.push([rel, content]) }, this.#feeds, memo);
    const redirects = redirectFiles(archive, site, pageUrls);
    write.push(...redirects);
    // From here on nothing yields: the memo moves on with the files handed over.
    if (this.#entries) (this.#entries = entries), (this.#sitemap = map), (this.#robots = robotsTxt);
    const kept = this.#feeds?.kept() ?? [];
    if (!this.#feeds || !this.#remember) return { write, removed: [], kept };
    // Redirect pages are tracked with the feeds: one that is no longer wanted is removed.
    const feedFiles = new Set([...this.#feeds.files(), ...redirects.map(([file]) => file)]);
    const removed = [...this.#feedFiles].filter((f) => !feedFiles.has(f));
    this.#feedFiles = feedFiles;
    return { write, removed, kept };
  }

  /** The sitemap, and its entries to remember (only the pages of this pass: the memo never outgrows the site). */
  #sitemapXml(archive: Archive, site: SiteView, pageUrls: readonly string[]): { xml: string; entries: Entries } {
    const lastmod = lastmods(archive);
    const entries: Entries = new Map();
    const lines: string[] = [];
    for (const u of pageUrls) {
      if (!u.endsWith("/")) continue;
      const date = lastmod.get(u) ?? null;
      let known = this.#entries?.get(u);
      if (known?.lastmod !== date) known = { lastmod: date, entry: sitemapEntry({ loc: absolute(site, u), lastmod: date }) };
      if (this.#entries) entries.set(u, known);
      lines.push(known.entry);
    }
    return { xml: sitemapDocument(lines), entries };
  }
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
