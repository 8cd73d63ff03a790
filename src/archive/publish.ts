// Which records are published: as in Hugo, a `draft: true` article waits for `drafts` (the
// `--drafts` flag; `dev` always shows drafts, marked), and an article whose front-matter date is after
// the day of the build waits for that day unless `buildFuture` is set. Header and inferred dates are
// never held back: a future date there is a typo more often than a schedule, and `archiveWarnings`
// reports it.
import type { Diagnostic, ParsedArticle, SiteConfig } from "../model/index.ts";

/** The day of the build in `timeZone` (`YYYY-MM-DD`); `checks.ts` has the same, but importing it would make a circle. */
function buildDay(timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

/** Why a record is held back, or null when it is published. */
export function heldBack(a: ParsedArticle, config: Pick<SiteConfig, "drafts" | "buildFuture">, today: string): "draft" | "scheduled" | null {
  if (a.draft && !config.drafts) return "draft";
  if (!config.buildFuture && a.dateSource === "front-matter" && a.date !== null && a.date.slice(0, 10) > today) return "scheduled";
  return null;
}

/** The records the site is built from. Returns the same array when nothing is held back. */
export function publishedOnly(parsed: readonly ParsedArticle[], config: SiteConfig, today = buildDay(config.timeZone)): readonly ParsedArticle[] {
  const kept = parsed.filter((a) => heldBack(a, config, today) === null);
  return kept.length === parsed.length ? parsed : kept;
}

/** A note per scheduled article, so a future date left in by mistake is not a silent disappearance. */
export function scheduledWarnings(parsed: readonly ParsedArticle[], config: SiteConfig, today: string): Diagnostic[] {
  return parsed
    .filter((a) => heldBack(a, config, today) === "scheduled")
    .map((a) => ({ file: a.origin.file, line: a.origin.startLine, kind: "scheduled", message: `the front matter's date (${a.date}) is after the day of the build (${today}), so the article is held back until then — set "buildFuture": true in the configuration to publish it now, or fix the date` }));
}
