// One Markdown parser for the whole pipeline (ingest reads blocks from it, render turns it into HTML).
import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { isSpaceCode } from "../model/chars.ts";

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

/** Marks that open a block (quote, list, rule, setext underline, fence, HTML, table, definition) at a line's start. */
const BLOCK_OPENERS = new Set([">", "*", "+", "=", "_", "<", "|", "~", "`", "[", "-"].map((c) => c.charCodeAt(0)));
/** Marks that need inline parsing (or a control character) anywhere in a line. */
const INLINE_MARKS = new Set(["*", "_", "`", "[", "]", "<", "&", "\\", "|", "~"].map((c) => c.charCodeAt(0)));

/**
 * A line that could open or change a block or needs inline parsing: what
 * `/^[\s>*+=_<|~`[-]|^\d{1,9}[.)]|[\s]$|[\x00-\x1f*_`[\]<&\\|~]/` matches, read in one pass (every
 * line of every Markdown seed is asked).
 */
export function notProse(line: string): boolean {
  const first = line.charCodeAt(0);
  if (isSpaceCode(first) || BLOCK_OPENERS.has(first)) return true;
  let digits = 0;
  while (digits < 10 && isDigit(line.charCodeAt(digits))) digits++;
  const afterDigits = line.charCodeAt(digits);
  if (digits >= 1 && digits <= 9 && (afterDigits === 46 || afterDigits === 41)) return true;
  if (isSpaceCode(line.charCodeAt(line.length - 1))) return true;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c <= 0x1f || INLINE_MARKS.has(c)) return true;
  }
  return false;
}
const isDigit = (c: number) => c >= 48 && c <= 57;
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
    if (notProse(line) || MAYBE_GFM.test(line)) return null;
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
