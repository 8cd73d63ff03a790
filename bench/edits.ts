// Dev server edit → page, for our `newsarchive dev` (run through the CLI as a user runs it, in a
// process of its own so its memory is its own): the logic of bench/dev-rebuild.ts (append a line
// to one seed, wait for the reload message on the live-reload stream) and then until the
// article's page, fetched over HTTP, holds the new line.
import { spawn } from "node:child_process";
import { appendFileSync } from "node:fs";
import path from "node:path";
import { SseClient } from "../test/helpers/dev.ts";
import { BENCH } from "./corpus.ts";
import { TreeSampler, type PeaksByName } from "./measure.ts";

/** Edit → page times (ms) after warm-up, the server's start-up (first build) in s, and its peak memory. */
export interface EditTimes {
  times: number[];
  startS: number;
  /** Peak RSS (VmHWM) of the server process, MB. */
  rssMb: number;
  /** Largest VmHWM per process name in the server's tree (Pagefind runs as a child process). */
  peaks: PeaksByName;
}

/** Resolves when `ok()` holds, checking every `everyMs`; rejects with `why()` after `timeoutMs`. */
export async function waitUntil(ok: () => boolean | Promise<boolean>, timeoutMs: number, why: () => string, everyMs = 20): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    if (await ok()) return;
    if (performance.now() > deadline) throw new Error(why());
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

const BIN = path.resolve(BENCH, "../bin/newsarchive.mjs");

/** `newsarchive dev --port 0` in `root`; `article` is the seed file the edits append to. */
export async function ourDevEdits(root: string, article: string, edits: number, warmup = 2): Promise<EditTimes> {
  const server = spawn(process.execPath, [BIN, "dev", "--port", "0"], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  const sampler = new TreeSampler(server.pid!, true);
  let log = "";
  server.stdout.setEncoding("utf8").on("data", (d: string) => (log += d));
  server.stderr.setEncoding("utf8").on("data", (d: string) => (log += d));
  let sse: SseClient | undefined;
  try {
    const started = performance.now();
    await waitUntil(() => /Live preview at (\S+)/.test(log) || server.exitCode !== null, 1_800_000, () => `newsarchive dev did not start:\n${log.slice(-2000)}`);
    const url = /Live preview at (\S+)/.exec(log)?.[1];
    if (!url) throw new Error(`newsarchive dev exited:\n${log.slice(-2000)}`);
    const startS = (performance.now() - started) / 1000;
    sse = await SseClient.connect(new URL("__newsarchive/events", url).href);
    let page: string | undefined;
    const times: number[] = [];
    for (let i = 0; i < warmup + edits; i++) {
      const token = `Benchmark edit ${Date.now()}-${i}`;
      const mark = sse.mark();
      const t0 = performance.now();
      appendFileSync(article, `\n${token}.\n`);
      const reload = await sse.waitFor((e) => e.event === "reload", mark, 600_000);
      const shows = async (p: string) => (await (await fetch(new URL(p, url))).text()).includes(token);
      if (!page) {
        // The article's permalink is among the pages the reload names (lists and feeds that show it too).
        const pages = ((reload.data as { pages?: string[] }).pages ?? []).sort((a, b) => Number(/\/\d{4}\/\d{2}\/\d{2}\//.test(b)) - Number(/\/\d{4}\/\d{2}\/\d{2}\//.test(a)));
        for (const p of pages) if (!page && (await shows(p))) page = p;
        if (!page) throw new Error(`no page named by the reload shows the edit: ${pages.join(" ")}`);
      }
      const target = page;
      await waitUntil(() => shows(target), 60_000, () => `${target} never showed the edit`, 5);
      if (i >= warmup) times.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 300)); // past the watcher's trailing re-check
    }
    sampler.sample(true);
    const ours = Object.entries(sampler.peaks).filter(([name]) => !name.startsWith("pagefind"));
    return { times, startS, rssMb: Math.max(...ours.map(([, mb]) => mb)), peaks: { ...sampler.peaks } };
  } finally {
    sampler.stop();
    sse?.close();
    server.kill("SIGTERM");
    if (server.exitCode === null) await new Promise((r) => server.once("close", r));
  }
}
