// Wall-clock record dates ("2025-02-25T12:11") are local to `config.timeZone`; feeds and JSON-LD
// need instants with offsets. Intl is the only tz database we rely on, so no extra package.
import { zoneFormatter, type Article } from "../model/index.ts";

const UTC_ZONES = new Set(["UTC", "Etc/UTC", "GMT", "Etc/GMT"]);
// Zone offsets change only on quarter-hour instants, so one lookup serves a whole quarter hour;
// Intl's formatToParts is slow enough to show in a build's profile when every feed item asks.
const QUARTER_HOUR = 15 * 60_000;
// Module cache (pure): a zone's offset in a quarter hour is a pure function of the zone and the quarter.
const offsets = new Map<string, number>();

/** Minutes the zone is ahead of UTC at the instant `ms`. */
export function offsetMinutes(ms: number, timeZone: string): number {
  if (UTC_ZONES.has(timeZone)) return 0;
  const key = `${timeZone} ${Math.floor(ms / QUARTER_HOUR)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    if (offsets.size > 100_000) offsets.clear();
    offsets.set(key, (offset = zoneOffset(ms, timeZone)));
  }
  return offset;
}

function zoneOffset(ms: number, timeZone: string): number {
  const parts = Object.fromEntries(zoneFormatter(timeZone).formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60000);
}

/**
 * The instant a wall-clock `YYYY-MM-DD[THH:mm[:ss]]` names in `timeZone` (a date alone is its
 * midnight). Two passes settle DST edges: a time in a spring-forward gap moves forward by the gap.
 */
export function wallClockToInstant(wall: string, timeZone: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(wall);
  if (!m) throw new RangeError(`not a day or time: ${wall}`);
  const [, y, mo, d, h = "0", mi = "0", s = "0"] = m;
  const local = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  let utc = local - offsetMinutes(local, timeZone) * 60000;
  utc = local - offsetMinutes(utc, timeZone) * 60000;
  return new Date(utc);
}

/**
 * The instant a record's date names: with the offset it was printed with when it has one (a saved
 * page's metadata), otherwise its wall clock in `timeZone`.
 */
export function recordInstant(a: Pick<Article, "dateOffset"> & { date: string }, timeZone: string): Date {
  if (a.dateOffset && a.date.length > 10) return new Date(`${a.date}${a.date.length === 16 ? ":00" : ""}${a.dateOffset}`);
  return wallClockToInstant(a.date, timeZone);
}

/** `+01:00`, `-05:30`, `Z` for UTC. */
function offsetText(minutes: number): string {
  if (minutes === 0) return "Z";
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? "-" : "+"}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/** RFC 3339 with the site zone's offset at that instant ("2025-02-25T12:11:00+01:00"). */
export function rfc3339(wall: string, timeZone: string): string {
  const instant = wallClockToInstant(wall, timeZone);
  const offset = offsetMinutes(instant.getTime(), timeZone);
  const local = new Date(instant.getTime() + offset * 60000).toISOString().slice(0, 19);
  return `${local}${offsetText(offset)}`;
}

/**
 * Whether an article's date is a fact precise enough to publish as a timestamp: from front matter
 * or a header line (never our inference), and at least a day (a month or year would invent a day).
 */
export function hasPublishedDate(a: Pick<Article, "date" | "dateSource">): a is Article & { date: string } {
  return a.date !== null && a.dateSource !== null && a.dateSource !== "inferred" && a.date.length >= 10;
}
