// The extracted article element → a flat list of text blocks (paragraphs, subheads, list items,
// quoted paragraphs), each with how much of its text is link text. Figures, captions, asides, forms
// and elements whose class or id names a share bar, a promo or a related list are set aside as
// removed blocks, with the reason, so the build report still shows them.
import type { BodyBlockKind } from "../../model/index.ts";

/** A block of text from the page, before the news cleaning. */
export interface PageBlock {
  kind: BodyBlockKind;
  text: string;
  /** Characters of `text` inside links: a block made of links is navigation, not copy. */
  linkChars: number;
  /** Set when the block was set aside here: the reason. */
  removed?: string;
  /** Items of the same list share a number, so a whole list of links can be dropped together. */
  list?: number;
}

/** The part of a DOM node this walker reads (linkedom's nodes satisfy it). */
export interface WalkNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<WalkNode>;
  getAttribute?(name: string): string | null;
}

const HEADINGS = new Set(["H1", "H2", "H3", "H4", "H5", "H6"]);
const PARAGRAPHS = new Set(["P", "PRE", "DT", "DD", "ADDRESS", "SUMMARY", "CAPTION"]);
const SET_ASIDE: Record<string, string> = { FIGURE: "figure and its caption", FIGCAPTION: "caption", ASIDE: "aside (promo or related box)", NAV: "navigation", FORM: "form", FOOTER: "footer", PICTURE: "image", IMG: "image", BUTTON: "button", LABEL: "form label", DIALOG: "dialog" };
const BLOCK_TAGS = new Set([...HEADINGS, ...PARAGRAPHS, ...Object.keys(SET_ASIDE), "DIV", "SECTION", "ARTICLE", "MAIN", "HEADER", "UL", "OL", "LI", "BLOCKQUOTE", "TABLE", "THEAD", "TBODY", "TFOOT", "TR", "TD", "TH", "DL", "HR", "DETAILS", "CENTER"]);
/** Class or id words of boxes that are not the story (matched as words, case-insensitive). */
const JUNK_HINT = /(?:^|[\s_-])(share|sharing|social|related|recommend(?:ed|ations)?|newsletter|signup|subscribe|promo|advert(?:isement)?|ads?|sponsor(?:ed)?|caption|credits?|cookie|consent|paywall|tags|breadcrumbs?|comments?|outbrain|taboola|more-stories|author-bio|bio)(?=$|[\s_-])/i;
const JUNK_REASON = (hint: string): string => (/caption|credit/i.test(hint) ? "caption" : /share|social/i.test(hint) ? "share bar" : /relat|recommend|more|outbrain|taboola/i.test(hint) ? "related stories" : /cookie|consent/i.test(hint) ? "cookie notice" : "promo or page furniture");

/** Flattens the article element into blocks, in document order. */
export function pageBlocks(root: WalkNode): PageBlock[] {
  const out: PageBlock[] = [];
  let lists = 0;
  let run = { text: "", links: 0 };
  const flush = (kind: BodyBlockKind, list?: number) => {
    const text = fold(run.text);
    if (text) out.push({ kind, text, linkChars: Math.min(text.length, run.links), ...(list !== undefined ? { list } : {}) });
    run = { text: "", links: 0 };
  };
  const inline = (node: WalkNode, inLink: boolean): void => {
    if (node.nodeType === 3) {
      const t = node.textContent ?? "";
      run.text += t;
      if (inLink) run.links += fold(t).length;
      return;
    }
    if (node.nodeType !== 1) return;
    if (node.nodeName === "BR") {
      run.text += " ";
      return;
    }
    if (SET_ASIDE[node.nodeName] === "image") return;
    const kids = node.childNodes;
    // A link to a place on the same page (a table of contents, a footnote) is not navigation away.
    const away = node.nodeName === "A" && !(node.getAttribute?.("href") ?? "").startsWith("#");
    for (let i = 0; i < kids.length; i++) inline(kids[i]!, inLink || away);
  };
  const walk = (node: WalkNode, kind: BodyBlockKind, list: number | undefined): void => {
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const child = kids[i]!;
      if (child.nodeType !== 1 || !BLOCK_TAGS.has(child.nodeName)) {
        inline(child, false);
        continue;
      }
      flush(kind, list);
      const tag = child.nodeName;
      const hint = `${child.getAttribute?.("class") ?? ""} ${child.getAttribute?.("id") ?? ""}`;
      const hinted = SET_ASIDE[tag] === undefined && JUNK_HINT.test(hint);
      const aside = SET_ASIDE[tag] ?? (hinted ? JUNK_REASON(hint.match(JUNK_HINT)![0]) : undefined);
      const asideText = aside ? fold(spacedText(child)) : "";
      // A class name is only a hint: a long run of prose under it (a "read more" expander, a
      // "related" wrapper round the story) is the story itself.
      if (aside && !(hinted && asideText.length >= PROSE_UNDER_HINT && asideText.length > 2 * linkText(child))) {
        if (asideText) out.push({ kind: "paragraph", text: asideText, linkChars: 0, removed: aside });
        continue;
      }
      if (HEADINGS.has(tag)) {
        inline(child, false);
        flush("subhead");
      } else if (tag === "UL" || tag === "OL") {
        walk(child, tag === "OL" ? "number" : "bullet", ++lists);
      } else if (tag === "LI") {
        const item = kind === "number" ? "number" : "bullet";
        walk(child, item, list);
        flush(item, list);
      } else if (tag === "BLOCKQUOTE") {
        walk(child, "quote", undefined);
      } else if (tag === "TR") {
        const cells: string[] = [];
        for (let c = 0; c < child.childNodes.length; c++) {
          const t = fold(child.childNodes[c]!.textContent ?? "");
          if (t) cells.push(t);
        }
        if (cells.length) out.push({ kind: "paragraph", text: cells.join(" | "), linkChars: 0 });
      } else if (tag === "HR") {
        continue;
      } else {
        walk(child, kind === "bullet" || kind === "number" ? "paragraph" : kind, undefined);
      }
      flush(kind, list);
    }
  };
  walk(root, "paragraph", undefined);
  flush("paragraph");
  return out;
}

/** Text under a junk-looking class or id this long (and not mostly links) is read as story text. */
const PROSE_UNDER_HINT = 600;

/** Characters of link text under a node. */
function linkText(node: WalkNode): number {
  if (node.nodeType !== 1) return 0;
  if (node.nodeName === "A") return fold(node.textContent ?? "").length;
  let n = 0;
  for (let i = 0; i < node.childNodes.length; i++) n += linkText(node.childNodes[i]!);
  return n;
}

/** An element's text with a space between blocks ("Sign up" and "Get the news" stay two words). */
function spacedText(node: WalkNode): string {
  if (node.nodeType === 3) return node.textContent ?? "";
  if (node.nodeType !== 1) return "";
  let text = "";
  for (let i = 0; i < node.childNodes.length; i++) text += spacedText(node.childNodes[i]!);
  return BLOCK_TAGS.has(node.nodeName) || node.nodeName === "BR" ? ` ${text} ` : text;
}

/** Collapses runs of whitespace (NBSP included) and trims. */
export function fold(text: string): string {
  return text.replace(/[\s\u00A0\u200B]+/g, " ").trim();
}
