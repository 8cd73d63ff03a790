export { SiteWriter, fileForUrl, type SiteSink } from "./site-writer.ts";
export { copyStatic } from "./static.ts";
export { sitemapDocument, sitemapEntry, xmlEscape } from "./sitemap.ts";
export { SiteFiles, type SiteFileList } from "./site-files.ts";
export { DirectWriter } from "./direct-writer.ts";
export { writeFeed, writeFeeds, feedArticles, feedUrl, type FeedSpec } from "./feeds.ts";
export { FeedMemo, type SavedFeeds } from "./feed-memo.ts";
export { SearchIndexer, type SearchResult, type SearchShardInput } from "./search-index.ts";
export { defaultSearchProcesses } from "./search-threads.ts";
