// The warm-build shortcut: when nothing a build reads changed since the last one and the output
// folder is as that build left it, its report stands and nothing is rebuilt. This module stays
// light (no parser, renderer or search imports), so the CLI can answer before loading them.
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { BuildOptions, BuildReport, Inputs, SeedStat } from "../types.ts";
import { findSeedFiles } from "../../ingest/find.ts";
import { copyStatic } from "../../output/static.ts";
import type { BuildCache } from "./disk-cache.ts";
import { contentDigest } from "./content-digest.ts";
import { publicDirs, templateDirs, templatesKey } from "../../project.ts";

/** A file modified this close before it was looked at may change again without its stat showing it ("racy", as git says): its bytes are read. */
const RACY_MS = 2000;

/** What the last build read and wrote. */
interface LastBuild {
  inputs: Inputs;
  out: string;
  report: BuildReport;
  /** Site-relative file, size, modification time. */
  files: Array<[string, number, number]>;
}

const FILE = "last-build.json";

/**
 * A digest of everything a build reads besides the code and configuration (which key the cache).
 * A seed whose size and modification time are as `known` recorded them (and not racy) keeps its
 * recorded digest without being read: a warm build of a large archive only looks at the files.
 */
export async function inputsDigest(options: Pick<BuildOptions, "root" | "seeds" | "config" | "search">, known?: Inputs | null): Promise<Inputs> {
  const at = Date.now();
  const h = createHash("sha1");
  // A site built without its search index is not the site a build with one would leave.
  h.update(options.search === false ? "no-search\0" : "search\0");
  const found = await findSeedFiles(options.seeds);
  h.update(`${path.resolve(options.seeds)}\0${found.warnings.length}\0`);
  const before = new Map((known?.seeds ?? []).map((s) => [s[0], s]));
  const seeds: SeedStat[] = [];
  for (const seed of found.files) {
    h.update(`${seed.rel}\0`);
    try {
      const st = statSync(seed.abs);
      const was = before.get(seed.rel);
      const same = was !== undefined && was[1] === st.size && was[2] === st.mtimeMs && st.mtimeMs < known!.at - RACY_MS;
      const sha1 = same ? was[3] : contentDigest(readFileSync(seed.abs));
      seeds.push([seed.rel, st.size, st.mtimeMs, sha1]);
      h.update(sha1);
    } catch {
      h.update("\0unreadable");
    }
  }
  h.update(templatesKey(templateDirs(options.root, options.config)));
  copyStatic(publicDirs(options.root, options.config), { write: (rel, bytes) => void h.update(`${rel}\0`).update(bytes) });
  return { digest: h.digest("base64url"), seeds, at };
}

/** True when every file the last build wrote is still in the output folder as it was left. */
function outputIntact(out: string, files: LastBuild["files"]): boolean {
  // Site-relative paths as the writer recorded them ("/"-separated, checked inside the site): joined by hand, 29,000 of them.
  const dir = out.endsWith(path.sep) ? out : out + path.sep;
  for (const [rel, size, mtime] of files) {
    try {
      const st = statSync(dir + rel);
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
): Promise<{ inputs: Inputs; report: BuildReport | null }> {
  const last = cache.readJson<LastBuild>(FILE);
  const inputs = await inputsDigest(options, last?.inputs);
  if (last === null || last.inputs?.digest !== inputs.digest || last.out !== path.resolve(options.out) || !outputIntact(last.out, last.files)) return { inputs, report: null };
  const ms = Math.round((performance.now() - started) * 10) / 10;
  options.log?.(`${"unchanged".padEnd(10)} ${ms.toFixed(1).padStart(8)} ms  inputs and output as the last build left them`);
  return { inputs, report: { ...last.report, written: 0, unchanged: last.report.files, timings: { unchanged: ms } } };
}

/**
 * Records a finished build: its inputs, report and the files it left in `out`. `untouched` are files
 * a patch left where they were, with their stat as `before` recorded it (not looked at again).
 */
export function recordBuild(cache: BuildCache, inputs: Inputs, out: string, report: BuildReport, files: readonly string[], untouched?: { files: readonly string[]; before: ReadonlyMap<string, [number, number]> }): void {
  try {
    const abs = path.resolve(out);
    const dir = abs.endsWith(path.sep) ? abs : abs + path.sep;
    const known = new Map<string, [number, number]>();
    for (const rel of untouched?.files ?? []) {
      const was = untouched!.before.get(rel);
      if (was) known.set(rel, was);
    }
    const stats = files.map((rel): [string, number, number] => {
      const was = known.get(rel);
      if (was) return [rel, was[0], was[1]];
      const st = statSync(dir + rel);
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
