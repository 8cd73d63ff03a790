// Cold, warm (nothing changed) and one-article builds through the real CLI, with wall time and
// peak memory from GNU time. Usage: node --import tsx bench/build.ts [N...] [--peers]
// (default N: 1000 10000; 100000 only when asked; --peers also runs ../shared/bench/peers/run.sh N
// on the same corpus and prints our cold builds as ratios to Hugo's and Eleventy's, same run).
import { execFileSync, spawnSync } from "node:child_process";
import { appendFileSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { BENCH, project } from "./corpus.ts";

const BIN = path.resolve(BENCH, "../bin/newsarchive.mjs");
const args = process.argv.slice(2);
const peers = args.includes("--peers");
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);

interface Run { wall: number; rssMb: number; search: number }

/** One CLI build in a fresh process: wall seconds, peak RSS in MB, and the search stage's seconds. */
function timedBuild(root: string, extra: string[] = []): Run {
  const tf = path.join(root, "time.txt");
  const r = spawnSync("/usr/bin/time", ["-v", "-o", tf, process.execPath, BIN, "build", "--quiet", ...extra], { cwd: root, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
  const t = readFileSync(tf, "utf8");
  const wall = /Elapsed \(wall clock\) time \([^)]*\): (.*)/.exec(t)![1]!.split(":").reduce((s, x) => s * 60 + Number(x), 0);
  const rssMb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(t)![1]) / 1024;
  const report = JSON.parse(readFileSync(path.join(root, "newsarchive-report.json"), "utf8")) as { timings: Record<string, number> };
  return { wall, rssMb, search: (report.timings.search ?? 0) / 1000 };
}

const s = (x: number) => `${x.toFixed(2).padStart(7)} s`;
const rows: string[] = [];
for (const n of sizes.length ? sizes : [1000, 10000]) {
  const { root, seeds } = project(n, "build");
  rmSync(path.join(root, ".newsarchive-cache"), { recursive: true, force: true });
  // The peers build no search index: this is the like-for-like cold build (fresh cache, fresh output).
  const lean = timedBuild(root, ["--no-cache", "--no-search", "--out", "dist-lean"]);
  const cold = timedBuild(root); // the full site, search included, filling the cache
  const warm = timedBuild(root);
  appendFileSync(path.join(seeds, readdirSync(seeds).sort()[Math.floor(n / 2)]!), "\nOne more line.\n");
  const one = timedBuild(root);
  const rss = Math.max(lean.rssMb, cold.rssMb, warm.rssMb, one.rssMb);
  const row = `${String(n).padStart(7)} | no search ${s(lean.wall)} | full ${s(cold.wall)} (search wait ${cold.search.toFixed(2)} s, peak ${cold.rssMb.toFixed(0)} MB) | warm ${s(warm.wall)} | one article ${s(one.wall)} (peak ${one.rssMb.toFixed(0)} MB) | peak RSS ${rss.toFixed(0).padStart(5)} MB (${(rss / (n / 1000)).toFixed(0)} MB per 1,000)`;
  console.log(row);
  rows.push(row);
  if (peers) {
    const run = path.resolve(BENCH, "../../shared/bench/peers/run.sh");
    // Cold builds only (MODES=" " skips the peers' watch modes): the ratio is cold to cold, same corpus, same run.
    const out = execFileSync(run, [String(n), "1"], { encoding: "utf8", env: { ...process.env, MODES: " " } });
    const wall = (peer: string) => Number(new RegExp(`^cold\\t${peer}\\t${n}\\t1\\twall_s\\t([\\d.]+)`, "m").exec(out)?.[1]);
    const hugo = wall("hugo"), eleventy = wall("eleventy");
    rows.push(`${"".padStart(7)} | hugo ${hugo} s, eleventy ${eleventy} s → no search ${(lean.wall / hugo).toFixed(2)}× hugo, ${(lean.wall / eleventy).toFixed(2)}× eleventy; full site ${(cold.wall / hugo).toFixed(2)}× hugo`);
    console.log(rows[rows.length - 1]);
  }
}
console.log(`\nnewsarchive build (fresh process each), node ${process.version}\n${rows.join("\n")}`);
