// Dates inferred from a story's own words, conservatively. Evidence that pins a range of days:
// "Day 6 of the invasion", "the third anniversary of the invasion" (an unnumbered "anniversary" only
// when a weekday next to it settles the year), "two weeks into the war". Every piece gives an interval;
// the intersection must be non-empty, and the precision is the finest unit that contains all of it.
// Anything else found (weekdays, dates of past events) is reported, never used on its own.
import type { AnchorEvent, DatePrecision, SiteConfig } from "../model/index.ts";

/** A date inferred from a story's own words: the date (at the finest precision all the evidence agrees on) and the quoted evidence. */
export interface Inferred {
  date: string;
  precision: DatePrecision;
  evidence: string;
}

const DAY = 86400000;
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const ORD: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };
const NUM: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

const MONTH_NUM: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const dayNum = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY;
const isoOf = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);
const addMonths = (n: number, months: number) => {
  const d = new Date(n * DAY);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate()) / DAY;
};
const count = (w: string): number | null => (/^\d+$/.test(w) ? Number(w) : (NUM[w.toLowerCase()] ?? ORD[w.toLowerCase()] ?? (/^(\d+)(st|nd|rd|th)$/.exec(w) ? Number(w.slice(0, -2)) : null)));

/** The anchor a phrase names, and where the phrase ends (so the quoted evidence stops there). */
function anchorAt(words: string, anchors: readonly AnchorEvent[]): { a: AnchorEvent; end: number } | null {
  const w = words.toLowerCase().replace(/’/g, "'");
  for (const a of anchors)
    for (const p of a.phrases) {
      const i = w.indexOf(p.toLowerCase().replace(/’/g, "'"));
      if (i >= 0) return { a, end: i + p.length };
    }
  return null;
}

interface Piece { lo: number; hi: number; quote: string }

/** A date from a story's anchored phrases ("Day 6 of the invasion"), or null when the evidence is missing or conflicts; `notes` lists what was seen but not used. */
export function inferDate(body: readonly string[], config: SiteConfig): { inferred: Inferred | null; notes: string[] } {
  // Bounded: inference reads at most 60,000 characters of a story.
  const text = body.join("\n").slice(0, 60000).replace(/[\u00A0\t\n\r\v\f\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF\u1680][\u00A0\s]*|\s{2,}/g, " ");
  const pieces: Piece[] = [];
  const notes: string[] = [];
  const anchors = config.anchors;
  const weekdayCount = new Map<number, number>();
  for (const m of text.matchAll(/\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g)) {
    const wd = WEEKDAYS.indexOf(m[1]!);
    weekdayCount.set(wd, (weekdayCount.get(wd) ?? 0) + 1);
  }
  const topWeekday = [...weekdayCount.entries()].sort((a, b) => b[1] - a[1])[0];
  if (anchors.length) {
    for (const m of text.matchAll(/\b[Dd]ay (\d{1,4}) of ([^.;]{0,60})/g)) {
      const hit = anchorAt(m[2]!, anchors);
      if (hit) { const d = dayNum(hit.a.date) + Number(m[1]) - 1; pieces.push({ lo: d, hi: d, quote: m[0].slice(0, m[0].length - m[2]!.length + hit.end) }); }
    }
    if (text.includes("nniversary")) for (const m of text.matchAll(/\b(?:(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)) )?anniversary of ([^.;]{0,60})/gi)) {
      const hit = anchorAt(m[2]!, anchors);
      if (!hit) continue;
      const a = hit.a;
      const phrase = m[0].slice(0, m[0].length - m[2]!.length + hit.end);
      let years = m[1] ? count(m[1]) : null;
      // "on Friday, the anniversary of …": the weekday settles the year when only one year fits.
      const before = text.slice(Math.max(0, (m.index ?? 0) - 40), m.index ?? 0);
      const wm = /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b[^.]*$/.exec(before);
      const base = dayNum(a.date);
      if (years === null && wm) {
        const fits = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].filter((y) => new Date(addMonths(base, 12 * y) * DAY).getUTCDay() === WEEKDAYS.indexOf(wm[1]!));
        if (fits.length === 1) years = fits[0]!;
      }
      if (years === null) { notes.push(`"${m[0].slice(0, 60)}" (which anniversary is not said)`); continue; }
      const event = addMonths(base, 12 * years);
      // The story is dated on the anniversary, or on the day of the week it mostly speaks of within the week after.
      let d = event;
      if (topWeekday && new Date(event * DAY).getUTCDay() !== topWeekday[0]) {
        d = event + ((topWeekday[0] - new Date(event * DAY).getUTCDay() + 7) % 7);
      }
      pieces.push({ lo: d, hi: d, quote: `${wm ? wm[0].split(/[,\s]/)[0] + ", " : ""}${phrase}${d !== event ? `; ${WEEKDAYS[topWeekday![0]]}` : ""}` });
    }
    const units = "(day|week|month|year)s?";
    for (const m of text.matchAll(new RegExp(`\\b(\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) ${units} (?:into|after|since) ([^.;]{0,60})`, "gi"))) {
      const hit = anchorAt(m[3]!, anchors);
      const a = hit?.a;
      const n = count(m[1]!);
      if (!a || n === null) continue;
      const base = dayNum(a.date);
      const unit = m[2]!.toLowerCase();
      const [lo, hi] = unit === "day" ? [base + n, base + n] : unit === "week" ? [base + 7 * n, base + 7 * n + 6] : unit === "month" ? [addMonths(base, n), addMonths(base, n + 1) - 1] : [addMonths(base, 12 * n), addMonths(base, 12 * n + 12) - 1];
      pieces.push({ lo, hi, quote: m[0].slice(0, m[0].length - m[3]!.length + hit!.end) });
    }
  }
  // "on Monday, March 7" / "Monday, 7 March 2022": a weekday with its date names a day the story speaks of;
  // the story is dated within the week after it. The weekday must agree with the year (given, or the one
  // year after an anchor that fits); a pair that fits no year or several is only reported.
  const MON = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  const pair = new RegExp(`\\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday),? (?:${MON} (\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)? ${MON})(?:,? (\\d{4}))?\\b`, "g");
  if (weekdayCount.size) for (const m of text.matchAll(pair)) {
    const wd = WEEKDAYS.indexOf(m[1]!);
    const month = MONTH_NUM[(m[2] ?? m[5])!.slice(0, 3).toLowerCase()]!;
    const day = Number(m[3] ?? m[4]);
    if (day < 1 || day > 31) continue;
    const fits = (y: number) => { const n = Date.UTC(y, month - 1, day) / DAY; return new Date(n * DAY).getUTCMonth() === month - 1 && new Date(n * DAY).getUTCDay() === wd ? n : null; };
    let d: number | null = null;
    if (m[6]) d = fits(Number(m[6]));
    else {
      const years = [...new Set(anchors.flatMap((a) => { const y0 = Number(a.date.slice(0, 4)); return Array.from({ length: 11 }, (_, k) => y0 + k); }))];
      const hits = years.map(fits).filter((n): n is number => n !== null && anchors.some((a) => n >= dayNum(a.date)));
      if (hits.length === 1) d = hits[0]!;
    }
    if (d === null) { notes.push(`"${m[0]}" (the weekday fits no single year)`); continue; }
    pieces.push({ lo: d, hi: d + 7, quote: m[0] });
  }
  for (const m of text.matchAll(/\b(?:January|February|March|April|May|June|July|August|September|October|November|December) (?:\d{1,2}, )?\d{4}\b/g)) notes.push(`"${m[0]}" (a date the story mentions, not when it was written)`);
  if (pieces.length === 0) {
    if (topWeekday) notes.push(`weekday "${WEEKDAYS[topWeekday[0]]}" (nothing to count it from)`);
    return { inferred: null, notes };
  }
  let lo = -Infinity, hi = Infinity;
  for (const p of pieces) { lo = Math.max(lo, p.lo); hi = Math.min(hi, p.hi); }
  const quotes = [...new Set(pieces.map((p) => p.quote))].join("; ");
  if (lo > hi) return { inferred: null, notes: [`conflicting evidence: ${quotes}`, ...notes] };
  const a = isoOf(lo), b = isoOf(hi);
  if (a === b) return { inferred: { date: a, precision: "day", evidence: quotes }, notes };
  if (a.slice(0, 7) === b.slice(0, 7)) return { inferred: { date: a.slice(0, 7), precision: "month", evidence: quotes }, notes };
  if (a.slice(0, 4) === b.slice(0, 4)) return { inferred: { date: a.slice(0, 4), precision: "year", evidence: quotes }, notes };
  return { inferred: null, notes: [`evidence spans ${a} to ${b}: ${quotes}`, ...notes] };
}
