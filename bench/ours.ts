// newsarchive's side of the table, through the real CLI in a fresh process per build, as a user
// runs it: the whole tree (our node process, its worker threads, the Pagefind processes it
// spawns) measured by GNU time, with per-process peaks from /proc.
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { BENCH } from "./corpus.ts";
import { timed, type Timed } from "./measure.ts";

const BIN = path.resolve(BENCH, "../bin/newsarchive.mjs");

/** A project of the corpus (`root` with `seeds/`): the CLI builds `dist/` there, with the cache in `.newsarchive-cache/`. */
export class OurSite {
  constructor(readonly root: string) {}

  /** `newsarchive build --quiet ARGS` in the project. */
  build(extra: readonly string[] = []): Promise<Timed> {
    return timed(process.execPath, [BIN, "build", "--quiet", ...extra], this.root);
  }

  /** The like-for-like of Hugo's cold build: no cache read or written, no search index, a fresh output folder. */
  coldNoSearch(): Promise<Timed> {
    rmSync(path.join(this.root, "dist-lean"), { recursive: true, force: true });
    return this.build(["--no-cache", "--no-search", "--out", "dist-lean"]);
  }

  /** The full site, search included, from nothing: no cache, no output folder (it fills the cache for the next builds). */
  coldWithSearch(): Promise<Timed> {
    rmSync(path.join(this.root, ".newsarchive-cache"), { recursive: true, force: true });
    rmSync(path.join(this.root, "dist"), { recursive: true, force: true });
    return this.build();
  }

  /** Seconds the last build spent per stage, from its report (newsarchive-report.json). */
  stages(): Record<string, number> {
    const report = JSON.parse(readFileSync(path.join(this.root, "newsarchive-report.json"), "utf8")) as { timings?: Record<string, number> };
    return Object.fromEntries(Object.entries(report.timings ?? {}).map(([k, ms]) => [k, ms / 1000]));
  }
}
