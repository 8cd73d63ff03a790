// What a saved page says about itself, read in order of trust: JSON-LD, then Open Graph and
// `article:*` meta tags, then `<time datetime>`, then `<h1>` and `<title>`. Each value keeps the
// name of the tag it came from, which becomes the record's evidence.
import { readJsonLd } from "./jsonld.ts";
import { printedDate, type PrintedDate } from "./dates.ts";
import { chooseHeadline, type Sourced } from "./headline.ts";

export type { Sourced };


/** Everything the page declares about its article. */
export interface PageMeta {
  headline: Sourced<string> | null;
  date: Sourced<PrintedDate> | null;
  /** A last-modified date: used only when nothing else dates the story. */
  modified: Sourced<PrintedDate> | null;
  authors: Sourced<string[]> | null;
  /** The publication (JSON-LD publisher, then `og:site_name`). */
  publisher: string | null;
  siteName: string | null;
  /** Absolute http(s) address the page declares as its original. */
  canonicalUrl: string | null;
  /** The page calls itself an article (`og:type` article, a JSON-LD article type). */
  declaredArticle: boolean;
  /** The page calls itself something else (a JSON-LD collection or profile page, `og:type` website or profile). */
  declaredOther: boolean;
}

/** An element as the metadata reader sees it. */
interface MetaElement {
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  textContent: string | null;
}

/**
 * The small part of the DOM the metadata reader uses (linkedom's document satisfies it). Elements
 * are found by tag name, one walk each: CSS selectors would walk the whole tree per selector.
 */
export interface MetaDocument {
  getElementsByTagName(name: string): ArrayLike<MetaElement>;
}

const PUBLISHED = ["article:published_time", "og:published_time", "og:article:published_time", "datepublished", "date", "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued", "dcterms.created", "parsely-pub-date", "sailthru.date", "cxenseparse:recs:publishtime"];
const MODIFIED = ["article:modified_time", "og:updated_time", "datemodified", "dcterms.modified"];
const AUTHORS = ["author", "article:author", "parsely-author", "sailthru.author", "dc.creator"];

/** What a saved page declares about its article, from its DOM and JSON-LD blocks; each date is kept as the wall clock printed, with its offset (see `printedDate`). */
export function readMetadata(doc: MetaDocument, jsonLd: readonly string[], timeZone: string): PageMeta {
  const ld = readJsonLd(jsonLd);
  const meta = new Map<string, string>();
  const metas = doc.getElementsByTagName("meta");
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i]!;
    const key = (m.getAttribute("property") ?? m.getAttribute("name") ?? m.getAttribute("itemprop") ?? "").trim().toLowerCase();
    const content = clean(m.getAttribute("content") ?? "");
    if (key && content && !meta.has(key)) meta.set(key, content);
  }
  const siteName = meta.get("og:site_name") ?? meta.get("application-name") ?? null;
  const publisher = (ld?.publisher ? clean(ld.publisher) : null) ?? siteName;

  const h1s = doc.getElementsByTagName("h1");
  const h1: string[] = [];
  for (let i = 0; i < h1s.length && h1.length < 5; i++) {
    const t = clean(h1s[i]!.textContent ?? "");
    if (t) h1.push(t);
  }
  const title = doc.getElementsByTagName("title")[0];
  const headline = chooseHeadline({
    jsonLd: ld?.headline ? clean(ld.headline) : null,
    openGraph: meta.get("og:title") ?? null,
    twitter: meta.get("twitter:title") ?? null,
    h1,
    title: title?.textContent ? clean(title.textContent) || null : null,
    siteNames: [siteName, publisher],
  });

  let date: Sourced<PrintedDate> | null = null;
  const tryDate = (value: string | null | undefined, from: string) => {
    if (date || !value) return;
    const d = printedDate(value, timeZone);
    if (d) date = { value: d, from: `${from} "${value}"` };
  };
  tryDate(ld?.datePublished, "json-ld datePublished");
  for (const key of PUBLISHED) tryDate(meta.get(key), key);
  const times = Array.from(doc.getElementsByTagName("time")).filter((t) => t.hasAttribute("datetime"));
  const published = times.find((t) => /^datepublished$/i.test(t.getAttribute("itemprop") ?? "") || t.hasAttribute("pubdate"));
  tryDate(published?.getAttribute("datetime"), "<time datetime>");
  // A single time element is the story's; several (comments, related stories) tell us nothing.
  if (!date && times.length === 1) tryDate(times[0]!.getAttribute("datetime"), "<time datetime>");
  let modified: Sourced<PrintedDate> | null = null;
  for (const [value, from] of [[ld?.dateModified, "json-ld dateModified"], ...MODIFIED.map((k) => [meta.get(k), k])] as const) {
    const d = value ? printedDate(value, timeZone) : null;
    if (d) {
      modified = { value: d, from: `${from} "${value}"` };
      break;
    }
  }

  const metaAuthors = AUTHORS.map((k) => meta.get(k)).find((v) => v && !/^https?:|^\/|@/.test(v));
  const authors = ld?.authors.length ? { value: ld.authors.map(clean), from: "json-ld author" } : metaAuthors ? { value: [metaAuthors], from: "meta author" } : null;

  const canonical = Array.from(doc.getElementsByTagName("link")).find((l) => /(^|\s)canonical(\s|$)/i.test(l.getAttribute("rel") ?? ""));
  const canonicalUrl = [canonical?.getAttribute("href"), meta.get("og:url"), ld?.url].map(httpUrl).find((u) => u !== null) ?? null;
  const ogType = meta.get("og:type")?.toLowerCase() ?? "";
  return {
    headline,
    date,
    modified,
    authors,
    publisher,
    siteName,
    canonicalUrl,
    declaredArticle: /article|story|blog/.test(ogType) || (ld !== null && !ld.notArticle),
    declaredOther: (ld?.notArticle ?? false) || /^(website|profile|video\.\w+|music\.\w+|book)$/.test(ogType),
  };
}

/** Whitespace folded, a few character references decoded (JSON-LD and meta values carry them escaped). */
export function clean(text: string): string {
  return text
    .replace(/&(amp|quot|apos|#39|lt|gt|nbsp);/g, (_, e: string) => ({ amp: "&", quot: '"', apos: "'", "#39": "'", lt: "<", gt: ">", nbsp: " " })[e]!)
    .replace(/&#(\d{1,6});/g, (_, n: string) => (Number(n) < 0x110000 ? String.fromCodePoint(Number(n)) : ""))
    .replace(/\s+/g, " ")
    .trim();
}

function httpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const u = new URL(value.trim());
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}
