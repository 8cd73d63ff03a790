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

/** The text's tree, read as GitHub-flavoured Markdown only when it could need it. */
export function parseMarkdown(markdown: string): Root {
  return (MAYBE_GFM.test(markdown) ? gfm : commonmark).parse(markdown) as Root;
}

/** A block of prose Markdown read without a parser: a paragraph (depth 0) or an ATX heading. */
export interface SimpleBlock {
  /** 0-based first and last line, relative to the lines given. */
  start: number;
  end: number;
  depth: number;
  /** The block's text lines (a heading's without its `#` marks). */
  lines: string[];
}

/** A line that could open or change a block (quote, list, rule, setext underline, fence, HTML, table, definition) or needs inline parsing. */
const NOT_PROSE = /^[\s>*+=_<|~`[-]|^\d{1,9}[.)]|[\s]$|[\x00-\x1f*_`[\]<&\\|~]/;
const HEADING = /^(#{1,6}) ([^#\s](?:[^#]*[^#\s])?)$/;

/**
 * Blocks of Markdown that is only paragraphs and `# headings` of plain words, or null for anything
 * else. Most articles are just that, and for them this gives the same blocks and text as remark
 * (a property test holds the two together) at a small fraction of the cost; everything else, down
 * to a stray asterisk or a trailing space, goes to the real parser.
 */
export function simpleBlocks(lines: readonly string[]): SimpleBlock[] | null {
  const blocks: SimpleBlock[] = [];
  let open: SimpleBlock | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === "") {
      open = null;
      continue;
    }
    if (NOT_PROSE.test(line) || MAYBE_GFM.test(line)) return null;
    if (line.charCodeAt(0) === 35 /* # */) {
      const h = HEADING.exec(line);
      if (!h) return null;
      blocks.push({ start: i, end: i, depth: h[1]!.length, lines: [h[2]!] });
      open = null;
      continue;
    }
    if (open) {
      open.lines.push(line);
      open.end = i;
    } else blocks.push((open = { start: i, end: i, depth: 0, lines: [line] }));
  }
  return blocks;
}
