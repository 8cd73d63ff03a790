/** One cell of a month calendar: a day, its day-archive URL when it has articles, and how many. */
export interface CalendarDay {
  day: number;
  /** Site-relative URL of the day archive, or null when nothing was filed that day. */
  url: string | null;
  count: number;
}

/** Weeks × 7 cells, Monday first; `null` pads the days before the 1st and after the last. */
export type MonthCalendar = Array<Array<CalendarDay | null>>;

/**
 * The calendar grid of a month for `month.eta`, from the archive's days ("05" → url, count).
 * Pure and calendar-only: weekdays come from `Date.UTC`, so no time zone can shift a day.
 */
export function monthCalendar(year: string, month: string, days: ReadonlyArray<{ day: string; url: string; count: number }>): MonthCalendar {
  const y = Number(year);
  const m = Number(month);
  if (!Number.isInteger(y) || !Number.isInteger(m) || m < 1 || m > 12) throw new RangeError(`not a month: ${year}-${month}`);
  const length = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const lead = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7; // Monday = 0
  const byDay = new Map(days.map((d) => [Number(d.day), d]));
  const cells: Array<CalendarDay | null> = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= length; day++) {
    const d = byDay.get(day);
    cells.push({ day, url: d && d.count > 0 ? d.url : null, count: d?.count ?? 0 });
  }
  while (cells.length % 7) cells.push(null);
  const weeks: MonthCalendar = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

