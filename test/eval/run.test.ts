// `npm run eval` end to end on a one-shape corpus made here: it parses the shape with the real CLI,
// scores it with the shared scorer and reports the scorer's numbers per shape and in total.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";

const root = join(import.meta.dirname, "..", "..");
const scorer = join(root, "..", "shared", "eval", "score_extraction.py");
const body = [
  "The city council voted on Tuesday to extend the night bus service to every district, after a year in which ridership doubled on the two pilot routes.",
  "The extension will cost about 2 million a year, the transport office said, and the first new routes will run from March.",
];
const story = `Council extends night buses to every district\nBy Ann Lee\nMarch 3, 2021\n\n${body.join("\n\n")}\n`;

test("npm run eval reports the scorer's numbers per shape and in total", { skip: !existsSync(scorer) && "no shared scorer beside the repository" }, () => {
  const corpus = mkdtempSync(join(tmpdir(), "eval-run-"));
  try {
    mkdirSync(join(corpus, "plain"));
    writeFileSync(join(corpus, "plain", "000-night-buses.txt"), story);
    writeFileSync(join(corpus, "plain", "truth.json"), JSON.stringify([{
      file: "000-night-buses.txt", headline: "Council extends night buses to every district", body, junk: [], credits: [], offtopic: [],
      bylines: [{ name: "Ann Lee", role: "author", location: null }], date: "2021-03-03", date_in_text: true, date_tolerance_days: 0,
      dateline: null, source: null,
    }]));
    const run = spawnSync(process.execPath, [join(root, "eval", "run.mjs"), "--corpus", corpus, "--json"], { encoding: "utf8" });
    assert.equal(run.status, 0, run.stderr);
    const out = JSON.parse(run.stdout) as { shapes: { shape: string; articles: number; records: number; bodyR: number; headlinesRight: number }[]; total: { articles: number } };
    assert.equal(out.shapes.length, 1);
    assert.equal(out.shapes[0]!.shape, "plain");
    assert.equal(out.shapes[0]!.articles, 1);
    // the numbers are the parser's business; here they only have to be the scorer's, in range
    assert.ok(out.shapes[0]!.records >= 1);
    assert.ok(out.shapes[0]!.bodyR >= 0 && out.shapes[0]!.bodyR <= 1);
    assert.ok([0, 1].includes(out.shapes[0]!.headlinesRight));
    assert.equal(out.total.articles, 1);

    const table = spawnSync(process.execPath, [join(root, "eval", "run.mjs"), "--corpus", corpus], { encoding: "utf8" });
    assert.match(table.stdout, /^\| shape +\| articles \| records \| body P \| body R \| boilerplate kept \| headlines \| byline F1 \| wrong dates as fact \|$/m);
    assert.match(table.stdout, /^\| plain +\| +1 \| +\d+ \|/m);
    assert.match(table.stdout, /^\| total +\| +1 \|/m);

    const unknown = spawnSync(process.execPath, [join(root, "eval", "run.mjs"), "--corpus", corpus, "--shape", "nope"], { encoding: "utf8" });
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /no shape nope .*shapes: plain/);
  } finally {
    rmSync(corpus, { recursive: true, force: true });
  }
});
