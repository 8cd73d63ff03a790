// Hugo and Hugo + Pagefind on the same corpus as ours: the site of ../shared/bench/peers/hugo
// (prepared by its prep.mjs), built by the `hugo` command, then indexed by Pagefind's CLI, the
// binary that comes with our own `pagefind` dependency (same version as the one we run).
import { execFileSync, spawn } from "node:child_process";
import { appendFileSync, existsSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PEERS } from "./corpus.ts";
import { highWater, timed, type Timed } from "./measure.ts";
import { waitUntil, type EditTimes } from "./edits.ts";

/** Pagefind's own CLI binary, as installed with the `pagefind` package for this platform. */
export function pagefindBinary(): string {
  const require = createRequire(import.meta.url);
  const pkg = path.dirname(require.resolve(`@pagefind/${process.platform}-${process.arch === "x64" ? "x64" : process.arch}/package.json`));
  for (const name of ["pagefind_extended", "pagefind"]) if (existsSync(path.join(pkg, "bin", name))) return path.join(pkg, "bin", name);
  throw new Error(`no Pagefind binary in ${pkg}/bin`);
}

export function hugoVersion(): string {
  return execFileSync("hugo", ["version"], { encoding: "utf8" }).trim();
}

/** A Hugo site of the corpus, ready to build: `site` the project, `out` its output, `article` the edited file. */
export class HugoSite {
  readonly out: string;
  constructor(readonly site: string, readonly article: string) {
    this.out = `${site}-public`;
  }

  static prepare(corpus: string, site: string, articleName: string): HugoSite {
    execFileSync(process.execPath, [path.join(PEERS, "prep.mjs"), "hugo", corpus, site], { stdio: "ignore" });
    const found = execFileSync("find", [path.join(site, "content"), "-name", articleName], { encoding: "utf8" }).trim();
    if (!found) throw new Error(`${articleName} not in the Hugo site ${site}`);
    return new HugoSite(site, found);
  }

  /** A build from nothing: no output folder, no resources cache. */
  cold(): Promise<Timed> {
    rmSync(this.out, { recursive: true, force: true });
    rmSync(path.join(this.site, "resources"), { recursive: true, force: true });
    return this.build();
  }

  /** A build over the last output (Hugo has no incremental CLI build: it renders every page again). */
  build(): Promise<Timed> {
    return timed("hugo", ["-s", this.site, "-d", this.out, "--quiet"], this.site);
  }

  /** Pagefind's CLI over Hugo's output, as its documentation says to run it. */
  pagefind(): Promise<Timed> {
    return timed(pagefindBinary(), ["--site", this.out], this.site);
  }

  /**
   * `hugo server` (in memory, default fast render): after warm-up edits, `edits` times appends a
   * line to the article and times it until Hugo logs the rebuild ("Total in N ms") and the
   * article's page, fetched over HTTP, holds the line.
   */
  async serverEdits(edits: number, warmup = 2): Promise<EditTimes> {
    const port = 20000 + Math.floor(Math.random() * 20000);
    const server = spawn("hugo", ["server", "-s", this.site, "--bind", "127.0.0.1", "--port", String(port)], { stdio: ["ignore", "pipe", "pipe"] });
    let log = "";
    server.stdout.setEncoding("utf8").on("data", (d: string) => (log += d));
    server.stderr.setEncoding("utf8").on("data", (d: string) => (log += d));
    try {
      const started = performance.now();
      await waitUntil(() => /Web Server is available/.test(log), 1_800_000, () => `hugo server did not start:\n${log.slice(-2000)}`);
      const startS = (performance.now() - started) / 1000;
      const page = `http://127.0.0.1:${port}${this.articleUrl()}`;
      const first = await fetch(page);
      if (first.status !== 200) throw new Error(`hugo server: ${page} answered ${first.status}`);
      await first.text(); // a visited page: fast render re-renders what a reader has open
      const times: number[] = [];
      for (let i = 0; i < warmup + edits; i++) {
        const token = `Hugo benchmark edit ${Date.now()}-${i}`;
        const done = (log.match(/^Total in \d+ ms/gm) ?? []).length;
        const t0 = performance.now();
        appendFileSync(this.article, `\n${token}.\n`);
        await waitUntil(() => (log.match(/^Total in \d+ ms/gm) ?? []).length > done, 600_000, () => `no rebuild after edit ${i}:\n${log.slice(-2000)}`);
        await waitUntil(async () => (await (await fetch(page)).text()).includes(token), 60_000, () => `${page} never showed the edit`, 5);
        if (i >= warmup) times.push(performance.now() - t0);
        await new Promise((r) => setTimeout(r, 300));
      }
      return { times, startS, rssMb: highWater(server.pid!)?.mb ?? NaN, peaks: {} };
    } finally {
      server.kill("SIGTERM");
      await new Promise((r) => server.once("close", r));
    }
  }

  /** /YYYY/MM/DD/<file name>/, the permalink rule of the peers' Hugo configuration. */
  articleUrl(): string {
    const front = readFileSync(this.article, "utf8");
    const date = /^date: (\d{4})-(\d{2})-(\d{2})/m.exec(front);
    if (!date) throw new Error(`no date in ${this.article}`);
    return `/${date[1]}/${date[2]}/${date[3]}/${path.basename(this.article, ".md")}/`;
  }
}
