import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const BENCH = path.dirname(fileURLToPath(import.meta.url));
export const WORK = path.join(BENCH, "work");
/** The peers' benchmark kit (../shared/bench/peers): their sites and the corpus generator. */
export const PEERS = path.resolve(BENCH, "../../shared/bench/peers");
/** The peers' generator, so our numbers and Hugo's/Eleventy's come from the same articles. */
export const GEN = path.join(PEERS, "gen-corpus.mjs");

/** A deterministic corpus of N Markdown articles with YAML front matter (generated once, then reused; a folder without N articles is made again). */
export function corpus(n: number): string {
  const dir = path.join(WORK, `corpus-${n}`);
  if (!existsSync(dir) || readdirSync(dir).length !== n) {
    mkdirSync(WORK, { recursive: true });
    rmSync(dir, { recursive: true, force: true });
    rmSync(`${dir}.tmp`, { recursive: true, force: true });
    rmSync(`${dir}.search-target.json`, { force: true });
    execFileSync(process.execPath, [GEN, String(n), `${dir}.tmp`], { stdio: "ignore" });
    renameSync(`${dir}.tmp`, dir);
  }
  return dir;
}

/** A private, editable copy of the corpus as a project's seeds folder. */
export function project(n: number, name: string): { root: string; seeds: string } {
  const root = path.join(WORK, `${name}-${n}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync(corpus(n), path.join(root, "seeds"), { recursive: true });
  return { root, seeds: path.join(root, "seeds") };
}

export function stats(xs: readonly number[]): { median: number; p95: number; max: number } {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { median: at(0.5), p95: at(0.95), max: s[s.length - 1]! };
}
