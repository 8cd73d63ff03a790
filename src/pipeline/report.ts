import { archiveWarnings, heldBack, todayIn, type Archive } from "../archive/index.ts";
import type { Diagnostic } from "../model/index.ts";
import type { BuildReport, Ingested } from "./types.ts";

/** The report of a finished build: what was written, every warning and error, what was removed or derived. */
export function buildReport(ingested: Ingested, archive: Archive, files: { written: number; unchanged: number }, timings: Record<string, number>, later: readonly Diagnostic[] = []): BuildReport {
  // Duplicate URLs and implausible dates: across files, so after the archive is built; `later`: steps after it (images).
  const today = todayIn(archive.config.timeZone);
  const warnings = [...ingested.warnings, ...archiveWarnings(ingested.articles, archive, today), ...later];
  return {
    articles: archive.articles.length,
    files: files.written + files.unchanged,
    written: files.written,
    unchanged: files.unchanged,
    warnings,
    warningsByKind: tallyByKind(warnings),
    errors: ingested.errors,
    removed: ingested.files.flatMap((f) => f.removed),
    drafts: ingested.articles.filter((a) => heldBack(a, archive.config, today) === "draft").map((a) => ({ file: a.origin.file, line: a.origin.startLine, headline: a.headline })),
    undated: archive.undated.map((a) => ({ file: a.origin.file, line: a.origin.startLine, headline: a.headline })),
    derived: archive.articles.flatMap((a) => [
      ...(a.headlineSource === "derived" ? [{ file: a.origin.file, line: a.origin.startLine, field: "headline", value: a.headline, evidence: null }] : []),
      ...(a.dateSource === "inferred" ? [{ file: a.origin.file, line: a.origin.startLine, field: "date", value: a.date, evidence: a.dateEvidence }] : []),
    ]),
    timings,
  };
}

/** Diagnostics counted per kind ("other" when one has none), sorted by kind so the report is deterministic. */
export function tallyByKind(diagnostics: readonly Diagnostic[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of diagnostics.map((d) => d.kind ?? "other").sort()) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}
