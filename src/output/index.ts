export { SiteWriter, fileForUrl, type SiteSink } from "./site-writer.ts";
export { copyStatic } from "./static.ts";
export { sitemapXml, xmlEscape } from "./sitemap.ts";
export { writeFeed, writeFeeds, feedArticles, feedUrl, type FeedSpec } from "./feeds.ts";
export { indexSearch, type SearchPage } from "./search.ts";
