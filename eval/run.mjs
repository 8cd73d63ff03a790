#!/usr/bin/env node
// `npm run eval`: parses every shape of the development corpus with `newsarchive parse --json`,
// scores the records with the shared scorer (../shared/eval/score_extraction.py --holdout) and prints
// one row per shape plus a total row.
//
// usage: node eval/run.mjs [--shape NAME[,NAME...]]... [--json] [--verbose] [--corpus DIR]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'bin', 'newsarchive.mjs');
const scorer = resolve(root, '..', 'shared', 'eval', 'score_extraction.py');

function parseArgs(argv) {
  const opts = { shapes: [], json: false, verbose: false, corpus: join(root, 'eval', 'corpus') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') opts.json = true;
    else if (a === '--verbose' || a === '-v') opts.verbose = true;
    else if (a === '--shape') opts.shapes.push(...String(argv[++i] ?? '').split(',').filter(Boolean));
    else if (a.startsWith('--shape=')) opts.shapes.push(...a.slice(8).split(',').filter(Boolean));
    else if (a === '--corpus') opts.corpus = resolve(argv[++i] ?? '');
    else if (a === '--help' || a === '-h') {
      console.log('usage: npm run eval -- [--shape NAME[,NAME]] [--json] [--verbose] [--corpus DIR]');
      process.exit(0);
    } else {
      console.error(`eval: unknown option ${a} (try --help)`);
      process.exit(2);
    }
  }
  return opts;
}

/** Runs the parser over the given files; returns the records (an empty list if the parser failed). */
function parse(files, cwd) {
  const run = spawnSync(process.execPath, [cli, 'parse', ...files, '--json'], {
    cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024,
  });
  try {
    const recs = JSON.parse(run.stdout);
    return { records: Array.isArray(recs) ? recs : recs.articles ?? recs.records ?? [], error: null };
  } catch {
    return { records: [], error: (run.stderr || `exit ${run.status}`).trim().split('\n').slice(0, 3).join(' ') };
  }
}

/** Scores records against truth with the shared scorer; returns its parsed summary and miss lines. */
function score(truth, records, tmp) {
  const t = join(tmp, 'truth.json');
  const r = join(tmp, 'records.json');
  writeFileSync(t, JSON.stringify(truth));
  writeFileSync(r, JSON.stringify(records));
  const run = spawnSync('python3', [scorer, t, r, '--holdout'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const lines = run.stdout.trim().split('\n');
  const last = lines.at(-1) ?? '';
  const m = last.match(
    /articles (\d+)\/(\d+), body P=([\d.]+) R=([\d.]+), boilerplate kept (\d+), headlines (\d+)\/(\d+), bylines F1=([\d.]+), dates right (\d+) wrong (\d+) \(as fact (\d+)\) undated (\d+), dateline\+source (\d+)\/(\d+)/,
  );
  if (!m) throw new Error(`eval: could not read the scorer's summary line: ${last || run.stderr}`);
  const n = m.slice(1).map(Number);
  return {
    records: n[0], articles: n[1], bodyP: n[2], bodyR: n[3], boilerplateKept: n[4], headlinesRight: n[5],
    headlines: n[6], bylineF1: n[7], datesRight: n[8], datesWrong: n[9], wrongDatesAsFact: n[10], undated: n[11],
    datelineSourceRight: n[12], datelineSource: n[13], passes: !last.includes('falls short'), misses: lines.slice(0, -1),
  };
}

function shapesIn(corpus, wanted) {
  if (!existsSync(corpus)) {
    console.error(`eval: no corpus at ${corpus}.\nBuild it first: python3 eval/scripts/rebuild-corpus.py (see eval/README.md).`);
    process.exit(1);
  }
  const all = readdirSync(corpus).filter((d) => statSync(join(corpus, d)).isDirectory() && existsSync(join(corpus, d, 'truth.json'))).sort();
  const unknown = wanted.filter((s) => !all.includes(s));
  if (unknown.length) {
    console.error(`eval: no shape ${unknown.join(', ')} in ${corpus}; shapes: ${all.join(', ')}`);
    process.exit(2);
  }
  return wanted.length ? all.filter((s) => wanted.includes(s)) : all;
}

function row(name, s) {
  return [name, s.articles, s.records, s.bodyP.toFixed(3), s.bodyR.toFixed(3), s.boilerplateKept,
    `${s.headlinesRight}/${s.headlines}`, s.bylineF1.toFixed(2), s.wrongDatesAsFact];
}

function table(rows) {
  const head = ['shape', 'articles', 'records', 'body P', 'body R', 'boilerplate kept', 'headlines', 'byline F1', 'wrong dates as fact'];
  const all = [head, ...rows].map((r) => r.map(String));
  const w = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const fmt = (r) => '| ' + r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join(' | ') + ' |';
  return [fmt(all[0]), '|' + w.map((x, i) => (i === 0 ? '-'.repeat(x + 2) : '-'.repeat(x + 1) + ':')).join('|') + '|', ...all.slice(1).map(fmt)].join('\n');
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const shapes = shapesIn(opts.corpus, opts.shapes);
  const tmp = mkdtempSync(join(tmpdir(), 'newsarchive-eval-'));
  const results = [];
  const allTruth = [];
  const allRecords = [];
  try {
    for (const shape of shapes) {
      const dir = join(opts.corpus, shape);
      const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
      const files = readdirSync(dir).filter((f) => f !== 'truth.json' && !f.startsWith('.')).sort();
      const { records, error } = parse(files, dir);
      const s = score(truth, records, tmp);
      results.push({ shape, ...s, parseError: error });
      allTruth.push(...truth);
      allRecords.push(...records);
      if (!opts.json) process.stderr.write(`eval: ${shape} done\n`);
    }
    const total = score(allTruth, allRecords, tmp);
    if (opts.json) {
      console.log(JSON.stringify({ shapes: results.map(({ misses, ...r }) => (opts.verbose ? { ...r, misses } : r)), total: { ...total, misses: undefined } }, null, 2));
      return;
    }
    console.log(table([...results.map((r) => row(r.shape, r)), row('total', total)]));
    for (const r of results) {
      if (r.parseError) console.log(`\n${r.shape}: the parser failed: ${r.parseError}`);
      if (opts.verbose && r.misses.length) console.log(`\n## ${r.shape}\n${r.misses.join('\n')}`);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main();
