// What each unit is on its own, before context: credit, boilerplate, byline, date line, header, source
// line, headline candidate or body. Order matters: the most specific reading wins.
import type { Byline } from "../model/index.ts";
import type { LineFeatures } from "./features/line.ts";
import sources from "./rules/sources.json" with { type: "json" };
import { parseTopByline } from "./byline.ts";
import { parseCreditLine } from "./credits.ts";
import { parseDateLine, parseIso, type FoundDate } from "./dates.ts";
import { looksLikeHeadline } from "./headline.ts";
import { parseMetaLine, sourceWithPlace } from "./meta.ts";
import { matchRule, type Rule } from "./rules.ts";
import type { Unit } from "./units.ts";

/** What a unit is: dropped boilerplate (`remove`), a story's end marker (`end`), a credit, byline, date, header, source or headline line, or body. */
export type Kind = "remove" | "end" | "credit" | "byline" | "date" | "header" | "source" | "headline" | "body";

/** A unit with its kind, the reason given (`why`, shown by `parse --explain`) and whatever the line was read to say. */
export interface CUnit extends Unit {
  kind: Kind;
  why: string;
  date?: FoundDate;
  source?: string;
  bylines?: Byline[];
  editors?: string[];
  /** The place a publication line names ("BBC News, Kyiv"): the location of the byline above it. */
  place?: string;
  /** Generic evidence about the unit and its prose score (set by `judgeUnits`, shown by `parse --explain`). */
  features?: LineFeatures;
  score?: number;
}

const NAMES: Record<string, string> = sources.names;
const BY_LENGTH = Object.keys(NAMES).sort((a, b) => b.length - a.length);

/** A lone publication line ("CBC", "Source: Reuters"). */
export function sourceLine(text: string): string | null {
  if (text.length > 60) return null;
  const t = text.trim().replace(/^(?:source|via|from|published by)\s*:?\s+/i, "").replace(/[.|]$/, "").trim().toLowerCase();
  return NAMES[t] ?? null;
}

/** "The New York Times 2025-02-25 12:11:38", "Reuters | March 3, 2022": a publication and a date. */
const NAME_STARTS = new Set(BY_LENGTH.map((n) => n.slice(0, 2)));

function headerLine(text: string, timeZone: string, dayFirst: boolean): { source: string; date: FoundDate } | null {
  if (text.length > 160) return null;
  const lower = text.toLowerCase();
  if (NAME_STARTS.has(lower.slice(0, 2)))
    for (const name of BY_LENGTH) {
      if (!lower.startsWith(name) || !/^[\s|·,–—:-]/.test(text.slice(name.length))) continue;
      const rest = text.slice(name.length).replace(/^[\s|·,–—:-]+/, "");
      const date = dateLine(rest, timeZone, dayFirst);
      if (date) return { source: NAMES[name]!, date };
    }
  return null;
}

/**
 * Any publication's header line, known or not, by its form: a short name followed by an ISO date-time
 * ("The Harbor Ledger 2024-03-12 23:45:00"), or by a separator and a whole date line ("18F | Aug. 25, 2022",
 * "Nim -- October 23, 2016"). A bare ISO date needs its time, so a sentence ending in a date is no header;
 * an all-capitals word before a dash is a dateline's place ("LONDON — March 3, 2022"), not a publication.
 */
const NAME_WORD = "(?:[\\p{Lu}\\d][\\p{L}\\p{M}\\d&.'’-]*|of|the|and|de|la|le|du|der|die|el)";
const HEADER_ISO = new RegExp(`^(${NAME_WORD}(?: ${NAME_WORD}){0,5})\\s+(\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:\\s*(?:Z|[+-]\\d{2}:?\\d{2}|[A-Z]{2,5}))?)$`, "u");
const HEADER_SEP = new RegExp(`^(${NAME_WORD}(?: ${NAME_WORD}){0,5})\\s+(?:[|·–—]|--?)\\s+(.{6,80})$`, "u");
function headerByForm(text: string, timeZone: string, dayFirst: boolean): { source: string; date: FoundDate } | null {
  const t = text.trim();
  const iso = HEADER_ISO.exec(t);
  const sep = iso ? null : HEADER_SEP.exec(t);
  const m = iso ?? sep;
  if (!m || !/^[\p{Lu}\d]/u.test(m[1]!) || !/\p{L}/u.test(m[1]!) || /^[\p{Lu}\s]{5,}$/u.test(m[1]!)) return null;
  const date = iso ? parseIso(m[2]!, timeZone) : parseDateLine(m[2]!, timeZone, dayFirst);
  return date ? { source: m[1]!, date } : null;
}

/** A date line, also when a CMS joins several ("Posted: Mar 01, 2022 4:00 AM ET | Last Updated: March 1"). */
function dateLine(text: string, timeZone: string, dayFirst: boolean): FoundDate | null {
  const whole = parseDateLine(text, timeZone, dayFirst);
  if (whole || text.length > 200) return whole;
  const parts = text.split(/\s+[|·•]\s+/);
  if (parts.length < 2) return null;
  let found: FoundDate | null = null;
  for (const p of parts) {
    const d = parseDateLine(p, timeZone, dayFirst);
    // "Updated … | Published …": the publication date is the fact we file by.
    if (d && (!found || (found.kind === "updated" && d.kind !== "updated"))) found = d;
    else if (d) continue;
    else if (!d && !/^(?:last )?updated:?\s.{0,40}$/i.test(p.trim())) return null;
  }
  return found;
}

/** `dayFirst`: read an all-numeric date as day/month (config `dateOrder: "day-first"`). */
export function classify(u: Unit, timeZone: string, dayFirst = false): CUnit {
  const t = u.text;
  if (u.image) return { ...u, kind: "body", why: "image" };
  if (u.heading > 0 && t.length <= 300) return { ...u, kind: "headline", why: `markdown heading level ${u.heading}` };
  const credit = parseCreditLine(t);
  if (credit) return { ...u, kind: "credit", why: "credit line", bylines: credit.bylines, editors: credit.editors };
  const date = dateLine(t, timeZone, dayFirst);
  if (date) return { ...u, kind: "date", why: `${date.kind} date line`, date: { ...date, text: t } };
  const header = headerLine(t, timeZone, dayFirst);
  if (header) return { ...u, kind: "header", why: "publication + date header", source: header.source, date: { ...header.date, text: t } };
  const src = sourceWithPlace(t);
  if (src) return { ...u, kind: "source", why: src.place ? "publication and place line" : "publication line", source: src.source, ...(src.place ? { place: src.place } : {}) };
  const meta = parseMetaLine(t, timeZone, dayFirst);
  if (meta) {
    const extra = { ...(meta.source ? { source: meta.source } : {}), ...(meta.date ? { date: { ...meta.date, text: t } } : {}) };
    const rel = meta.relative.length ? `; relative time "${meta.relative[0]}" is not a date` : "";
    if (meta.bylines.length) return { ...u, kind: "byline", why: `meta line with byline${rel}`, bylines: meta.bylines, ...extra };
    if (meta.date) return { ...u, kind: meta.source ? "header" : "date", why: `meta line with ${meta.date.kind} date${rel}`, ...extra };
    if (meta.source) return { ...u, kind: "source", why: `meta line with publication${rel}`, ...extra };
    if (meta.relative.length) return { ...u, kind: "date", why: `relative time "${meta.relative[0]}" (no reference point: not a date)` };
    return { ...u, kind: "remove", why: "meta line (read time, follow button)" };
  }
  // After the meta line: "Jane Doe | March 3, 2022" is a byline with a date, not a publication's header.
  const formed = headerByForm(t, timeZone, dayFirst);
  if (formed) return { ...u, kind: "header", why: "header line by its form (name + date)", source: formed.source, date: { ...formed.date, text: t } };
  const rule: Rule | null = matchRule(t);
  if (rule) return { ...u, kind: rule.action, why: `${rule.family}:${rule.name}` };
  const by = parseTopByline(t);
  if (by) {
    let date: FoundDate | undefined;
    for (const r of by.rest) date ??= dateLine(r, timeZone, dayFirst) ?? undefined;
    return { ...u, kind: "byline", why: "byline \"By …\"", bylines: by.bylines, ...(by.source ? { source: by.source } : {}), ...(date ? { date: { ...date, text: t } } : {}) };
  }
  if (looksLikeHeadline(t)) return { ...u, kind: "headline", why: "headline-like line" };
  return { ...u, kind: "body", why: "paragraph" };
}
