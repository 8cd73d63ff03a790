// `npm run bench`: newsarchive beside Hugo and Hugo + Pagefind on the same synthetic corpus, same
// run, interleaved. Usage: node --import tsx bench/build.ts [N...] [--no-peers] [--repeats R]
// (default N 10000, R 2 or $REPEATS; EDITS=10 dev edits, 0 skips the dev row). From 50,000 articles up only our
// cold build with search runs (Pagefind's CLI alone needed over 24 GB there), once unless --repeats,
// followed by a Chromium check of the search page. Needs `hugo` and GNU time (/usr/bin/time).
import { execFileSync } from "node:child_process";
import { appendFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { BENCH, corpus, project, WORK } from "./corpus.ts";
import { ourDevEdits } from "./edits.ts";
import { HugoSite, hugoVersion, pagefindBinary } from "./hugo.ts";
import { OurSite } from "./ours.ts";
import { searchCheck } from "./search-check.ts";
import { cpuLine, memoryLine, secs, table, type Runs } from "./table.ts";

const args = process.argv.slice(2);
const peers = !args.includes("--no-peers");
const repeatsArg = args.indexOf("--repeats");
const sizes = args.filter((a, i) => /^\d+$/.test(a) && args[i - 1] !== "--repeats").map(Number);
const EDITS = Number(process.env.EDITS ?? 10);
const LARGE = 50_000;

for (const tool of [["hugo", "version"], ["/usr/bin/time", "-v", "true"]]) {
  try {
    execFileSync(tool[0]!, tool.slice(1), { stdio: "ignore" });
  } catch {
    if (tool[0] === "hugo" && !peers) continue;
    console.error(`npm run bench needs ${tool[0] === "hugo" ? "Hugo (apt-get install hugo)" : "GNU time at /usr/bin/time (apt-get install time)"}`);
    process.exit(1);
  }
}

const log = (line: string) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
const sh = (cmd: string, a: string[]) => execFileSync(cmd, a, { encoding: "utf8" }).trim();

/** One size: REPEATS rounds of Hugo then ours for each measure, then the dev servers. */
async function run(n: number): Promise<{ runs: Runs; notes: string[] }> {
  const large = n >= LARGE;
  const repeats = repeatsArg >= 0 ? Number(args[repeatsArg + 1]) : process.env.REPEATS ? Number(process.env.REPEATS) : large ? 1 : 2;
  const withPeers = peers && !large;
  const src = corpus(n);
  const names = readdirSync(src).filter((f) => f.endsWith(".md")).sort();
  const article = names[Math.floor(n / 2)]!;
  const { root, seeds } = project(n, "bench");
  const ours = new OurSite(root);
  const hugo = withPeers ? HugoSite.prepare(src, path.join(WORK, `hugo-${n}`), article) : undefined;
  const runs: Runs = { n, hugoCold: [], pagefindCold: [], oursNoSearch: [], oursCold: [], hugoWarm: [], pagefindWarm: [], oursWarm: [], hugoOne: [], pagefindOne: [], oursOne: [] };
  const notes: string[] = [];
  const ourArticle = path.join(seeds, article);
  const original = { ours: readFileSync(ourArticle), hugo: hugo ? readFileSync(hugo.article) : undefined };
  const restore = () => (writeFileSync(ourArticle, original.ours), hugo && writeFileSync(hugo.article, original.hugo!));
  const step = async <T extends { wall: number }>(what: string, into: T[], p: Promise<T>) => {
    const t = await p;
    into.push(t);
    log(`${n} ${what}: ${secs(t.wall)}`);
  };
  const load = () => os.loadavg().map((x) => x.toFixed(1)).join(", ");
  notes.push(`load average (1, 5, 15 min) at the start: ${load()}`);
  for (let r = 1; r <= repeats; r++) {
    log(`${n} articles, round ${r} of ${repeats}`);
    if (hugo) await step("hugo cold", runs.hugoCold, hugo.cold()), await step("pagefind on hugo", runs.pagefindCold, hugo.pagefind());
    if (!large) await step("newsarchive cold, no search", runs.oursNoSearch, ours.coldNoSearch());
    await step("newsarchive cold with search", runs.oursCold, ours.coldWithSearch());
    if (r === 1) notes.push(`newsarchive's stages in its first cold build with search (s, from newsarchive-report.json): ${Object.entries(ours.stages()).map(([k, s]) => `${k} ${s.toFixed(2)}`).join(", ")}`);
    if (large) continue;
    if (hugo) await step("hugo warm", runs.hugoWarm, hugo.build()), await step("pagefind warm", runs.pagefindWarm, hugo.pagefind());
    await step("newsarchive warm", runs.oursWarm, ours.build());
    const line = `\nOne more line, round ${r}.\n`;
    appendFileSync(ourArticle, line);
    if (hugo) appendFileSync(hugo.article, line), await step("hugo one article", runs.hugoOne, hugo.build()), await step("pagefind one article", runs.pagefindOne, hugo.pagefind());
    await step("newsarchive one article", runs.oursOne, ours.build());
    restore();
  }
  if (!large && EDITS > 0) {
    try {
      if (hugo) (runs.hugoDev = await hugo.serverEdits(EDITS)), log(`${n} hugo server: ${runs.hugoDev.times.map((t) => t.toFixed(0)).join(" ")} ms`);
      runs.oursDev = await ourDevEdits(root, ourArticle, EDITS);
      log(`${n} newsarchive dev: ${runs.oursDev.times.map((t) => t.toFixed(0)).join(" ")} ms`);
      notes.push(`dev servers' first build: ${runs.hugoDev ? `hugo server ${secs(runs.hugoDev.startS)}, ` : ""}newsarchive dev ${secs(runs.oursDev.startS)}; newsarchive dev's processes: ${Object.entries(runs.oursDev.peaks).map(([k, mb]) => `${k} ${mb.toFixed(0)} MB`).join(", ")}`);
    } finally {
      restore();
    }
  }
  // The search page of the last full build (the edited article is back as it was in the corpus).
  log(`${n} Chromium search check`);
  const check = await searchCheck(path.join(root, "dist"), src);
  notes.push(check.line);
  if (!check.ok) process.exitCode = 1;
  log(check.line);
  notes.push(memoryLine(runs), cpuLine(runs), `load average at the end: ${load()}`);
  notes.unshift(`${repeats} round${repeats === 1 ? "" : "s"}: wall times are medians over the rounds, memory the largest peak seen`);
  return { runs, notes };
}

function machine(): string {
  const commit = sh("git", ["-C", BENCH, "rev-parse", "--short", "HEAD"]);
  const dirty = sh("git", ["-C", BENCH, "status", "--porcelain", "--", "src", "templates", "package-lock.json"]) ? " with uncommitted changes" : "";
  return [
    `Machine: ${os.cpus()[0]?.model ?? "?"}, ${sh("nproc", [])} cores (nproc), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB memory, ${os.type()} ${os.release()}; shared with other work`,
    `Versions: node ${process.version}; ${peers ? hugoVersion() : "hugo not run"}; Pagefind ${sh(pagefindBinary(), ["--version"])}; newsarchive ${commit}${dirty}`,
  ].join("\n");
}

const HOW = `How it is measured: every build is a fresh process under GNU time (\`/usr/bin/time -v\`): wall time,
and the maximum resident set size, which for a process tree is its largest single process, not a sum.
newsarchive runs its worker threads inside its node process and Pagefind as child processes
(one per search shard); their peaks per process name are sampled from /proc (VmHWM, every 100 ms).
Hugo + Pagefind is \`hugo\` then \`pagefind --site <hugo output>\` (the binary of our own pagefind
dependency), timed separately. Dev edit → page: append a line to one article, then wait for the
server's rebuild signal (Hugo's "Total in N ms" log line; our live-reload message) and for the
article's page fetched over HTTP to show the line; the server's peak memory is its VmHWM.`;

const date = new Date().toISOString();
const header = `newsarchive benchmark, ${date.slice(0, 16).replace("T", " ")} UTC\n${machine()}`;
console.error(header);
for (const n of sizes.length ? sizes : [10000]) {
  const { runs, notes } = await run(n);
  const md = `# ${n.toLocaleString("en")} articles\n\n${header.split("\n").join("  \n")}\n\n${table(runs)}\n\n${notes.map((x) => `- ${x}`).join("\n")}\n\n${HOW}\n`;
  console.log(`\n${md}`);
  mkdirSync(path.join(BENCH, "results"), { recursive: true });
  const file = path.join(BENCH, "results", `${date.slice(0, 10)}-${n}.md`);
  writeFileSync(file, md);
  log(`wrote ${path.relative(process.cwd(), file)}`);
}
