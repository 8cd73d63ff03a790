// The news cleaning on top of Readability: the same classifier the text pipeline uses decides each
// block (credit lines and "By …" lines become bylines, date and publication lines become facts,
// promo, share and "Read more" lines are removed by the publisher rule sets), and lists of links
// under a "Related" label, or made only of links, are taken out of the body.
import { classify, type CUnit } from "../classify.ts";
import { LINK_LABEL } from "../rules.ts";
import type { PageBlock } from "./blocks.ts";

/** A block after cleaning: kept in the body, turned into a record field, or removed (with the reason). */
export interface CleanBlock {
  block: PageBlock;
  unit: CUnit;
  /** body: stays in the body; field: read into the record (byline, date, source); removed: left out. */
  fate: "body" | "field" | "removed";
  why: string;
}

/** "Read more: …", "RELATED: …", "Watch: …": a line that sends the reader to another story. */
const TEASER = /^(read more|read also|also read|related|see also|more|watch|listen|recommended|opinion|analysis|explainer|live)\s?[:|–—-]\s?\S/i;
/** A whole list of links this long or shorter per item is navigation (related stories, topics). */
const LINK_ITEM_MAX = 200;

/** Cleans the blocks of one page; `lineOf` gives each block's line in the file (for units and reports). */
export function cleanBlocks(blocks: readonly PageBlock[], headline: string | null, timeZone: string, lineOf: (b: PageBlock) => number): CleanBlock[] {
  const out: CleanBlock[] = [];
  const linkLists = new Set<number>();
  const byList = new Map<number, PageBlock[]>();
  for (const b of blocks) if (b.list !== undefined) byList.set(b.list, [...(byList.get(b.list) ?? []), b]);
  for (const [id, items] of byList) if (items.every(linkOnly)) linkLists.add(id);
  let ended: string | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const line = lineOf(b);
    const unit: CUnit = { start: line, end: line, text: b.text, heading: b.kind === "subhead" ? 2 : 0, md: null, kind: "body", why: "paragraph" };
    const drop = (why: string) => out.push({ block: b, unit: { ...unit, kind: "remove", why }, fate: "removed", why });
    if (ended) drop(`after "${ended}" (end of the story)`);
    else if (b.removed) drop(b.removed);
    else if (b.list !== undefined && linkLists.has(b.list)) drop("list of links (related stories or topics)");
    else if (b.kind === "subhead" && LINK_LABEL.test(b.text) && nextIsLinks(blocks, i, linkLists)) drop("label over a list of links");
    else if (b.kind === "subhead" && headline !== null && same(b.text, headline)) drop("the headline again");
    else if (b.text.length <= LINK_ITEM_MAX && TEASER.test(b.text) && b.linkChars >= b.text.length * 0.4) drop("teaser for another story");
    else if (b.linkChars >= b.text.length * 0.9 && b.text.length <= LINK_ITEM_MAX && b.kind !== "subhead") drop("link to another page");
    else {
      const c = classify({ ...unit, heading: 0 }, timeZone);
      if (c.kind === "remove") drop(c.why);
      else if (c.kind === "end") {
        drop(c.why);
        ended = b.text.slice(0, 60);
      } else if (c.kind === "credit" || c.kind === "byline" || c.kind === "date" || c.kind === "header" || c.kind === "source") {
        out.push({ block: b, unit: c, fate: "field", why: c.why });
      } else {
        const why = b.kind === "paragraph" ? "paragraph" : `${b.kind} block`;
        out.push({ block: b, unit: { ...unit, why }, fate: "body", why });
      }
    }
  }
  return out;
}

function linkOnly(b: PageBlock): boolean {
  return b.text.length <= LINK_ITEM_MAX && b.linkChars >= b.text.length * 0.8;
}

function nextIsLinks(blocks: readonly PageBlock[], i: number, linkLists: ReadonlySet<number>): boolean {
  const next = blocks[i + 1];
  return next === undefined || (next.list !== undefined && linkLists.has(next.list)) || linkOnly(next);
}

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
function same(a: string, b: string): boolean {
  return norm(a) === norm(b);
}
