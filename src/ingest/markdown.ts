// One Markdown parser for the whole pipeline (ingest reads blocks from it, render turns it into HTML).
import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

// Frozen once: building a processor per call spends more time combining syntax extensions than parsing.
const commonmark = unified().use(remarkParse).freeze();
const gfm = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * Text that could hold a GFM construct: a table (`|`), strikethrough (`~`), a footnote (`[^`), a task
 * item (`[ ]`, `[x]`) or a literal autolink (`www.`, a URL scheme, an e-mail's `@`). GFM's tokenizers
 * try every paragraph as a table head and every character as an autolink start, which makes parsing
 * about four times slower; text without any of these parses to the same tree without them.
 */
const MAYBE_GFM = /[|~@]|\[\^|\[[ xX]\]|www\.|https?:|mailto:|xmpp:/i;

export function usesGfm(markdown: string): boolean {
  return MAYBE_GFM.test(markdown);
}

/** The processor that reads this text: GitHub-flavoured only when the text could need it. */
export function markdownProcessor(markdown: string): typeof gfm {
  return usesGfm(markdown) ? gfm : (commonmark as unknown as typeof gfm);
}

export function parseMarkdown(markdown: string): Root {
  return markdownProcessor(markdown).parse(markdown) as Root;
}
