import type { Element, Root, RootContent } from "hast";
import { defaultSchema, sanitize, type Schema } from "hast-util-sanitize";
import { toHtml } from "hast-util-to-html";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { parseMarkdown, simpleBlocks } from "../ingest/markdown.ts";
import type { Article, BodyBlock } from "../model/index.ts";
import type { EntityLink } from "../archive/entities/index.ts";
import type { RenderMemo } from "./memo.ts";
import { linkEntitiesInHtml } from "./link-entities.ts";

/**
 * What Markdown bodies may contain: GitHub's sanitizer schema without raw HTML's risky parts, images
 * limited to http(s), no `id`/`name` clobbering, and only safe URL schemes in links.
 */
const schema: Schema = {
  ...defaultSchema,
  clobberPrefix: "md-",
  protocols: { href: ["http", "https", "mailto"], src: ["http", "https"], cite: ["http", "https"] },
};

// Frozen once: building a unified pipeline per article would dominate the per-page cost.
const mdastToHast = unified().use(remarkRehype, { allowDangerousHtml: false }).freeze();

/** Raises headings by one level so a body never adds a second `h1` to its page. */
function demoteHeadings(tree: Root): void {
  const visit = (nodes: RootContent[]): void => {
    for (const node of nodes) {
      if (node.type !== "element") continue;
      const m = /^h([1-6])$/.exec(node.tagName);
      if (m) node.tagName = `h${Math.min(6, Number(m[1]) + 1)}`;
      visit(node.children as RootContent[]);
    }
  };
  visit(tree.children);
}

function paragraphsToHast(paragraphs: readonly string[]): Root {
  const children: Element[] = paragraphs.map((text) => ({ type: "element", tagName: "p", properties: {}, children: [{ type: "text", value: text }] }));
  return { type: "root", children };
}

const text = (value: string) => ({ type: "text" as const, value });
const element = (tagName: string, children: Element["children"]): Element => ({ type: "element", tagName, properties: {}, children });
const BLOCK_TAG = { paragraph: "p", subhead: "h2", bullet: "ul", number: "ol", quote: "blockquote" } as const;

/** A saved page's blocks as hast: runs of list items become one list, runs of quoted paragraphs one quote. */
function blocksToHast(blocks: readonly BodyBlock[]): Root {
  const children: Element[] = [];
  let open: Element | null = null;
  for (const b of blocks) {
    const tag = BLOCK_TAG[b.kind];
    if (b.kind === "paragraph" || b.kind === "subhead") {
      open = null;
      children.push(element(tag, [text(b.text)]));
      continue;
    }
    if (!open || open.tagName !== tag) children.push((open = element(tag, [])));
    open.children.push(element(b.kind === "quote" ? "p" : "li", [text(b.text)]));
  }
  return { type: "root", children };
}

/**
 * The body as a sanitized hast tree: plain-text paragraphs stay text; Markdown goes through remark →
 * rehype → sanitize; a saved page's cleaned blocks (paragraphs, subheads, lists, quotes) through sanitize.
 */
export function bodyTree(article: Pick<Article, "format" | "markdown" | "body" | "blocks">): Root {
  if (article.format === "html" && article.blocks) return sanitize(blocksToHast(article.blocks), schema) as Root;
  if (article.format === "markdown" && article.markdown !== null) {
    try {
      const hast = mdastToHast.runSync(parseMarkdown(article.markdown)) as Root;
      const clean = sanitize(hast, schema) as Root;
      demoteHeadings(clean);
      return clean;
    } catch {
      // Pathological Markdown (thousands of nested quotes or lists) overflows the recursive
      // tree walkers; its plain-text paragraphs still make a readable, safe page.
    }
  }
  return paragraphsToHast(article.body);
}

/**
 * The HTML remark → rehype → sanitize → hast-util-to-html writes for prose Markdown (paragraphs and
 * headings of plain text, see `simpleBlocks`), without building either tree; null for anything else.
 */
export function proseHtml(markdown: string): string | null {
  const blocks = simpleBlocks(markdown.split("\n"));
  if (!blocks) return null;
  return blocks
    .map((b) => {
      if (b.depth === 0) return `<p>${b.lines.join("\n")}</p>`;
      const h = `h${Math.min(6, b.depth + 1)}`;
      return `<${h}>${b.lines[0]}</${h}>`;
    })
    .join("\n");
}

/** The body as HTML (entity links are added to it later, see `renderLinkedBody`); with a memo, rendered once per record and kept. */
export function renderBody(article: Pick<Article, "format" | "markdown" | "body" | "blocks">, memo?: RenderMemo): string {
  const render = (): string => (article.format === "markdown" && article.markdown !== null && proseHtml(article.markdown)) || toHtml(bodyTree(article));
  return memo ? memo.body(article, render) : render();
}

/** The body with the first mention of each entity linked; the body itself is rendered (or found in the memo) once. */
export function renderLinkedBody(article: Pick<Article, "format" | "markdown" | "body" | "blocks">, links: readonly EntityLink[], memo?: RenderMemo): string {
  const html = renderBody(article, memo);
  return links.length === 0 ? html : linkEntitiesInHtml(html, links);
}
