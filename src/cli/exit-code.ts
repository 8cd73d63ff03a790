import type { BuildReport } from "../pipeline/types.ts";

/**
 * A build's exit code: 1 when it reported errors (a file left out, broken front matter) unless
 * `--allow-errors`, or any warning under `--strict`; else 0. The site is written either way.
 */
export function buildExitCode(report: Pick<BuildReport, "warnings" | "errors">, flags: { strict: boolean; allowErrors: boolean; reportFile: string }): number {
  if (flags.strict && (report.warnings.length > 0 || report.errors.length > 0)) {
    console.error(`--strict: ${report.warnings.length} warnings and ${report.errors.length} errors count as failures (see ${flags.reportFile}).`);
    return 1;
  }
  if (report.errors.length > 0 && !flags.allowErrors) {
    console.error(`exit 1: ${report.errors.length} error${report.errors.length === 1 ? "" : "s"} in the input (listed above and in ${flags.reportFile}); the rest of the site was built. Fix them, or pass --allow-errors to publish without those files.`);
    return 1;
  }
  return 0;
}
