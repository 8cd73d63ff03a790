// Page markup → metadata and the main text's blocks: linkedom builds the DOM, our metadata reader
// runs first (Readability rewrites the document), then Mozilla Readability picks the article element.
import { createRequire } from "node:module";
import { pageBlocks, type PageBlock, type WalkNode } from "./blocks.ts";
import { readMetadata, type MetaDocument, type PageMeta } from "./metadata.ts";

/** What the page yields before the news cleaning. */
export interface Extracted {
  meta: PageMeta;
  /** The article's blocks, or null when Readability found no article. */
  blocks: PageBlock[] | null;
  /** The byline Readability found in the page (a `rel=author` link, a `byline` class), if any. */
  byline: string | null;
  /** The page's `<title>`, to recognise error and login pages. */
  title: string | null;
}

// linkedom and Readability (130 modules) are loaded when a page is first read, not by every process
// that imports the parser: most builds and rebuilds read no saved web page at all.
const require = createRequire(import.meta.url);

/** Class names are kept through Readability: the block walker reads them to recognise captions and share bars. */
export function extractPage(html: string, jsonLd: readonly string[], timeZone: string): Extracted {
  const { parseHTML } = require("linkedom") as typeof import("linkedom");
  const { Readability } = require("@mozilla/readability") as typeof import("@mozilla/readability");
  const { document } = parseHTML(html.includes("<html") || html.includes("<HTML") ? html : `<!doctype html><html><body>${html}</body></html>`);
  const meta = readMetadata(document as unknown as MetaDocument, jsonLd, timeZone);
  const title = document.getElementsByTagName("title")[0]?.textContent ?? null;
  const reader = new Readability<WalkNode>(document as unknown as Document, {
    keepClasses: true,
    disableJSONLD: true,
    serializer: (node) => node as unknown as WalkNode,
  });
  const result = reader.parse();
  const content = result?.content ?? null;
  return { meta, blocks: content ? pageBlocks(content) : null, byline: result?.byline?.trim() || null, title };
}
