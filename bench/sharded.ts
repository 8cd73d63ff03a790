// The steps of a sharded build through the real CLI, one after another on this machine (a CI
// matrix runs each column at once): wall time and peak RSS per step, and the per-article costs
// that predict a matrix's wall time (docs/scaling.md). Usage: node --import tsx bench/sharded.ts N SHARDS
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { BENCH, project } from "./corpus.ts";

const BIN = path.resolve(BENCH, "../bin/newsarchive.mjs");
const [n = 10000, shards = 4] = process.argv.slice(2).map(Number);

/** One CLI run: wall seconds and peak RSS in MB (GNU time). */
function step(root: string, args: string[]): { wall: number; rssMb: number } {
  const tf = path.join(root, "time.txt");
  const r = spawnSync("/usr/bin/time", ["-v", "-o", tf, process.execPath, BIN, ...args, "--quiet"], { cwd: root, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${args.join(" ")} failed: ${r.stderr}`);
  const t = readFileSync(tf, "utf8");
  const wall = /Elapsed \(wall clock\) time \([^)]*\): (.*)/.exec(t)![1]!.split(":").reduce((s, x) => s * 60 + Number(x), 0);
  return { wall, rssMb: Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(t)![1]) / 1024 };
}

const { root } = project(n, "sharded");
const rows: string[] = [];
const show = (name: string, r: { wall: number; rssMb: number }, articles: number) => {
  const row = `${name.padEnd(22)} ${r.wall.toFixed(1).padStart(7)} s  ${r.rssMb.toFixed(0).padStart(6)} MB  ${((r.wall * 1000) / articles).toFixed(2).padStart(6)} ms per article (${articles})`;
  console.log(row);
  rows.push(row);
};
const per = n / shards;
for (let i = 1; i <= shards; i++) show(`parse ${i}/${shards}`, step(root, ["build", "--shard", `${i}/${shards}`, "--parse-only", "--no-cache"]), per);
for (let i = 1; i <= shards; i++) show(`pages+search ${i}/${shards}`, step(root, ["build", "--shard", `${i}/${shards}`, "--out", `part-${i}`]), per);
show("merge", step(root, ["merge", "--out", "dist", ...Array.from({ length: shards }, (_, i) => `part-${i + 1}`)]), n);
console.log(`\nsharded build of ${n} articles in ${shards} shards, steps run one after another; node ${process.version}\n${rows.join("\n")}`);
