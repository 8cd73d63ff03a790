// Atom 1.0, RSS 2.0 and JSON Feed 1 written straight to strings. The bytes are those the `feed` npm
// package (5.x, through xml-js) wrote for the same input, so sites built before and after the switch
// are identical (test/output/feed-writer.test.ts compares both on generated inputs); building its
// object tree and walking it again was a third of the render stage at 10,000 articles.

/** A person of a feed or an item: a name and, when known, their page. */
export interface FeedPerson {
  name: string;
  link?: string;
}

/** One item of a feed. */
export interface FeedItem {
  /** HTML in Atom and RSS (escaped by the caller), plain text in JSON Feed. */
  title: string;
  /** The item's id (Atom, JSON Feed); RSS leaves it out, so its guid is the permalink. */
  id?: string;
  link: string;
  date: Date;
  published?: Date;
  /** The summary: HTML in Atom and RSS, plain text in JSON Feed. */
  description?: string;
  /** The body's HTML, or none for a summary feed. */
  content?: string;
  /** Authors and contributors (absent rather than empty). */
  author?: FeedPerson[];
  contributor?: FeedPerson[];
}

/** A feed's channel-level fields and its items, newest first. */
export interface FeedDocument {
  id: string;
  title: string;
  description?: string;
  /** The page the feed belongs to. */
  link: string;
  language?: string;
  updated: Date;
  generator: string;
  feedLinks: { atom?: string; rss?: string; json?: string };
  favicon?: string;
  author?: FeedPerson;
  items: readonly FeedItem[];
}

const INDENT = "    ";
const DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';

/** What xml-js did to element text: `&amp;` taken back to `&` first (so it is not escaped twice), then & < > escaped. */
function text(value: string): string {
  return value.replace(/&amp;/g, "&").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Attribute values have only their double quotes escaped (URLs arrive with `&` already escaped by `sanitize`). */
function attr(value: string): string {
  return value.replace(/"/g, "&quot;");
}

/** The feed package's escaping of `&` in URLs. */
function sanitize(url: string): string;
function sanitize(url: string | undefined): string | undefined;
function sanitize(url: string | undefined): string | undefined {
  return url === undefined ? undefined : url.replace(/&/g, "&amp;");
}

/** A CDATA section; like xml-js, only the first `]]>` is split (callers pass text with none). */
function cdata(value: string): string {
  return `<![CDATA[${value.replace("]]>", "]]]]><![CDATA[>")}]]>`;
}

function pad(depth: number): string {
  return `\n${INDENT.repeat(depth)}`;
}

/** `<name>text</name>` on its own line; an empty or missing value is `<name/>`, as xml-js wrote it. */
function leaf(out: string[], depth: number, name: string, value: string | undefined): void {
  out.push(value === undefined || value === "" ? `${pad(depth)}<${name}/>` : `${pad(depth)}<${name}>${text(value)}</${name}>`);
}

function atomPerson(out: string[], depth: number, tag: string, p: FeedPerson): void {
  out.push(`${pad(depth)}<${tag}>`);
  leaf(out, depth + 1, "name", p.name);
  if (p.link) leaf(out, depth + 1, "uri", sanitize(p.link));
  out.push(`${pad(depth)}</${tag}>`);
}

/** The Atom 1.0 document of `doc`. */
export function atom(doc: FeedDocument): string {
  const out: string[] = [DECLARATION, '\n<feed xmlns="http://www.w3.org/2005/Atom">'];
  leaf(out, 1, "id", doc.id);
  leaf(out, 1, "title", doc.title);
  leaf(out, 1, "updated", doc.updated.toISOString());
  leaf(out, 1, "generator", sanitize(doc.generator));
  if (doc.author) atomPerson(out, 1, "author", doc.author);
  if (doc.link) out.push(`${pad(1)}<link rel="alternate" href="${attr(sanitize(doc.link))}"/>`);
  if (doc.feedLinks.atom) out.push(`${pad(1)}<link rel="self" href="${attr(sanitize(doc.feedLinks.atom))}"/>`);
  if (doc.description) leaf(out, 1, "subtitle", doc.description);
  if (doc.favicon) leaf(out, 1, "icon", doc.favicon);
  for (const item of doc.items) {
    out.push(`${pad(1)}<entry>`, `${pad(2)}<title type="html">${cdata(item.title)}</title>`);
    leaf(out, 2, "id", sanitize(item.id ?? item.link));
    out.push(`${pad(2)}<link href="${attr(sanitize(item.link))}"/>`);
    leaf(out, 2, "updated", item.date.toISOString());
    if (item.description) out.push(`${pad(2)}<summary type="html">${cdata(item.description)}</summary>`);
    if (item.content) out.push(`${pad(2)}<content type="html">${cdata(item.content)}</content>`);
    for (const p of item.author ?? []) atomPerson(out, 2, "author", p);
    for (const p of item.contributor ?? []) atomPerson(out, 2, "contributor", p);
    if (item.published) leaf(out, 2, "published", item.published.toISOString());
    out.push(`${pad(1)}</entry>`);
  }
  out.push("\n</feed>");
  return out.join("");
}

/** `<name>text</name>` of an RSS element given as `{ _text }`: never self-closed, even when empty. */
function rssText(out: string[], depth: number, name: string, value: string): void {
  out.push(`${pad(depth)}<${name}>${text(value)}</${name}>`);
}

/** The RSS 2.0 document of `doc` (items carry no id: the guid is the permalink). */
export function rss(doc: FeedDocument): string {
  const withContent = doc.items.some((item) => item.content);
  const out: string[] = [DECLARATION, '\n<rss version="2.0"'];
  if (withContent) out.push(' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"');
  if (doc.feedLinks.rss) out.push(' xmlns:atom="http://www.w3.org/2005/Atom"');
  out.push(`>${pad(1)}<channel>`);
  rssText(out, 2, "title", doc.title);
  rssText(out, 2, "link", sanitize(doc.link));
  rssText(out, 2, "description", doc.description ?? "");
  rssText(out, 2, "lastBuildDate", doc.updated.toUTCString());
  rssText(out, 2, "docs", "https://validator.w3.org/feed/docs/rss2.html");
  rssText(out, 2, "generator", doc.generator);
  if (doc.language) rssText(out, 2, "language", doc.language);
  if (doc.feedLinks.rss) out.push(`${pad(2)}<atom:link href="${attr(sanitize(doc.feedLinks.rss))}" rel="self" type="application/rss+xml"/>`);
  for (const item of doc.items) {
    out.push(`${pad(2)}<item>`);
    if (item.title) out.push(`${pad(3)}<title>${cdata(item.title)}</title>`);
    if (item.link) rssText(out, 3, "link", sanitize(item.link));
    if (item.id) out.push(`${pad(3)}<guid isPermaLink="false">${text(item.id)}</guid>`);
    else if (item.link) out.push(`${pad(3)}<guid isPermaLink="true">${text(sanitize(item.link))}</guid>`);
    rssText(out, 3, "pubDate", (item.published ?? item.date).toUTCString());
    if (item.description) out.push(`${pad(3)}<description>${cdata(item.description)}</description>`);
    if (item.content) out.push(`${pad(3)}<content:encoded>${cdata(item.content)}</content:encoded>`);
    for (const p of item.author ?? []) if (p.name) rssText(out, 3, "author", p.name);
    out.push(`${pad(2)}</item>`);
  }
  out.push(`${pad(1)}</channel>\n</rss>`);
  return out.join("");
}

/** The JSON Feed 1 document of `doc`, four-space indented (the first author of an item only, as JSON Feed 1 has one). */
export function jsonFeed(doc: FeedDocument): string {
  const feed: Record<string, unknown> = { version: "https://jsonfeed.org/version/1", title: doc.title };
  if (doc.link) feed.home_page_url = doc.link;
  if (doc.feedLinks.json) feed.feed_url = doc.feedLinks.json;
  if (doc.description) feed.description = doc.description;
  if (doc.author) feed.author = person(doc.author);
  feed.items = doc.items.map((item) => {
    const out: Record<string, unknown> = { id: item.id, content_html: item.content ?? item.description };
    if (item.link) out.url = item.link;
    if (item.title) out.title = item.title;
    if (item.description && item.content) out.summary = item.description;
    out.date_modified = item.date.toISOString();
    if (item.published) out.date_published = item.published.toISOString();
    if (item.author) out.author = person(item.author[0]!);
    return out;
  });
  return JSON.stringify(feed, null, 4);
}

function person(p: FeedPerson): Record<string, string> {
  const out: Record<string, string> = {};
  if (p.name) out.name = p.name;
  if (p.link) out.url = p.link;
  return out;
}
