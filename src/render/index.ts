export { Templates } from "./templates.ts";
export { sitePages, navView, articlePage, linkBody, type ArticleSelection, type Page, type Crumb, type ArticlePageData, type PageOptions } from "./pages.ts";
export { RenderMemo, type BodyShelf, type ShelvedBody } from "./memo.ts";
export { renderPage, type CommonView } from "./render.ts";
export { renderBody, bodyTree } from "./body.ts";
export { siteView, link, absolute, type SiteView } from "./site.ts";
export { summary, lead, type ArticleSummary, type BylineView } from "./views.ts";
export { SearchRecords, searchInputs, filterText, type SearchRecord, type SearchShardInput } from "./search-record.ts";
