// The output folder is replaced whole by every build, so before anything is written this module
// decides whether the folder named as output may be replaced at all. It is the one check behind
// `build`, `dev` and the `build()` API: a mistyped `--out .` or `--out seeds` must never cost a
// user their project.
import { accessSync, constants, existsSync, readdirSync, realpathSync, statSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
import { UsageError } from "../model/index.ts";
import { isWithin } from "../model/paths.ts";

/** The file every folder newsarchive writes carries; its presence is what makes a folder replaceable. */
export const SITE_MARKER = ".newsarchive-site";
const MARKER_TEXT = "This folder was written by newsarchive. Every build replaces it whole: keep nothing else in it.\n";

/** Marks `dir` (a staging folder or a live dev folder) as newsarchive's to replace. */
export function markSiteFolder(dir: string): void {
  writeFileSync(path.join(dir, SITE_MARKER), MARKER_TEXT);
}

/** What the guard needs to know about a build. */
export interface OutDirCheck {
  /** The output folder the build would replace. */
  out: string;
  /** Folders the build reads: the seeds, the project, the template and public layers. */
  seeds: string;
  root: string;
  templates?: readonly string[];
  public?: readonly string[];
  /** The folder the command was started in (default: `process.cwd()`). */
  cwd?: string;
  /** The user said the folder's present files may go (`--force`): lifts only the missing-marker refusal. */
  force?: boolean;
}

/** A path with its symbolic links resolved as far as it exists, so `./dist/..` and a link to the project compare equal. */
function real(p: string): string {
  const abs = path.resolve(p);
  try {
    return realpathSync(abs);
  } catch {
    const parent = path.dirname(abs);
    return parent === abs ? abs : path.join(real(parent), path.basename(abs));
  }
}


/**
 * Throws a `UsageError` naming the folder and the reason when `out` must not be replaced: it is or
 * holds the seeds, the project, the current folder, a template or public folder, the home folder;
 * it lies inside a folder the build reads; it is a file; it or its parent cannot be written; or it
 * holds files and was not written by newsarchive (only this last refusal yields to `force`).
 */
export function guardOutDir(check: OutDirCheck): void {
  const out = real(check.out);
  const shown = check.out;
  const refuse = (why: string, fix: string): never => {
    throw new UsageError(`refusing to use "${shown}" as the output folder: ${why}; ${fix}`);
  };
  const named: Array<[string, string]> = [
    [check.seeds, "the seeds folder"],
    [check.root, "the project folder"],
    [check.cwd ?? process.cwd(), "the current folder"],
    ...(check.templates ?? []).map((d): [string, string] => [d, "a templates folder"]),
    ...(check.public ?? []).map((d): [string, string] => [d, "a public folder"]),
    [homedir(), "your home folder"],
  ];
  const fix = "a build replaces its output folder whole; choose a folder of its own, such as --out dist";
  for (const [dir, what] of named) if (out === real(dir)) refuse(`it is ${what} (${dir})`, fix);
  for (const [dir, what] of named) if (isWithin(out, real(dir))) refuse(`it contains ${what} (${dir})`, fix);
  // Inside a folder the build reads, the site would be read back as input next time (dot folders are never read).
  const read: Array<[string, string]> = [[check.seeds, "the seeds folder"], ...(check.public ?? []).map((d): [string, string] => [d, "a public folder"]), ...(check.templates ?? []).map((d): [string, string] => [d, "a templates folder"])];
  for (const [dir, what] of read) {
    const r = real(dir);
    if (isWithin(r, out) && !path.relative(r, out).split(path.sep).some((s) => s.startsWith("."))) refuse(`it is inside ${what} (${dir}), which the build reads`, fix);
  }
  if (!existsSync(out)) return checkWritable(path.dirname(out), shown, refuse);
  if (!statSync(out).isDirectory()) refuse("it is a file, not a folder", "remove it or choose another --out");
  const entries = readdirSync(out);
  if (entries.length > 0 && !entries.includes(SITE_MARKER) && !check.force) {
    refuse(
      `it holds ${entries.length} file${entries.length === 1 ? "" : "s"} or folder${entries.length === 1 ? "" : "s"} (${entries.slice(0, 3).join(", ")}${entries.length > 3 ? ", …" : ""}) and was not written by newsarchive (no ${SITE_MARKER} file)`,
      "choose an empty or new folder, or pass --force if everything in it may be deleted",
    );
  }
  checkWritable(out, shown, refuse);
  checkWritable(path.dirname(out), shown, refuse);
}

/** The swap renames the output folder and makes a staging folder beside it: both folders must be writable. */
function checkWritable(dir: string, shown: string, refuse: (why: string, fix: string) => never): void {
  try {
    accessSync(dir, constants.W_OK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return; // made by the build
    refuse(`${dir} cannot be written (${(error as NodeJS.ErrnoException).code})`, `make it writable (chmod u+w "${dir}") or choose another --out than ${shown}`);
  }
}
