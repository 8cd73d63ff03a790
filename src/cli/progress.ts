// What a build shows while it runs and when it is done.
import path from "node:path";
import { formatDiagnostic } from "../model/index.ts";
import type { BuildReport } from "../pipeline/types.ts";

/**
 * A live progress line on a terminal (stage, count, estimate), redrawn at most every 100 ms; nothing
 * when stderr is not a terminal (CI logs get one line per finished stage instead).
 */
export function progressLine(): { update: (stage: string, done: number, total: number | null) => void; clear: () => void } | undefined {
  if (!process.stderr.isTTY) return undefined;
  let shown = false;
  let last = 0;
  let stage = "";
  let started = 0;
  return {
    update(s, done, total) {
      const now = performance.now();
      if (s !== stage) (stage = s), (started = now);
      if (now - last < 100) return;
      last = now;
      const rate = done / Math.max(1, now - started);
      const left = total !== null && done > 0 ? `, about ${Math.ceil((total - done) / rate / 1000)} s left` : "";
      process.stderr.write(`\r\x1b[K${stage} ${done}${total !== null ? `/${total}` : ""}${left}`);
      shown = true;
    },
    clear() {
      if (shown) process.stderr.write("\r\x1b[K");
      shown = false;
    },
  };
}

/** The summary of a finished build: errors first, then what was built and what was found. */
export function printReport(report: BuildReport, out: string, ms: number): void {
  const byKind = Object.entries(report.warningsByKind).map(([k, n]) => `${n} ${k}`).join(", ");
  for (const e of report.errors) console.error(`error: ${formatDiagnostic(e)}`);
  console.log(
    `Built ${report.articles} articles into ${path.relative(process.cwd(), out) || "."}/: ${report.files} files (${report.written} written, ${report.unchanged} unchanged) in ${Math.round(ms)} ms.`,
  );
  // A cached report from before drafts were counted has none.
  const drafts = report.drafts?.length ?? 0;
  console.log(`${report.warnings.length} warnings${byKind ? ` (${byKind})` : ""}, ${report.errors.length} errors, ${report.removed.length} boilerplate blocks removed, ${report.undated.length} undated articles${drafts ? `, ${drafts} ${drafts === 1 ? "draft" : "drafts"} left out (use --drafts)` : ""}.`);
}

