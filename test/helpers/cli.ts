import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const BIN = path.join(ROOT, "bin", "newsarchive.mjs");

let empty: string | null = null;
/** An empty folder: the CLI's default working folder in tests, so no test reads the repository's seeds/ or config by accident. */
export function emptyCwd(): string {
  return (empty ??= mkdtempSync(path.join(tmpdir(), "newsarchive-cwd-")));
}

/** Runs the real CLI in a child process, as a user would (in an empty folder unless `cwd` is given). */
export function cli(args: string[], cwd = emptyCwd()): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
