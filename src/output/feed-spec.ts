// What one feed is (its collection page, articles, formats) and where its files go: shared by the
// feed writer (feeds.ts) and the memo that decides whether a feed is made again (feed-memo.ts).
import type { Article } from "../model/index.ts";

/** One feed to write: a collection page and its articles (any order; undated ones are dropped). */
export interface FeedSpec {
  title: string;
  description: string;
  /** Site path of the page the feed belongs to ("/", "/authors/jane-doe/"); the feed lives beside it. */
  url: string;
  articles: readonly Article[];
  /** Which formats to write: the site feed has all three, collections an Atom feed. */
  formats?: ReadonlyArray<"atom" | "rss" | "json">;
  /**
   * Whether items carry the full body. The site feeds do; the many author and entity feeds carry
   * summaries that link to the article, or an archive of thousands of people would publish every
   * body dozens of times over (36 MB of feeds for 1,000 articles).
   */
  fullContent?: boolean;
}

/** Site path of the Atom feed of a collection page ("/authors/x/" → "/authors/x/feed.xml"). */
export function feedUrl(pageUrl: string): string {
  return `${pageUrl}feed.xml`;
}

/** The file name of a feed in each format, beside its page. */
export const FILES = { atom: "feed.xml", rss: "rss.xml", json: "feed.json" } as const;
/** A feed format: Atom, RSS 2.0 or JSON Feed. */
export type Format = keyof typeof FILES;

/** Where a feed of a page is written, site-relative as a writer takes it. */
export function feedFile(pageUrl: string, format: Format): string {
  return `${pageUrl.slice(1)}${FILES[format]}`;
}
