// The warm-build shortcut: when nothing a build reads changed since the last one and the output
// folder is as that build left it, its report stands and nothing is rebuilt. This module stays
// light (no parser, renderer or search imports), so the CLI can answer before loading them.
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { BuildOptions, BuildReport } from "../types.ts";
import { findSeedFiles } from "../../ingest/find.ts";
import { copyStatic } from "../../output/static.ts";
import type { BuildCache } from "./disk-cache.ts";
import { publicDirs, templateDirs, templatesKey } from "../../project.ts";

/** What the last build read and wrote. */
interface LastBuild {
  inputs: string;
  out: string;
  report: BuildReport;
  /** Site-relative file, size, modification time. */
  files: Array<[string, number, number]>;
}

const FILE = "last-build.json";

/** A digest of everything a build reads besides the code and configuration (which key the cache). */
export async function inputsDigest(options: Pick<BuildOptions, "root" | "seeds" | "config" | "search">): Promise<string> {
  const h = createHash("sha1");
  // A site built without its search index is not the site a build with one would leave.
  h.update(options.search === false ? "no-search\0" : "search\0");
  const found = await findSeedFiles(options.seeds);
  h.update(`${path.resolve(options.seeds)}\0${found.warnings.length}\0`);
  for (const seed of found.files) {
    h.update(`${seed.rel}\0`);
    try {
      h.update(createHash("sha1").update(readFileSync(seed.abs)).digest());
    } catch {
      h.update("\0unreadable");
    }
  }
  h.update(templatesKey(templateDirs(options.root, options.config)));
  copyStatic(publicDirs(options.root, options.config), { write: (rel, bytes) => void h.update(`${rel}\0`).update(bytes) });
  return h.digest("base64url");
}

/** True when every file the last build wrote is still in the output folder as it was left. */
function outputIntact(out: string, files: LastBuild["files"]): boolean {
  for (const [rel, size, mtime] of files) {
    try {
      const st = statSync(path.join(out, rel));
      if (st.size !== size || st.mtimeMs !== mtime) return false;
    } catch {
      return false;
    }
  }
  return true;
}

/**
 * The digest of the inputs now and, when the last build still stands, the report of this build
 * that it makes unnecessary (nothing written, everything unchanged), logged as a stage line.
 */
export async function lastBuildStanding(
  options: Pick<BuildOptions, "root" | "seeds" | "config" | "out" | "search" | "log">,
  cache: BuildCache,
  started = performance.now(),
): Promise<{ inputs: string; report: BuildReport | null }> {
  const inputs = await inputsDigest(options);
  const last = cache.readJson<LastBuild>(FILE);
  if (last === null || last.inputs !== inputs || last.out !== path.resolve(options.out) || !outputIntact(last.out, last.files)) return { inputs, report: null };
  const ms = Math.round((performance.now() - started) * 10) / 10;
  options.log?.(`${"unchanged".padEnd(10)} ${ms.toFixed(1).padStart(8)} ms  inputs and output as the last build left them`);
  return { inputs, report: { ...last.report, written: 0, unchanged: last.report.files, timings: { unchanged: ms } } };
}

/** Records a finished build: its inputs, report and the files it left in `out`. */
export function recordBuild(cache: BuildCache, inputs: string, out: string, report: BuildReport, files: readonly string[]): void {
  try {
    const abs = path.resolve(out);
    const stats = files.map((rel): [string, number, number] => {
      const st = statSync(path.join(abs, rel));
      return [rel, st.size, st.mtimeMs];
    });
    cache.writeJson(FILE, { inputs, out: abs, report, files: stats } satisfies LastBuild);
  } catch {
    // no record: the next build just does the work
  }
}

/** The files the last build left in `out`, with their size and modification time then (null: no record for `out`). */
export function lastOutputFiles(cache: BuildCache, out: string): Map<string, [number, number]> | null {
  const last = cache.readJson<LastBuild>(FILE);
  if (last === null || last.out !== path.resolve(out)) return null;
  return new Map(last.files.map(([rel, size, mtime]) => [rel, [size, mtime]]));
}
