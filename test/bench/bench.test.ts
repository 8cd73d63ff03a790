// The benchmark's own arithmetic and bookkeeping (no timing is asserted here: performance claims
// live in bench/): medians and p95, the table's cells and ratios, the process-tree sampler, and the
// choice of the word the Chromium search check looks for.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { descendants, highWater, summary, type Timed } from "../../bench/measure.ts";
import { searchTarget } from "../../bench/search-check.ts";
import { cpuLine, mem, memoryLine, table, type Runs } from "../../bench/table.ts";
import { tempDir } from "../helpers/site.ts";

test("summary: the median of an even count is the mean of the middle two; p95 is the nearest rank", () => {
  assert.deepEqual(summary([3, 1, 2]), { median: 2, p95: 3 });
  assert.deepEqual(summary([4, 1, 3, 2]), { median: 2.5, p95: 4 });
  const twenty = Array.from({ length: 20 }, (_, i) => i + 1);
  assert.equal(summary(twenty).p95, 19);
});

const run = (wall: number, rssMb: number, peaks: Record<string, number> = {}): Timed => ({ wall, rssMb, cpu: wall * 1.5, peaks, stdout: "", stderr: "" });

test("table: medians of the rounds, largest peak, ratios against the peer each row compares with", () => {
  const runs: Runs = {
    n: 10000,
    hugoCold: [run(5, 300), run(7, 320)],
    pagefindCold: [run(20, 4000), run(22, 4500)],
    oursNoSearch: [run(12, 1000, { node: 1000 }), run(14, 1100, { node: 1100 })],
    oursCold: [run(27, 1500, { node: 1500, pagefind: 400 }), run(29, 1400, { node: 1400, pagefind: 420 })],
    hugoWarm: [run(6, 300), run(6, 300)],
    pagefindWarm: [run(21, 4000), run(21, 4000)],
    oursWarm: [run(0.5, 80), run(0.7, 90)],
    hugoOne: [run(6, 300), run(6, 300)],
    pagefindOne: [run(21, 4000), run(21, 4000)],
    oursOne: [run(2.7, 900), run(2.7, 900)],
    hugoDev: { times: [100, 200, 300, 400, 500], startS: 6, rssMb: 500, peaks: {} },
    oursDev: { times: [50, 60, 70, 80, 90], startS: 30, rssMb: 2000, peaks: { node: 2000 } },
  };
  const rows = table(runs).split("\n");
  assert.equal(rows[0], "| 10,000 articles | Hugo | Hugo + Pagefind CLI on its output | newsarchive |");
  assert.equal(rows.length, 7);
  const cells = (i: number) => rows[i]!.split(" | ");
  assert.match(cells(2)[1]!, /\*\*6\.00 s\*\*; 320 MB/); // median of 5 and 7; the larger peak
  assert.match(cells(2)[3]!, /\*\*13\.0 s\*\*, 2\.17× Hugo; peak 1\.07 GB/);
  assert.match(cells(3)[2]!, /6\.00 s \+ 21\.0 s = \*\*27\.0 s\*\*; Hugo 320 MB, Pagefind 4\.39 GB/);
  assert.match(cells(3)[3]!, /\*\*28\.0 s\*\*, 1\.04× Hugo \+ Pagefind; peak 1\.46 GB \(node 1\.46 GB, pagefind 420 MB\)/);
  assert.match(cells(5)[3]!, /\*\*2\.70 s\*\*, 0\.10× Hugo \+ Pagefind/);
  assert.match(cells(6)[1]!, /\*\*0\.300 s\*\* median, 0\.500 s p95 \(5 edits\); server 500 MB/);
  assert.match(cells(6)[3]!, /\*\*0\.070 s\*\* median, 0\.090 s p95 \(5 edits\); server 1\.95 GB, 0\.23× Hugo/);
  assert.equal(memoryLine(runs), "Peak memory per process (largest over all runs of this size): Hugo 320 MB, Pagefind CLI 4.39 GB, newsarchive build, largest process 1.46 GB, its node process 1.46 GB, its largest Pagefind process 420 MB, hugo server 500 MB, newsarchive dev 1.95 GB; newsarchive's cold build with search: 150 MB per 1,000 articles (largest process)");
  assert.match(cpuLine(runs), /Hugo cold 9\.0 s, Pagefind on it 31\.5 s, newsarchive cold no search 19\.5 s, .*newsarchive one article 4\.1 s$/);
});

test("table: without peers, our cells carry no ratio and the peers' cells stay empty", () => {
  const empty: Runs = { n: 100000, hugoCold: [], pagefindCold: [], oursNoSearch: [], oursCold: [run(400, 3000, { node: 3000 })], hugoWarm: [], pagefindWarm: [], oursWarm: [], hugoOne: [], pagefindOne: [], oursOne: [] };
  const rows = table(empty).split("\n");
  assert.equal(rows.length, 4);
  assert.equal(rows[3], "| cold build with search |  |  | **400.0 s**; peak 2.93 GB (node 2.93 GB) |");
  assert.equal(mem(NaN), "?");
});

test("descendants and highWater: a process's child is found, with its name and a peak; a gone process gives null", async () => {
  const child = spawn("sh", ["-c", "sleep 30 & wait"], { stdio: "ignore" });
  try {
    let kids: number[] = [];
    for (let i = 0; i < 100 && kids.length === 0; i++) (kids = descendants(child.pid!)), await new Promise((r) => setTimeout(r, 20));
    assert.equal(kids.length, 1);
    const h = highWater(kids[0]!);
    assert.equal(h?.name, "sleep");
    assert.ok(h!.mb > 0);
    assert.equal(highWater(2 ** 22 + 7), null);
  } finally {
    child.kill("SIGKILL");
    for (const p of descendants(child.pid!)) process.kill(p, "SIGKILL");
  }
});

test("searchTarget: the word rare in the corpus, from the article where it is densest", () => {
  const dir = tempDir();
  const article = (name: string, headline: string, body: string) => writeFileSync(path.join(dir, name), `---\nheadline: ${JSON.stringify(headline)}\ndate: 2024-01-01T00:00:00Z\n---\n${body}\n`);
  const filler = "common things happened around harbour cities";
  for (let i = 0; i < 40; i++) article(`f${i}.md`, `Filler ${i}`, `${filler} ${i % 2 ? "marmalade" : ""}`);
  article("a.md", "Quince Wins", `${filler} quinces quinces quinces`);
  article("b.md", "Quince Loses", `${filler} ${filler} ${filler} quinces`);
  const t = searchTarget(dir);
  assert.deepEqual(t, { word: "quinces", file: "a.md", headline: "Quince Wins", articles: 2, uses: 3 });
});
