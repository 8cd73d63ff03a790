// Meta lines: the one or two lines of page furniture between a headline and the story that a CMS joins
// with separators ("Jane Doe · CBC News · Posted: Mar 01, 2022 4:00 AM ET | Last Updated: March 1, 2022",
// "Jane Doe and John Roe | Reuters", "Oksana Bilyk · Follow", "5 min read · Mar 3, 2022",
// "Posted on March 3, 2022 by Ana Kovač", "March 3, 2022 2:14 PM GMT Updated 2 hours ago").
// A line is a meta line only if EVERY part of it is recognised; a bare name counts as a byline only when
// another part (a publication, a date, "Follow") vouches for it. Relative times ("3 hours ago") have no
// reference point: they are accounted for, never turned into a date.
import type { Byline } from "../model/index.ts";
import sources from "./rules/sources.json" with { type: "json" };
import { parseBareByline, parseTopByline } from "./byline.ts";
import { parseDateLine, type FoundDate } from "./dates.ts";

const NAMES: Record<string, string> = sources.names;

/** What a meta line says: bylines, a publication and a date, and the relative times it held. */
export interface MetaLine {
  bylines: Byline[];
  source: string | null;
  date: FoundDate | null;
  /** Relative times seen ("Updated 2 hours ago"): never a date, reported in `why`. */
  relative: string[];
}

/** "3 hours ago", "Updated 2 hours ago", "Published 5 mins ago", "yesterday". */
const RELATIVE = /^(?:(?:last )?(?:updated|published|posted|modified)(?: on)?:?\s*)?(?:(?:\d{1,3}|an?|one|few) (?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|days?|weeks?|months?|years?) ago|just now|yesterday|today|moments ago)$/i;
const READ_TIME = /^(?:\d{1,3} ?min(?:ute)?s? read|\d{1,3} ?min(?:ute)? (?:read|listen))$/i;
const FOLLOW = /^(?:follow|following|subscribe)$/i;
/** "Last Updated: March 1" (no year): accounted for, too vague to use. */
const PARTIAL = /^(?:last )?(?:updated|modified):?\s[\p{L}\d ,.:]{1,40}$/iu;
const POSTED_BY = /^(?:posted|published)(?: on)?:?\s+(.{6,60}?)\s+by\s+(.{2,80})$/i;
/** A keyword that starts a new part even without a separator ("… 2:14 PM GMT Updated 2 hours ago"). */
const SPLIT = /\s+[|·•]\s+|(?<!\blast)\s+(?=(?:last\s+)?updated\b)/i;

/** Whether a short line is only a relative time ("3 hours ago", "Updated yesterday"), which dates nothing. */
export function relativeTime(text: string): boolean {
  return text.length <= 60 && RELATIVE.test(text.trim());
}

/** A publication line, maybe with a place ("BBC News, Kyiv"). */
export function sourceWithPlace(text: string): { source: string; place: string | null } | null {
  if (text.length > 80) return null;
  const t = text.trim().replace(/^(?:source|via|from|published by)\s*:?\s+/i, "").replace(/[.|]$/, "").trim();
  const direct = NAMES[t.toLowerCase()];
  if (direct) return { source: direct, place: null };
  const comma = t.indexOf(", ");
  if (comma < 0) return null;
  const src = NAMES[t.slice(0, comma).toLowerCase()];
  const place = t.slice(comma + 2).trim();
  if (!src || !/^\p{Lu}[\p{L}\p{M}.'’-]*(?: \p{Lu}[\p{L}\p{M}.'’-]*){0,3}$/u.test(place)) return null;
  return { source: src, place };
}

/** Cheap gate: a meta line has a separator or one of these words. */
const GATE = /[|·•]|\b(?:ago|updated|posted|published|yesterday|today|just now)\b/i;

/** A line of page furniture between headline and story read into bylines, source and date; null unless every part of it is recognised. */
export function parseMetaLine(text: string, timeZone: string, dayFirst = false): MetaLine | null {
  if (text.length > 240 || text.length < 4 || !GATE.test(text)) return null;
  const t = text.trim();
  const out: MetaLine = { bylines: [], source: null, date: null, relative: [] };
  const posted = POSTED_BY.exec(t);
  if (posted) {
    const d = parseDateLine(posted[1]!, timeZone, dayFirst);
    if (!d) return null;
    out.date = { ...d, kind: "published" };
    // "by admin": a CMS account, not a person — accounted for, not credited.
    const by = parseBareByline(posted[2]!);
    if (by) out.bylines.push(...by.bylines);
    return out;
  }
  const parts = t.split(SPLIT).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2 && !RELATIVE.test(t)) return null;
  let vouched = false;
  let bare: Byline[] = [];
  for (const p of parts) {
    if (RELATIVE.test(p)) { out.relative.push(p); vouched = true; continue; }
    if (READ_TIME.test(p) || FOLLOW.test(p)) { vouched = true; continue; }
    const d = parseDateLine(p, timeZone, dayFirst);
    if (d) {
      if (!out.date || (out.date.kind === "updated" && d.kind !== "updated")) out.date = d;
      vouched = true;
      continue;
    }
    if (PARTIAL.test(p)) continue;
    const src = sourceWithPlace(p);
    if (src) { out.source ??= src.source; vouched = true; continue; }
    const by = parseTopByline(p);
    if (by) { out.bylines.push(...by.bylines); if (by.source) out.source ??= by.source; vouched = true; continue; }
    const b = parseBareByline(p);
    if (b && bare.length === 0) { bare = b.bylines; if (b.source) out.source ??= b.source; continue; }
    return null;
  }
  if (bare.length) {
    if (!vouched) return null;
    out.bylines.push(...bare);
  }
  return out;
}
