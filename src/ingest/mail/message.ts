// A message read as a story: its header block gives the fields (which win over guesses from the
// text, as front matter does), its body is read like any text, minus the message's furniture.
import type { FrontFields } from "../fields.ts";
import { messageFurniture } from "./furniture.ts";
import { findHeaderBlock, headerDate, headerValue, senderBylines, type HeaderBlock } from "./headers.ts";

/** What a header block tells about the story under it. */
export interface Message {
  block: HeaderBlock;
  /** Subject → headline, From → bylines, Date → date. */
  fields: FrontFields;
  /** The 0-based line the body starts on. */
  bodyFrom: number;
  /** Body lines that are signature, quoted reply, attribution or list footer, with the reason. */
  furniture: Map<number, string>;
  /** Per header line: the field it gave ("headline", "byline", "date") or null when it is not story. */
  roles: Map<number, "headline" | "byline" | "date" | null>;
}

/** The message that starts at `from`, or null when the text does not open with a header block. */
export function readMessage(lines: readonly string[], from: number, timeZone: string): Message | null {
  const block = findHeaderBlock(lines, from);
  if (!block) return null;
  const fields: FrontFields = {};
  const roles = new Map<number, "headline" | "byline" | "date" | null>();
  for (let i = block.start; i <= block.end; i++) roles.set(i, null);
  // The subject as written: "Re:" says the post answers another, which a reader of the archive needs.
  const headline = headerValue(block, "subject") ?? headerValue(block, "title");
  if (headline) fields.headline = headline;
  const sender = headerValue(block, "from") ?? headerValue(block, "author") ?? headerValue(block, "sender");
  const bylines = sender ? senderBylines(sender) : [];
  if (bylines.length) fields.bylines = bylines;
  const rawDate = headerValue(block, "date") ?? headerValue(block, "posted");
  const date = rawDate ? headerDate(rawDate, timeZone) : null;
  if (date) fields.date = date;
  for (const f of block.fields) {
    const role = f.value === headline && (f.key === "subject" || f.key === "title") ? "headline" : f.value === sender && fields.bylines ? "byline" : f.value === rawDate && fields.date ? "date" : null;
    for (let i = f.start; i <= f.end; i++) roles.set(i, role);
  }
  const bodyFrom = block.end + 1;
  const furniture = messageFurniture(lines, bodyFrom);
  signOff(lines, bodyFrom, furniture);
  return { block, fields, bodyFrom, furniture, roles };
}

/**
 * A message's last block when it is a sign-off ("Clay D.", "Stay tuned....rich", "-- Jane"): one or two
 * short lines of at most five words after at least two paragraphs. Marked as furniture in place.
 */
function signOff(lines: readonly string[], from: number, furniture: Map<number, string>): void {
  const blocks: number[][] = [];
  let cur: number[] = [];
  for (let i = from; i < lines.length; i++) {
    if (!lines[i]!.trim() || furniture.has(i)) {
      if (cur.length) blocks.push(cur);
      cur = [];
    } else cur.push(i);
  }
  if (cur.length) blocks.push(cur);
  const last = blocks[blocks.length - 1];
  if (!last || blocks.length < 3 || last.length > 2) return;
  const text = last.map((i) => lines[i]!.trim());
  if (text.every((t) => t.length <= 40) && text.join(" ").split(/\s+/).length <= 5) for (const i of last) furniture.set(i, "sign-off at a message's end");
}
