// Dates from page metadata ("2025-02-24T23:30:00-05:00"): the wall clock is kept as printed and the
// offset beside it, so converting to another zone can never move a story to the next or previous day.
import type { DatePrecision } from "../../model/index.ts";
import { parseDateLine } from "../dates.ts";

/** A date read from metadata. */
export interface PrintedDate {
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm[:ss]`, the wall clock as printed. */
  date: string;
  precision: DatePrecision;
  /** `Z` or `±HH:MM` when the value had one. */
  offset: string | null;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** Reads an ISO 8601 date or date-time as printed; other shapes go through the text parser (no zone). */
export function printedDate(value: string, timeZone: string): PrintedDate | null {
  const t = value.trim();
  const m = ISO.exec(t);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return null;
    const day = `${m[1]}-${m[2]}-${m[3]}`;
    if (m[4] === undefined) return { date: day, precision: "day", offset: null };
    if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59) return null;
    const clock = `${m[4]}:${m[5]}${m[6] && m[6] !== "00" ? `:${m[6]}` : ""}`;
    return { date: `${day}T${clock}`, precision: "time", offset: offsetOf(m[7]) };
  }
  const line = parseDateLine(t, timeZone);
  return line && line.precision !== "year" ? { date: line.date, precision: line.precision, offset: null } : null;
}

function offsetOf(z: string | undefined): string | null {
  if (!z) return null;
  if (z.toUpperCase() === "Z") return "Z";
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(z)!;
  const hm = `${m[2]}:${m[3] ?? "00"}`;
  return hm === "00:00" ? "Z" : `${m[1]}${hm}`;
}
