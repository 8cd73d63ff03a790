// schema.org JSON-LD, the most trusted metadata a page carries: the publisher wrote it for search
// engines. We look for the article object (NewsArticle, Article, BlogPosting… at the top, in an
// array, in `@graph` or as a page's `mainEntity`) and read only plain values out of it.

/** What a page's JSON-LD says about its article. Every field may be missing. */
export interface LdArticle {
  headline: string | null;
  datePublished: string | null;
  dateModified: string | null;
  /** People credited as authors (organisations named as authors go to `publisher` when it is missing). */
  authors: string[];
  publisher: string | null;
  url: string | null;
  /** The page's type says it is not an article (a collection, a profile, a search result). */
  notArticle: boolean;
}

const ARTICLE_TYPES = /^(?:\w+)?(?:Article|BlogPosting|NewsArticle|Report|LiveBlogPosting|Posting)$/;
const NON_ARTICLE_TYPES = new Set(["CollectionPage", "SearchResultsPage", "ProfilePage", "ItemList", "WebSite"]);
/** Objects visited at most per page: JSON-LD blobs of product catalogues can be huge. */
const MAX_NODES = 5_000;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The article described by the page's JSON-LD blocks, or null when none names one. */
export function readJsonLd(blocks: readonly string[]): LdArticle | null {
  let article: Record<string, Json> | null = null;
  let notArticle = false;
  for (const block of blocks) {
    let data: Json;
    try {
      data = JSON.parse(block.trim().replace(/^<!\[CDATA\[|\]\]>$/g, "")) as Json;
    } catch {
      continue; // A broken block is the publisher's bug; the other metadata still counts.
    }
    const queue: Json[] = [data];
    for (let seen = 0; queue.length && seen < MAX_NODES; seen++) {
      const node = queue.shift()!;
      if (Array.isArray(node)) {
        queue.push(...node);
        continue;
      }
      if (!node || typeof node !== "object") continue;
      const types = ([] as Json[]).concat(node["@type"] ?? []).filter((t): t is string => typeof t === "string");
      if (!article && types.some((t) => ARTICLE_TYPES.test(t))) article = node;
      if (types.some((t) => NON_ARTICLE_TYPES.has(t)) && !node["mainEntity"]) notArticle = true;
      for (const key of ["@graph", "mainEntity", "mainEntityOfPage", "hasPart"]) if (node[key] && typeof node[key] === "object") queue.push(node[key]!);
    }
  }
  if (!article) return notArticle ? { headline: null, datePublished: null, dateModified: null, authors: [], publisher: null, url: null, notArticle } : null;
  const people = ([] as Json[]).concat(article["author"] ?? []);
  const authors: string[] = [];
  let orgAuthor: string | null = null;
  for (const p of people) {
    if (typeof p === "string") authors.push(p);
    else if (p && typeof p === "object" && !Array.isArray(p)) {
      const name = text(p["name"]);
      if (!name) continue;
      if (String(p["@type"] ?? "Person") === "Organization") orgAuthor ??= name;
      else authors.push(name);
    }
  }
  const publisher = article["publisher"];
  return {
    headline: text(article["headline"]) ?? text(article["name"]),
    datePublished: text(article["datePublished"]) ?? text(article["dateCreated"]),
    dateModified: text(article["dateModified"]),
    authors: authors.map((a) => a.trim()).filter(Boolean),
    publisher: (publisher && typeof publisher === "object" && !Array.isArray(publisher) ? text(publisher["name"]) : text(publisher)) ?? orgAuthor,
    url: text(article["url"]) ?? (typeof article["mainEntityOfPage"] === "string" ? article["mainEntityOfPage"] : null),
    notArticle: false,
  };
}

function text(v: Json | undefined): string | null {
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === "string" && v.trim()) return v.replace(/\s+/g, " ").trim();
  if (v && typeof v === "object" && typeof v["@value"] === "string") return text(v["@value"]);
  return null;
}
