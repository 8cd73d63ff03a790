export { buildArchive, newArchiveMemo, type Archive, type ArchiveMemo } from "./archive.ts";
export { assignUrls, articleFolder } from "./urls.ts";
export { formatDate, monthName, dateParts } from "./dates.ts";
export { resolveAuthors, type Author, type AuthorIndex, type AuthorCredit } from "./authors.ts";
export type { YearGroup, MonthGroup, DayGroup } from "./calendar.ts";
export { groupBy, placeName, onThisDay, type Group } from "./groups.ts";
export * from "./entities/index.ts";
export { relatedArticles, type Related } from "./related/related.ts";
export { archiveWarnings, todayIn, OLDEST_YEAR } from "./checks.ts";
