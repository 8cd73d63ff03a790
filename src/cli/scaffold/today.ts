// Today's date and the current wall time in a time zone, for new articles' front matter.
import { zoneFormatter } from "../../model/index.ts";

/** The wall-clock date and time of `now` in `timeZone`: "2026-11-29T21:05". */
export function nowIn(timeZone: string, now = new Date()): string {
  const parts = Object.fromEntries(zoneFormatter(timeZone).formatToParts(now).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The date of `now` in `timeZone`: "2026-11-29". */
export function todayIn(timeZone: string, now = new Date()): string {
  return nowIn(timeZone, now).slice(0, 10);
}
