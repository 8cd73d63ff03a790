// Parsing cost of a saved page: our whole reader (`parseSource` on a .html seed: bounds, metadata,
// Readability, news cleaning, the record) against Mozilla Readability over linkedom alone on the
// same bytes (decode, parseHTML, new Readability(document).parse()). Medians per page, then the
// median of those and the total; the two are run alternately so the machine's noise hits both.
//
//   node --import tsx bench/html.ts [DIR...] [--runs N]
//
// Pages: test/fixtures/html/*/input.html, plus every .html file under each DIR (e.g. a checkout of
// mozilla/readability's test/test-pages, which the repository does not carry).
import { Readability } from "@mozilla/readability";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseHTML } from "linkedom";
import { parseSource } from "../src/ingest/index.ts";
import { SiteConfig } from "../src/model/index.ts";

const args = process.argv.slice(2);
const runsAt = args.indexOf("--runs");
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 7;
const dirs = args.filter((a, i) => !a.startsWith("--") && (runsAt < 0 || i !== runsAt + 1));
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...htmlFiles(p));
    else if (/\.html?$/i.test(name) && !/^expected/.test(name)) out.push(p);
  }
  return out;
}

const files = [...htmlFiles(path.join(root, "test/fixtures/html")), ...dirs.flatMap(htmlFiles)];
const config = SiteConfig.parse({});
const decoder = new TextDecoder();

function readabilityAlone(bytes: Uint8Array): void {
  const { document } = parseHTML(decoder.decode(bytes));
  new Readability(document as unknown as Document).parse();
}

function ours(file: string, bytes: Uint8Array): number {
  return parseSource(file, bytes, config).articles.length;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const rows: Array<{ file: string; kb: number; base: number; ours: number; articles: number }> = [];
for (const file of files) {
  const bytes = new Uint8Array(readFileSync(file));
  const rel = path.relative(root, file);
  let articles = 0;
  // One untimed run of each warms the JIT for this page's shape.
  try {
    readabilityAlone(bytes);
  } catch {
    // Readability alone may throw on a page our bounds refuse; then there is no baseline for it.
    continue;
  }
  articles = ours(rel, bytes);
  const base: number[] = [];
  const mine: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    let t = performance.now();
    readabilityAlone(bytes);
    base.push(performance.now() - t);
    t = performance.now();
    ours(rel, bytes);
    mine.push(performance.now() - t);
  }
  rows.push({ file: rel, kb: bytes.length / 1024, base: median(base), ours: median(mine), articles });
}

const pad = (s: string, n: number) => s.padStart(n);
console.log(`${"page".padEnd(64)} ${pad("KB", 7)} ${pad("readability", 12)} ${pad("ours", 9)} ${pad("ratio", 6)} rec`);
for (const r of rows) console.log(`${r.file.slice(-64).padEnd(64)} ${pad(r.kb.toFixed(0), 7)} ${pad(r.base.toFixed(2), 12)} ${pad(r.ours.toFixed(2), 9)} ${pad((r.ours / r.base).toFixed(2), 6)} ${r.articles}`);
const sum = (k: "base" | "ours") => rows.reduce((n, r) => n + r[k], 0);
console.log(`\n${rows.length} pages, ${RUNS} runs each (medians, ms)`);
console.log(`median per page: Readability over linkedom ${median(rows.map((r) => r.base)).toFixed(2)} ms, ours ${median(rows.map((r) => r.ours)).toFixed(2)} ms; median ratio ${median(rows.map((r) => r.ours / r.base)).toFixed(2)}`);
console.log(`total over the pages: Readability over linkedom ${sum("base").toFixed(0)} ms, ours ${sum("ours").toFixed(0)} ms (${(sum("ours") / sum("base")).toFixed(2)}×)`);
