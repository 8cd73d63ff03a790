export { SiteWriter, fileForUrl } from "./site-writer.ts";
export { copyStatic } from "./static.ts";
export { sitemapXml, xmlEscape } from "./sitemap.ts";
