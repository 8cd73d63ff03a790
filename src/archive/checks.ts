// Whole-archive checks that no single file can make: two articles wanting one URL, and dates outside
// the span an archive of news can hold. Each becomes a warning on the article's file and line.
import { slugify, type Diagnostic, type ParsedArticle } from "../model/index.ts";
import type { Archive } from "./archive.ts";
import { scheduledWarnings } from "./publish.ts";

/** Oldest year we take as a real publication date without a warning. */
export const OLDEST_YEAR = 1800;

/** `today` is the build's day in the site's time zone (`YYYY-MM-DD`); dates after it are reported. */
export function archiveWarnings(parsed: readonly ParsedArticle[], archive: Archive, today: string): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  const wanted = new Map(parsed.map((p) => [p.id, p.slug]));
  const bySlug = new Map(archive.articles.map((a) => [a.slug, a]));
  for (const a of archive.articles) {
    const where = { file: a.origin.file, line: a.origin.startLine };
    let base = slugify(wanted.get(a.id) ?? a.slug);
    if (/^\d+$/.test(base)) base = `n${base}`;
    const holder = bySlug.get(base);
    if (a.slug !== base && holder && holder.id !== a.id) {
      warnings.push({ ...where, kind: "duplicate-slug", message: `slug "${base}" is already taken by ${holder.origin.file}:${holder.origin.startLine}, so this article is published at ${a.url} — if it is the same story, delete one copy; if not, give it its own "slug:" or headline` });
    }
    if (a.date === null) continue;
    const from = a.dateSource === "front-matter" ? `the front matter's date` : a.dateSource === "inferred" ? `the date inferred from "${a.dateEvidence ?? ""}"` : a.dateSource === "metadata" ? `the page's metadata date (${a.dateEvidence ?? a.date})` : `the date line "${a.dateEvidence ?? a.date}"`;
    if (Number(a.date.slice(0, 4)) < OLDEST_YEAR) {
      warnings.push({ ...where, kind: "date-range", message: `${from} (${a.date}) is before ${OLDEST_YEAR}; it was kept — check it is not a typo` });
    } else if (a.date.slice(0, 10) > today) {
      warnings.push({ ...where, kind: "date-range", message: `${from} (${a.date}) is after the day of the build (${today}); it was kept — check it is not a typo` });
    }
  }
  return [...warnings, ...scheduledWarnings(parsed, archive.config, today)];
}

/** The current day in `timeZone`, as `YYYY-MM-DD`. */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
