// Dates that are facts: front matter, header and "Published/Updated" lines. Parsed by a strict token
// scanner (a line is a date line only if every word is part of the date), kept as the wall-clock time the
// publisher printed. A printed zone is kept beside it as an offset (`dateOffset`), never used to move the
// date into the site's time zone: "9:07 pm EST, November 19" is filed under November 19 whatever the site's zone.
import { zoneFormatter, type DatePrecision } from "../model/index.ts";
import words from "./rules/dates.json" with { type: "json" };

/** A date read from a line that states it: the wall-clock date as printed (`YYYY-MM-DD[THH:mm[:ss]]`, `YYYY-MM` or `YYYY`) and its precision. */
export interface FoundDate {
  date: string;
  precision: DatePrecision;
  /** published | updated | plain — a "Published" line wins over an "Updated" one. */
  kind: "published" | "updated" | "plain";
  /** The line the date was read from, quoted as the record's `dateEvidence`. */
  text?: string;
  /** The UTC offset the text printed with its time ("-05:00"), kept beside the printed wall time. */
  offset?: string;
  /** Why the date cannot be taken as a fact ("03/04/2024" reads as 3 April or 4 March), or absent. */
  ambiguous?: string;
}

/** Month names and abbreviations in six languages (rules/dates.json) → month number. */
export const MONTHS: Record<string, number> = Object.fromEntries(Object.entries(words.months).flatMap(([n, names]) => names.split(" ").map((w) => [w, Number(n)])));
const WEEKDAYS = new Set(words.weekdays.split(" "));
/** Zone abbreviations: a fixed offset in minutes, or an IANA zone when the abbreviation follows daylight time. */
const ZONES: Record<string, number | string> = {
  z: 0, utc: 0, gmt: 0, bst: 60, cet: 60, cest: 120, eet: 120, eest: 180, msk: 180, ist: 330, jst: 540, aest: 600, aedt: 660,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420, ast: -240, adt: -180, nst: -210,
  et: "America/New_York", ct: "America/Chicago", mt: "America/Denver", pt: "America/Los_Angeles",
};
const FILLER = new Set([...words.fillers.split(" "), ""]);
const PREFIX = new RegExp(`^(?:${words.prefix})(?: on| at| le| am| el| il| em)?\\s*:?\\s*`, "iu");
const UPDATED = /updat|modif|aktualis|mis à jour|mis a jour|actualiz|aggiorn|atualiz/i;

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function wallParts(utcMs: number, zone: string): number[] {
  const p: Record<string, number> = {};
  for (const part of zoneFormatter(zone).formatToParts(new Date(utcMs))) if (part.type !== "literal") p[part.type] = Number(part.value);
  return [p.year!, p.month!, p.day!, p.hour! % 24, p.minute!, p.second!];
}
function offsetMs(zone: string, utcMs: number): number {
  const [y, mo, d, h, mi, s] = wallParts(utcMs, zone) as [number, number, number, number, number, number];
  return Date.UTC(y, mo - 1, d, h, mi, s) - Math.floor(utcMs / 1000) * 1000;
}

/** A wall time with a known zone or offset, shown as wall time in `toZone`. */
export function convertTime(fields: number[], zone: number | string | null, toZone: string, seconds: boolean): string {
  const [y, mo, d, h, mi, s] = fields as [number, number, number, number, number, number];
  if (zone === null) return `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}${seconds ? `:${pad(s)}` : ""}`;
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  let utc: number;
  if (typeof zone === "number") utc = wall - zone * 60000;
  else {
    const guess = wall - offsetMs(zone, wall);
    utc = wall - offsetMs(zone, guess);
  }
  const [Y, MO, D, H, MI, S] = wallParts(utc, toZone) as [number, number, number, number, number, number];
  return `${pad(Y, 4)}-${pad(MO)}-${pad(D)}T${pad(H)}:${pad(MI)}${seconds ? `:${pad(S)}` : ""}`;
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|[A-Za-z]{1,5})?)?)?)?$/;

/** An ISO-like value ("2022-03-01", "2022-03-01T12:00:00Z", "2022-03", "2022"). */
export function parseIso(text: string, timeZone: string): FoundDate | null {
  const m = ISO.exec(text.trim());
  if (!m) return null;
  const y = Number(m[1]);
  if (!m[2]) return { date: m[1]!, precision: "year", kind: "plain" };
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return null;
  if (!m[3]) return { date: `${m[1]}-${m[2]}`, precision: "month", kind: "plain" };
  const d = Number(m[3]);
  if (!validDay(y, mo, d)) return null;
  if (!m[4]) return { date: `${m[1]}-${m[2]}-${m[3]}`, precision: "day", kind: "plain" };
  const h = Number(m[4]), mi = Number(m[5]), s = m[6] ? Number(m[6]) : 0;
  if (h > 23 || mi > 59 || s > 59) return null;
  let zone: number | string | null = null;
  const z = m[7];
  if (z) {
    const zm = /^([+-])(\d{2}):?(\d{2})$/.exec(z);
    if (zm) zone = (zm[1] === "-" ? -1 : 1) * (Number(zm[2]) * 60 + Number(zm[3]));
    else if (z.toLowerCase() in ZONES) zone = ZONES[z.toLowerCase()]!;
    else return null;
  }
  return { ...printed([y, mo, d, h, mi, s], zone, m[6] !== undefined), precision: "time", kind: "plain" };
}

/**
 * A line that is only a date: "Published March 3, 2022", "Updated 5:23 PM EST, Tue March 1, 2022",
 * "Mar 1, 2022 2:14 PM ET", "Mon 3 Mar 2025 14.07 GMT", "2025-02-25 12:11:38". Needs day, month and year.
 */
export function parseDateLine(text: string, timeZone: string, dayFirst = false): FoundDate | null {
  if (text.length > 120) return null;
  let t = text.trim();
  const pm = PREFIX.exec(t);
  const kind: FoundDate["kind"] = pm ? (UPDATED.test(pm[0]) ? "updated" : "published") : "plain";
  if (pm) t = t.slice(pm[0].length);
  // Cheap gate: a date line's first word is a number, a month, a weekday or a separator.
  const first = t.split(/[\s,]/, 1)[0]!.toLowerCase().replace(/\.$/, "");
  if (!/^[\d|·/–—-]/.test(first) && !(first in MONTHS) && !WEEKDAYS.has(first) && !FILLER.has(first)) return null;
  const iso = parseIso(t, timeZone);
  if (iso) return iso.precision === "year" ? null : { ...iso, kind };
  let y = 0, mo = 0, d = 0, h = -1, mi = 0, s = -1;
  let zone: number | string | null = null;
  let ambiguous: string | undefined;
  const tokens = t.replace(/,/g, " ").split(/\s+/);
  for (let i = 0; i < tokens.length; i++) {
    const raw = tokens[i]!;
    const tok = raw.toLowerCase().replace(/\.$/, "");
    if (FILLER.has(tok) || WEEKDAYS.has(tok)) continue;
    if (tok in MONTHS && !mo) { mo = MONTHS[tok]!; continue; }
    let m: RegExpExecArray | null;
    if ((m = /^(\d{1,2})(?:st|nd|rd|th|er|º|°|o|ª)?$/.exec(tok)) && !d && Number(m[1]) <= 31) { d = Number(m[1]); continue; }
    if (/^\d{4}$/.test(tok) && !y) { y = Number(tok); continue; }
    if ((m = /^(\d{1,4})([/.-])(\d{1,2})\2(\d{2}|\d{4})$/.exec(tok)) && !y && !mo && !d) {
      const numeric = numericDate(m, dayFirst);
      if (!numeric) return null;
      [y, mo, d] = numeric.ymd;
      ambiguous = numeric.ambiguous;
      continue;
    }
    if ((m = /^(\d{1,2})[:.h](\d{2})(?::(\d{2}))?(am|pm|a\.m|p\.m)?$/.exec(tok)) && h < 0) {
      h = Number(m[1]); mi = Number(m[2]); s = m[3] ? Number(m[3]) : -1;
      let ap = m[4];
      const nxt = tokens[i + 1]?.toLowerCase().replace(/\.$/, "");
      if (!ap && (nxt === "am" || nxt === "pm" || nxt === "a.m" || nxt === "p.m")) { ap = nxt; i++; }
      if (ap) {
        if (h < 1 || h > 12) return null;
        if (ap.startsWith("p") && h < 12) h += 12;
        if (ap.startsWith("a") && h === 12) h = 0;
      }
      continue;
    }
    if (tok in ZONES && h >= 0 && zone === null) { zone = ZONES[tok]!; continue; }
    const om = /^(?:gmt|utc)?([+-])(\d{1,2}):?(\d{2})?$/.exec(tok);
    if (om && h >= 0 && zone === null) { zone = (om[1] === "-" ? -1 : 1) * (Number(om[2]) * 60 + Number(om[3] ?? 0)); continue; }
    return null; // a word that is not part of a date: not a date line
  }
  if (!y || !mo || !d || !validDay(y, mo, d)) return null;
  const flag = ambiguous ? { ambiguous } : {};
  if (h < 0) return { date: `${pad(y, 4)}-${pad(mo)}-${pad(d)}`, precision: "day", kind, ...flag };
  if (h > 23 || mi > 59) return null;
  return { ...printed([y, mo, d, h, mi, s < 0 ? 0 : s], zone, s >= 0), precision: "time", kind, ...flag };
}

/**
 * "11/18/2019", "18.11.2019", "2019/11/18", "03/04/24": year, month, day. Dots are day-first (the
 * European form); slashes and dashes follow `dayFirst` unless a part over 12 settles it, and a date
 * both orders could mean is flagged, not presented as fact.
 */
function numericDate(m: RegExpExecArray, dayFirst: boolean): { ymd: [number, number, number]; ambiguous?: string } | null {
  const [a, sep, b, c] = [Number(m[1]), m[2]!, Number(m[3]), m[4]!];
  if (m[1]!.length === 4) return { ymd: [a, b, Number(c)] };
  const year = c.length === 4 ? Number(c) : Number(c) + (Number(c) < 70 ? 2000 : 1900);
  if (sep === ".") return { ymd: [year, b, a] };
  if (a > 12 && b <= 12) return { ymd: [year, b, a] };
  if (b > 12 && a <= 12) return { ymd: [year, a, b] };
  if (a > 12 || b > 12) return null;
  const ymd: [number, number, number] = dayFirst ? [year, b, a] : [year, a, b];
  return a === b ? { ymd } : { ymd, ambiguous: `"${m[0]}" reads as ${MONTH_NAMES[ymd[1]]} ${ymd[2]} (${dayFirst ? "day" : "month"} first, as configured) or ${MONTH_NAMES[dayFirst ? a : b]} ${dayFirst ? b : a}` };
}

const MONTH_NAMES = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** The printed wall time, and the printed zone as an offset ("+05:30"): never moved to another day. */
function printed(fields: number[], zone: number | string | null, seconds: boolean): { date: string; offset?: string } {
  const date = convertTime(fields, null, "UTC", seconds);
  if (zone === null) return { date };
  const [y, mo, d, h, mi, s] = fields as [number, number, number, number, number, number];
  const minutes = typeof zone === "number" ? zone : Math.round(offsetMs(zone, Date.UTC(y, mo - 1, d, h, mi, s) - offsetMs(zone, Date.UTC(y, mo - 1, d, h, mi, s))) / 60000);
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return { date, offset: `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}` };
}
