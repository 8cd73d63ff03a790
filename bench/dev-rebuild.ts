// Time from saving one seed to the reload message leaving the dev server, at several archive sizes:
// the edited page (a quick pass, while edits keep coming), and the whole site (the full pass that
// follows once the edits pause). Usage: node --import tsx bench/dev-rebuild.ts [N...]
// (default: 100 1000 10000; EDITS=30 quick edits, FULL=5 edits each waited for until the full pass)
import { appendFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { startDev } from "../src/dev/session.ts";
import { SseClient } from "../test/helpers/dev.ts";
import { project, stats } from "./corpus.ts";

const sizes = process.argv.slice(2).map(Number);
const EDITS = Number(process.env.EDITS ?? 30);
const FULL = Number(process.env.FULL ?? 5);
/** Milliseconds between a reload and the next edit (PAUSE=400 lets each edit's full pass start before the next). */
const PAUSE = Number(process.env.PAUSE ?? 120);
const rows: string[] = [];

for (const n of sizes.length ? sizes : [100, 1000, 10000]) {
  const { root, seeds } = project(n, "dev");
  const started = performance.now();
  let fullPasses = 0;
  const session = await startDev({ root, seeds, configFile: path.join(root, "newsarchive.config.json"), host: "127.0.0.1", port: 0, log: process.env.NEWSARCHIVE_DEBUG_WATCH ? console.log : undefined, onRebuild: (r) => void (r.partial || fullPasses++) });
  const startMs = performance.now() - started;
  const sse = await SseClient.connect(new URL("__newsarchive/events", session.url).href);
  const file = path.join(seeds, readdirSync(seeds).sort()[Math.floor(n / 2)]!);
  const times: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < EDITS + 3; i++) {
    const mark = sse.mark();
    const t0 = performance.now();
    appendFileSync(file, `\nEdit number ${i} of the benchmark.\n`);
    await sse.waitFor((e) => e.event === "reload", mark, 120_000);
    if (i >= 3) times.push(performance.now() - t0); // the first edits warm the JIT
    await new Promise((r) => setTimeout(r, PAUSE)); // past the watcher's trailing re-check
    rss.push(process.memoryUsage().rss / 2 ** 20);
  }
  // The whole site: one edit at a time, each waited for until its full pass is out.
  const whole: number[] = [];
  const settled = fullPasses; // the quick edits' own full pass comes first, once they pause
  for (const until = performance.now() + 120_000; fullPasses === settled && performance.now() < until; ) await new Promise((r) => setTimeout(r, 5));
  for (let i = 0; i < FULL; i++) {
    const before = fullPasses;
    const t0 = performance.now();
    appendFileSync(file, `\nA full edit number ${i}.\n`);
    while (fullPasses === before) await new Promise((r) => setTimeout(r, 2));
    whole.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 120));
  }
  sse.close();
  await session.close();
  const t = stats(times);
  const w = stats(whole);
  const row = `${String(n).padStart(6)}  start ${(startMs / 1000).toFixed(1).padStart(6)} s  save→edited page median ${t.median.toFixed(1).padStart(6)} ms  p95 ${t.p95.toFixed(1).padStart(6)} ms  max ${t.max.toFixed(1).padStart(6)} ms  save→whole site median ${w.median.toFixed(0).padStart(6)} ms  rss ${rss[0]!.toFixed(0)}→${rss[rss.length - 1]!.toFixed(0)} MB (max ${Math.max(...rss).toFixed(0)})`;
  console.log(row);
  rows.push(row);
}
console.log(`\n${EDITS} quick edits and ${FULL} waited for until the full pass, each appending a line to the middle article; node ${process.version}\n${rows.join("\n")}`);
