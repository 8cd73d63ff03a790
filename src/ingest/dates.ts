// Dates that are facts: front matter, header and "Published/Updated" lines. Parsed by a strict token
// scanner (a line is a date line only if every word is part of the date), kept as wall-clock strings,
// and converted to the site's time zone only when the text names an offset or zone. A date-only value
// never passes through `Date`, so it cannot shift a day.
import { zoneFormatter, type DatePrecision } from "../model/index.ts";

export interface FoundDate {
  date: string;
  precision: DatePrecision;
  /** published | updated | plain — a "Published" line wins over an "Updated" one. */
  kind: "published" | "updated" | "plain";
  /** The line the date was read from, quoted as the record's `dateEvidence`. */
  text?: string;
}

export const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6, jul: 7, july: 7,
  aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
const WEEKDAYS = new Set(["mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday"]);
/** Zone abbreviations: a fixed offset in minutes, or an IANA zone when the abbreviation follows daylight time. */
const ZONES: Record<string, number | string> = {
  z: 0, utc: 0, gmt: 0, bst: 60, cet: 60, cest: 120, eet: 120, eest: 180, msk: 180, ist: 330, jst: 540, aest: 600, aedt: 660,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420, ast: -240, adt: -180, nst: -210,
  et: "America/New_York", ct: "America/Chicago", mt: "America/Denver", pt: "America/Los_Angeles",
};
const FILLER = new Set(["at", "on", "|", "·", "-", "–", "—", "", "/"]);
const PREFIX = /^(?:first published|originally published|published|last updated|last modified|updated|modified|posted|date|dated|filed)(?: on| at)?\s*:?\s*/i;

const DATE_START = /^(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|at\b|on\b|[|·/–—-])/i;

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
  return { date: convertTime([y, mo, d, h, mi, s], zone, timeZone, m[6] !== undefined), precision: "time", kind: "plain" };
}

/**
 * A line that is only a date: "Published March 3, 2022", "Updated 5:23 PM EST, Tue March 1, 2022",
 * "Mar 1, 2022 2:14 PM ET", "Mon 3 Mar 2025 14.07 GMT", "2025-02-25 12:11:38". Needs day, month and year.
 */
export function parseDateLine(text: string, timeZone: string): FoundDate | null {
  if (text.length > 120) return null;
  let t = text.trim();
  const pm = PREFIX.exec(t);
  const kind: FoundDate["kind"] = pm ? (/updat|modif/i.test(pm[0]) ? "updated" : "published") : "plain";
  if (pm) t = t.slice(pm[0].length);
  // Cheap gate: a date line's first word is a number, a month, a weekday or a separator.
  if (!DATE_START.test(t)) return null;
  const iso = parseIso(t, timeZone);
  if (iso) return iso.precision === "year" ? null : { ...iso, kind };
  let y = 0, mo = 0, d = 0, h = -1, mi = 0, s = -1;
  let zone: number | string | null = null;
  const tokens = t.replace(/,/g, " ").split(/\s+/);
  for (let i = 0; i < tokens.length; i++) {
    const raw = tokens[i]!;
    const tok = raw.toLowerCase().replace(/\.$/, "");
    if (FILLER.has(tok) || WEEKDAYS.has(tok)) continue;
    if (tok in MONTHS && !mo) { mo = MONTHS[tok]!; continue; }
    let m: RegExpExecArray | null;
    if ((m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(tok)) && !d && Number(m[1]) <= 31) { d = Number(m[1]); continue; }
    if (/^\d{4}$/.test(tok) && !y) { y = Number(tok); continue; }
    if ((m = /^(\d{1,2})[:.](\d{2})(?::(\d{2}))?(am|pm|a\.m|p\.m)?$/.exec(tok)) && h < 0) {
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
  if (h < 0) return { date: `${pad(y, 4)}-${pad(mo)}-${pad(d)}`, precision: "day", kind };
  if (h > 23 || mi > 59) return null;
  return { date: convertTime([y, mo, d, h, mi, s < 0 ? 0 : s], zone, timeZone, s >= 0), precision: "time", kind };
}
