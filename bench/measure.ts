// How the benchmark measures one process (tree): wall time and the peak RSS of the largest process
// from GNU time (-v reads wait4's ru_maxrss, which for a tree is the largest single process, not a
// sum), plus a sampler that reads VmHWM of every process in the tree from /proc, so a build that
// runs Pagefind as a child process can say which process held the peak.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** Peak resident memory per process name (node, pagefind_extended, hugo…), in MB, from /proc's VmHWM. */
export type PeaksByName = Record<string, number>;

/** One measured run. */
export interface Timed {
  wall: number;
  /** GNU time's maximum resident set size, MB: the largest process of the tree. */
  rssMb: number;
  /** CPU seconds (user + system) of the process and the children it waited for: steadier than wall time on a shared machine. */
  cpu: number;
  /** Largest VmHWM seen per process name (sampled every 100 ms; growth in a process's last 100 ms can be missed). */
  peaks: PeaksByName;
  stdout: string;
  stderr: string;
}

/** The pids of `pid`'s descendants, from /proc/<pid>/task/<tid>/children (threads can be parents too). */
export function descendants(pid: number): number[] {
  const out: number[] = [];
  const walk = (p: number) => {
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${p}/task`);
    } catch {
      return;
    }
    for (const t of tasks) {
      let kids = "";
      try {
        kids = readFileSync(`/proc/${p}/task/${t}/children`, "utf8");
      } catch {
        continue;
      }
      for (const k of kids.split(" ").filter(Boolean).map(Number)) (out.push(k), walk(k));
    }
  };
  walk(pid);
  return out;
}

/** Name and VmHWM (MB) of a live process, or null when it has gone. */
export function highWater(pid: number): { name: string; mb: number } | null {
  try {
    const s = readFileSync(`/proc/${pid}/status`, "utf8");
    const name = /^Name:\s+(.*)$/m.exec(s)?.[1] ?? "?";
    const kb = Number(/^VmHWM:\s+(\d+)/m.exec(s)?.[1] ?? 0);
    return { name, mb: kb / 1024 };
  } catch {
    return null;
  }
}

/** Keeps the largest VmHWM per process name over a tree rooted at `pid` (the root itself included when `self`). */
export class TreeSampler {
  readonly peaks: PeaksByName = {};
  #timer: NodeJS.Timeout;
  constructor(readonly pid: number, self = false, everyMs = 100) {
    this.#timer = setInterval(() => this.sample(self), everyMs);
  }
  sample(self: boolean): void {
    for (const p of self ? [this.pid, ...descendants(this.pid)] : descendants(this.pid)) {
      const h = highWater(p);
      if (!h || h.name === "time") continue;
      const name = h.name.startsWith("pagefind") ? "pagefind" : h.name; // the kernel cuts names at 15 characters
      this.peaks[name] = Math.max(this.peaks[name] ?? 0, h.mb);
    }
  }
  stop(): PeaksByName {
    clearInterval(this.#timer);
    return this.peaks;
  }
}

let counter = 0;
/** Runs `cmd args` under /usr/bin/time -v in `cwd`; throws with its stderr when it fails. */
export function timed(cmd: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<Timed> {
  const tf = path.join(tmpdir(), `newsarchive-bench-${process.pid}-${counter++}.time`);
  return new Promise((resolve, reject) => {
    const child = spawn("/usr/bin/time", ["-v", "-o", tf, cmd, ...args], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    const sampler = new TreeSampler(child.pid!);
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", (e) => (sampler.stop(), reject(e)));
    child.on("close", (code) => {
      const peaks = sampler.stop();
      if (code !== 0) return reject(new Error(`${cmd} ${args.join(" ")} (in ${cwd}) exited ${code}:\n${stderr.slice(-3000)}`));
      const t = readFileSync(tf, "utf8");
      const wall = /Elapsed \(wall clock\) time \([^)]*\): (.*)/.exec(t)![1]!.split(":").reduce((s, x) => s * 60 + Number(x), 0);
      const rssMb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(t)![1]) / 1024;
      const seconds = (label: string) => Number(new RegExp(`${label} time \\(seconds\\): ([\\d.]+)`).exec(t)?.[1] ?? NaN);
      resolve({ wall, rssMb, cpu: seconds("User") + seconds("System"), peaks, stdout, stderr });
    });
  });
}

/** The median (the mean of the middle two for an even count) and the 95th percentile (nearest rank). */
export function summary(xs: readonly number[]): { median: number; p95: number } {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length / 2;
  const median = s.length % 2 ? s[Math.floor(mid)]! : (s[mid - 1]! + s[mid]!) / 2;
  return { median, p95: s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]! };
}
