import type { Article } from "../model/index.ts";
import { dateParts } from "./dates.ts";

/** The day-precise articles of one day, oldest first, and the day page's URL (`/YYYY/MM/DD/`); parts are as written in the dates ("02"). */
export interface DayGroup { year: string; month: string; day: string; url: string; articles: Article[] }
/** One month's page: every article filed in the month and the days that have day-precise ones. */
export interface MonthGroup {
  year: string;
  month: string;
  url: string;
  /** Articles filed in the month, day-precise or not, oldest first. */
  articles: Article[];
  days: DayGroup[];
}
/** One year's page (`/YYYY/`): every article dated in the year at any precision, and its months, oldest first. */
export interface YearGroup { year: string; url: string; articles: Article[]; months: MonthGroup[] }

/** Groups dated articles (already sorted oldest first) into years, months and days, each list oldest first. */
export function buildCalendar(dated: readonly Article[]): YearGroup[] {
  const years = new Map<string, YearGroup>();
  for (const a of dated) {
    const p = dateParts(a.date);
    if (!p) continue;
    let y = years.get(p.year);
    if (!y) years.set(p.year, (y = { year: p.year, url: `/${p.year}/`, articles: [], months: [] }));
    y.articles.push(a);
    if (!p.month) continue;
    let m = y.months.find((x) => x.month === p.month);
    if (!m) y.months.push((m = { year: p.year, month: p.month, url: `/${p.year}/${p.month}/`, articles: [], days: [] }));
    m.articles.push(a);
    if (!p.day) continue;
    let d = m.days.find((x) => x.day === p.day);
    if (!d) m.days.push((d = { year: p.year, month: p.month, day: p.day, url: `/${p.year}/${p.month}/${p.day}/`, articles: [] }));
    d.articles.push(a);
  }
  const out = [...years.values()].sort((a, b) => (a.year < b.year ? -1 : 1));
  for (const y of out) {
    y.months.sort((a, b) => (a.month < b.month ? -1 : 1));
    for (const m of y.months) m.days.sort((a, b) => (a.day < b.day ? -1 : 1));
  }
  return out;
}
