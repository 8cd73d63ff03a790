// An RFC 822 / RFC 5322 header block at the top of a file (a saved mail, a Usenet post, a mailing-list
// digest entry): recognised by its form, decoded with postal-mime's header helpers, and turned into the
// story's fields: Subject → headline, From → byline, Date → date. The other header lines are not story.
import { addressParser, decodeWords } from "postal-mime";
import type { Byline } from "../../model/index.ts";
import { parseDateLine, type FoundDate } from "../dates.ts";

/** One header field, unfolded, with the 0-based line it starts on and the line its folding ends on. */
export interface HeaderField {
  /** Lower-case field name ("subject"). */
  key: string;
  /** The value, unfolded and decoded (RFC 2047 encoded words). */
  value: string;
  start: number;
  end: number;
}

/** A header block: its fields and the 0-based lines it spans (the blank line after it excluded). */
export interface HeaderBlock {
  start: number;
  end: number;
  fields: HeaderField[];
}

const FIELD = /^([A-Za-z][A-Za-z0-9-]{0,60}):[ \t]?(.*)$/;
/** Fields only a message carries: one of them makes a block of `Name: value` lines a header block. */
const MESSAGE_FIELDS = new Set(["title", "author", "posted", "news-item-format", "revision", "from", "subject", "date", "message-id", "newsgroups", "to", "path", "references", "in-reply-to", "mime-version", "received", "return-path", "x-mailer", "list-id", "reply-to", "sender", "organization", "lines", "nntp-posting-host", "content-type", "cc", "delivered-to"]);
/** The fields that carry the story's own metadata (a news item's "Title:"/"Author:"/"Posted:" as well as a mail's). */
const CORE = new Set(["from", "subject", "date", "newsgroups", "message-id", "title", "author", "posted"]);

/**
 * The header block that opens `lines` at or after `from` (leading blank lines and an mbox "From " line
 * allowed), or null. It must be at least two fields, two of them message fields with one of From,
 * Subject, Date, Newsgroups or Message-ID, and end at a blank line or the end of the file: a story's
 * "Source: …" and "Date: …" lines are not a header block.
 */
export function findHeaderBlock(lines: readonly string[], from: number): HeaderBlock | null {
  let i = from;
  while (i < lines.length && lines[i]!.trim() === "") i++;
  const start = i;
  if (i < lines.length && /^From \S+/.test(lines[i]!) && !FIELD.test(lines[i]!)) i++;
  const fields: HeaderField[] = [];
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === "") break;
    const last = fields[fields.length - 1];
    if (/^[ \t]/.test(line) && last) {
      last.value += " " + line.trim();
      last.end = i;
      continue;
    }
    const m = FIELD.exec(line);
    if (!m) return null;
    fields.push({ key: m[1]!.toLowerCase(), value: m[2]!.trim(), start: i, end: i });
  }
  const known = fields.filter((f) => MESSAGE_FIELDS.has(f.key));
  if (fields.length < 2 || known.length < 2 || !fields.some((f) => CORE.has(f.key))) return null;
  // Most of the block must be message fields: a run of "Topic: …", "Tags: …" labels is a page, not a message.
  if (known.length * 2 < fields.length) return null;
  for (const f of fields) f.value = decodeWords(f.value.replace(/\s+/g, " ").trim());
  return { start, end: i - 1, fields };
}

/** The first value of a field, or undefined. */
export function headerValue(block: HeaderBlock, key: string): string | undefined {
  return block.fields.find((f) => f.key === key)?.value;
}

/** The people a From (or Sender) value names: the display name, else the mailbox's local part. */
export function senderBylines(value: string): Byline[] {
  const out: Byline[] = [];
  for (const a of addressParser(value)) {
    const name = (a.name ?? "").replace(/^["']|["']$/g, "").trim() || (a.address ?? "").split("@")[0]!.trim();
    if (name && !/^(?:no-?reply|news(?:letter)?|list|admin|root|postmaster|mailer-daemon)$/i.test(name) && !out.some((b) => b.name === name))
      out.push({ name, role: "author", location: null });
  }
  return out;
}

/** An RFC 5322 date ("Tue, 24 Mar 2020 10:00:00 +0200 (CEST)", "18 Apr 93 12:00:00 GMT"). */
export function headerDate(value: string, timeZone: string): FoundDate | null {
  const clean = value
    .replace(/\([^)]*\)/g, " ")
    // Two-digit years are obsolete syntax but common in old archives: 00–49 → 20xx, 50–99 → 19xx.
    .replace(/\b(\d{1,2} [A-Za-z]{3,9}) (\d{2})\b(?=\s+\d{1,2}:\d{2})/, (_, dm: string, y: string) => `${dm} ${Number(y) < 50 ? 2000 + Number(y) : 1900 + Number(y)}`)
    .replace(/\s+/g, " ")
    .trim();
  const found = parseDateLine(clean, timeZone);
  return found ? { ...found, kind: "published", text: value } : null;
}
