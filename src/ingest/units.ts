// Lines → units (paragraph candidates). Plain text: a paragraph is a line, unless the copy is hard-wrapped
// (fixed width, or paragraphs opened by an indent), in which case wrapped lines are joined back.
// Markdown: one unit per top-level block of the remark tree, with its line range.
import type { Root, RootContent } from "mdast";
import { squashSpaces } from "../model/chars.ts";
import { parseMarkdown, simpleBlocks } from "./markdown.ts";

/** A paragraph candidate: one or more lines of the file (after the front matter) and its plain text. */
export interface Unit {
  /** 0-based indices of the first and last line. */
  start: number;
  end: number;
  /** Plain text of the unit (wrapped lines joined with a space, markup stripped). */
  text: string;
  /** Markdown heading depth, or 0. */
  heading: number;
  /** Markdown source of the block (md files only). */
  md: string | null;
  /** A Markdown block that is only images: its text is their alt text, and it is always body. */
  image?: true;
}

/**
 * The width hard-wrapped copy was filled to, or 0 when it is not hard-wrapped: the 90th percentile of
 * the lengths of lines that another line follows, when most of them come near it and it is a width
 * people wrap at (40–110 characters). Lines that end a block do not count: a paragraph's last line is short.
 */
function wrapWidth(lines: readonly string[], from: number, ignore: ReadonlySet<number>, mail: boolean): number {
  const inner: number[] = [];
  for (let i = from; i + 1 < lines.length; i++) if (!ignore.has(i) && lines[i]!.trim() && lines[i + 1]!.trim()) inner.push(lines[i]!.trimEnd().length);
  if (inner.length < (mail ? 1 : 3)) return 0;
  const sorted = [...inner].sort((a, b) => a - b);
  const width = sorted[Math.floor((sorted.length - 1) * 0.9)]!;
  if (width > 110 || width < 40) return 0;
  // Copy with many lines far past that width is one paragraph per line, its short lines are titles.
  let nonBlank = 0, over = 0;
  for (let i = from; i < lines.length; i++) {
    const len = ignore.has(i) ? 0 : lines[i]!.trimEnd().length;
    if (len) nonBlank++;
    if (len > width * 1.3) over++;
  }
  if (over > nonBlank * 0.05) return 0;
  if (inner.filter((l) => l >= width * 0.75).length / inner.length < 0.5) return 0;
  // Wrapping breaks lines mid-sentence; one paragraph per line ends them at a sentence's end (a mail,
  // wrapped by convention, may be typed a sentence a line).
  let full = 0, open = 0;
  for (let i = from; i + 1 < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    if (ignore.has(i) || line.length < width * 0.75 || !lines[i + 1]!.trim()) continue;
    full++;
    if (!/[.!?:;]["'”’»)]*$/.test(line)) open++;
  }
  return mail || open >= full * 0.6 ? width : 0;
}

/** Leading whitespace width (a tab counts as four). */
function indentOf(raw: string): number {
  return /^[ \t]*/.exec(raw)![0].replace(/\t/g, "    ").length;
}

const BULLET = /^(?:[•*·–-]|\d{1,3}[.)])\s/;

/**
 * Plain-text units. In hard-wrapped copy a line continues the one above when that one was full: it
 * plus the next line's first word would not have fitted the width (how fill-wrapping breaks lines),
 * unless the next line opens a paragraph with a deeper indent than the line above, a bullet, or a quote mark of its own.
 * `mail` holds the lines of a message body that are its furniture (quotes, signature, list footer),
 * which say nothing of how the story was wrapped; null for anything but a message.
 */
export function textUnits(lines: readonly string[], from: number, mail: ReadonlySet<number> | null = null): Unit[] {
  const units: Unit[] = [];
  // A mail body is wrapped by convention (its fields are in the header): one full line is evidence
  // enough, and in wrapped mail every line break inside a block is a wrap, whatever the line's length.
  const width = wrapWidth(lines, from, mail ?? new Set(), mail !== null);
  let cur: Unit | null = null;
  let last = "";
  const flush = () => {
    if (cur) units.push(cur);
    cur = null;
  };
  for (let i = from; i < lines.length; i++) {
    const raw = lines[i]!;
    const t = raw.trim();
    if (!t) {
      flush();
      continue;
    }
    const firstWord = t.split(/\s/, 1)[0]!.length;
    const continues =
      cur !== null && width > 0 &&
      // Filled (the next word would not have fitted), or long and stopped mid-sentence: people who
      // wrap by hand break lines short of the width; a capital after such a break may open a field line.
      (mail !== null || last.length + 1 + firstWord > width || (last.length >= width * 0.6 && !/[.!?:;]["'”’»)]*$/.test(last) && /^[\p{Ll}\d]/u.test(t))) &&
      indentOf(raw) <= indentOf(last) && !BULLET.test(t) &&
      t.startsWith(">") === last.trimStart().startsWith(">");
    if (continues && cur) {
      const u: Unit = cur;
      u.text += " " + t;
      u.end = i;
    } else {
      flush();
      cur = { start: i, end: i, text: t, heading: 0, md: null };
    }
    last = raw.trimEnd();
  }
  flush();
  return units;
}

/** Text of an mdast node with the markup stripped. */
function plain(node: RootContent | Root): string {
  if ("value" in node && typeof node.value === "string") return node.type === "html" ? node.value.replace(/<[^>]{0,500}>/g, "") : node.value;
  if (node.type === "break") return " ";
  if ("children" in node) return (node.children as RootContent[]).map(plain).join("");
  return "";
}

/** A paragraph of images and whitespace only. */
function onlyImages(node: RootContent & { children: RootContent[] }): boolean {
  return node.children.some((c) => c.type === "image") && node.children.every((c) => c.type === "image" || (c.type === "text" && c.value.trim() === "") || c.type === "break");
}

/** Deeper than this, Markdown is not prose but an attack or an accident: its parsers go quadratic. */
const MAX_MARKDOWN_NESTING = 64;

/** Longest line read as Markdown; a longer one makes the file plain text (a warning says so). */
export const MAX_MARKDOWN_LINE = 20_000;

/** Throws when a line is too long for Markdown, or opens more nested quotes or list levels than any article needs. */
export function assertShallowMarkdown(lines: readonly string[], from: number): void {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    // remark-gfm reads a long line at ~70 KB/s (5 s for 1 MB of "By By By…"), and the page renders it again.
    if (line.length > MAX_MARKDOWN_LINE) throw new Error(`line ${i + 1} is ${line.length} characters long, more than ${MAX_MARKDOWN_LINE} in one Markdown line`);
    let depth = 0;
    let spaces = 0;
    for (let j = 0; j < line.length && j < 4 * MAX_MARKDOWN_NESTING + 4; j++) {
      const c = line.charCodeAt(j);
      if (c === 62 /* > */) depth++;
      else if (c === 32) spaces++;
      else if (c === 9) spaces += 4;
      else break;
    }
    if (depth + Math.floor(spaces / 2) > MAX_MARKDOWN_NESTING) throw new Error(`line ${i + 1} is nested more than ${MAX_MARKDOWN_NESTING} levels deep`);
  }
}

/** A Markdown file's units from line `from` on: one per top-level block, read through remark's tree unless every block is simple prose. */
export function markdownUnits(lines: readonly string[], from: number): Unit[] {
  const simple = simpleBlocks(lines.slice(from));
  if (simple) {
    return simple.map((b) => ({
      start: from + b.start, end: from + b.end,
      text: squashSpaces(b.lines.join(" ")).trim(),
      heading: b.depth,
      md: lines.slice(from + b.start, from + b.end + 1).join("\n"),
    }));
  }
  return treeUnits(lines, from);
}

/** Units from remark's tree: what `markdownUnits` reads anything but plain prose with. */
export function treeUnits(lines: readonly string[], from: number): Unit[] {
  const src = lines.slice(from).join("\n");
  const tree = parseMarkdown(src);
  const units: Unit[] = [];
  const srcLines = lines;
  const push = (node: RootContent, text: string, heading: number) => {
    const s = node.position?.start.line, e = node.position?.end.line;
    if (s === undefined || e === undefined) return;
    const start = from + s - 1, end = from + e - 1;
    const t = squashSpaces(text).trim();
    if (!t && node.type !== "thematicBreak") return;
    units.push({ start, end, text: node.type === "thematicBreak" ? "---" : t, heading, md: srcLines.slice(start, end + 1).join("\n") });
  };
  // A picture has no text for the tree to keep: its alt text (or "image") stands for it, so it stays in the body.
  const pushImage = (node: RootContent & { children: RootContent[] }) => {
    const alt = node.children.map((c) => (c.type === "image" ? (c.alt ?? "") : "")).join(" ").trim();
    const before = units.length;
    push(node, alt || "image", 0);
    if (units.length > before) units[units.length - 1]!.image = true;
  };
  const visit = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === "list") for (const item of node.children) push(item, plain(item), 0);
      else if (node.type === "blockquote") visit(node.children);
      else if (node.type === "heading") push(node, plain(node), node.depth);
      else if (node.type === "table") push(node, node.children.map((r) => r.children.map(plain).join(" | ")).join(" / "), 0);
      else if (node.type === "definition" || node.type === "footnoteDefinition") push(node, plain(node), 0);
      else if (node.type === "paragraph" && onlyImages(node)) pushImage(node);
      else push(node, plain(node), 0);
    }
  };
  visit(tree.children);
  // Two blocks never share a line; if remark ever overlaps them (lazy lines), keep the first claim.
  const out: Unit[] = [];
  let last = -1;
  for (const u of units) if (u.start > last) { out.push(u); last = u.end; }
  return out;
}
