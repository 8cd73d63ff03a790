import type { Article } from "../model/index.ts";

/** The calendar parts of a record's date string; no `Date` object involved, so nothing can shift a day. */
export interface DateParts {
  year: string;
  month: string | null;
  day: string | null;
}

// Module cache (pure): a date string's parts are a pure function of the string.
const parts = new Map<string, Readonly<DateParts> | null>();

/** Kept per date string (every rebuild asks for every article's parts), so callers must not change the result. */
export function dateParts(date: string | null): Readonly<DateParts> | null {
  if (!date) return null;
  let p = parts.get(date);
  if (p === undefined) {
    const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date);
    p = m ? Object.freeze({ year: m[1]!, month: m[2] ?? null, day: m[3] ?? null }) : null;
    if (parts.size >= 100_000) parts.clear(); // dates repeat; the cache must not grow forever
    parts.set(date, p);
  }
  return p;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** The English name of a month given as "02" or 2; a number outside 1–12 comes back as written. */
export function monthName(month: string | number): string {
  return MONTHS[Number(month) - 1] ?? String(month);
}

/** "25 February 2025", "February 2025", "2025", with the time when known ("25 February 2025, 12:11"). */
export function formatDate(date: string | null): string {
  const p = dateParts(date);
  if (!p) return "Undated";
  const time = date && /T(\d{2}:\d{2})/.exec(date)?.[1];
  if (p.day && p.month) return `${Number(p.day)} ${monthName(p.month)} ${p.year}${time ? `, ${time}` : ""}`;
  if (p.month) return `${monthName(p.month)} ${p.year}`;
  return p.year;
}

/** Sort key: dated articles in time order (coarser dates first within their period), then by origin for stability. */
export function compareArticles(a: Article, b: Article): number {
  const da = a.date ?? "";
  const db = b.date ?? "";
  if (da !== db) return da < db ? -1 : 1;
  if (a.origin.file !== b.origin.file) return a.origin.file < b.origin.file ? -1 : 1;
  return a.origin.startLine - b.origin.startLine;
}
