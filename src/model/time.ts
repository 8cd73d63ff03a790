// The one Intl formatter per time zone that turns an instant into wall-clock parts (ingest's
// header dates, render's feed and JSON-LD instants).

// Module cache (pure): the formatter of a time zone is a pure function of its name, and making one is slow.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** A formatter giving the wall-clock year, month, day, hour (0–23), minute and second in `timeZone`. */
export function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });
    formatters.set(timeZone, f);
  }
  return f;
}
