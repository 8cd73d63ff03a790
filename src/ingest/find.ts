import { existsSync, realpathSync } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { ContentError, type Diagnostic } from "../model/index.ts";
import { isWithin } from "../model/paths.ts";

/** A seed file found under the seeds folder. */
export interface SeedFile {
  /** Absolute path. */
  abs: string;
  /** Path relative to the seeds folder, with forward slashes: the name used in records and messages. */
  rel: string;
}

const SEED_EXTENSIONS = new Set([".txt", ".md", ".markdown", ".html", ".htm", ".eml"]);

/** A browser's "Save page as…, complete" puts the page's assets in `<name>_files/` beside `<name>.html`. */
function isSavedPageAssets(dirName: string, siblings: ReadonlySet<string>): boolean {
  if (!dirName.endsWith("_files")) return false;
  const page = dirName.slice(0, -"_files".length);
  return siblings.has(`${page}.html`) || siblings.has(`${page}.htm`);
}

/**
 * Would `findSeedFiles(seedsDir)` list this path (relative, forward slashes)? Its extension is a seed's,
 * no segment is hidden, and it is not inside a saved page's `_files/` folder. For watchers.
 */
export function isSeedPath(seedsDir: string, rel: string): boolean {
  const parts = rel.split("/");
  if (!SEED_EXTENSIONS.has(path.extname(rel).toLowerCase()) || parts.some((s) => s.startsWith("."))) return false;
  for (let i = 0; i < parts.length - 1; i++) {
    if (!parts[i]!.toLowerCase().endsWith("_files")) continue;
    const page = path.join(seedsDir, ...parts.slice(0, i), parts[i]!.slice(0, -"_files".length));
    if (existsSync(`${page}.html`) || existsSync(`${page}.htm`)) return false;
  }
  return true;
}


const OUTSIDE = "symbolic link points outside the seeds folder (or nowhere); not read — copy the file into the seeds folder if it belongs in the archive";

/**
 * The warning that skips `abs` (a path under the seeds folder `dir`) when its real path leads
 * outside `dir`, or null when it may be read. The watcher of dev mode asks this of every file it
 * sees, so that a symlink made during a session follows the rule a build follows.
 */
export function seedOutsideWarning(dir: string, abs: string): Diagnostic | null {
  const rel = path.relative(dir, abs).split(path.sep).join("/");
  try {
    if (isWithin(realpathSync(dir), realpathSync(abs))) return null;
  } catch {
    // a dangling link: nothing to read
  }
  return { file: rel, line: null, message: OUTSIDE, kind: "symlink" };
}

/**
 * Every `.txt`, `.md`, `.markdown`, `.html`, `.htm` and `.eml` file under `dir`, recursively, in a stable
 * order; a saved page's `_files/` folder is not read. Symlinks leading outside `dir` are skipped with a warning; a folder or file reached a second time through
 * a symlink (a loop such as `a -> .`) is read once, with a warning; a folder that cannot be read is
 * skipped with a warning. A seeds folder that does not exist or cannot be read is an error.
 */
export async function findSeedFiles(dir: string): Promise<{ files: SeedFile[]; warnings: Diagnostic[] }> {
  let root: string;
  try {
    root = await realpath(dir);
    if (!(await stat(root)).isDirectory()) throw Object.assign(new Error("not a folder"), { code: "ENOTDIR" });
  } catch (cause) {
    throw new ContentError(`cannot read the seeds folder ${dir} (${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}): check the --seeds path`, { cause });
  }
  const files: SeedFile[] = [];
  const warnings: Diagnostic[] = [];
  // Real paths already read, and the name they were first read under: each is read once. Real
  // folders and files are all read before any symlink, so a thing keeps its own name.
  const seenDirs = new Map<string, string>([[root, "."]]);
  const seenFiles = new Map<string, string>();
  const links: Array<{ abs: string; rel: string }> = [];
  const add = (abs: string, rel: string, real: string): void => {
    if (!SEED_EXTENSIONS.has(path.extname(abs).toLowerCase())) return;
    const first = seenFiles.get(real);
    if (first !== undefined) {
      warnings.push({ file: rel, line: null, message: `symbolic link to ${first}, already read; skipped so its articles are not published twice`, kind: "symlink" });
      return;
    }
    seenFiles.set(real, rel);
    files.push({ abs, rel });
  };
  async function walk(current: string, realCurrent: string): Promise<void> {
    const relDir = path.relative(root, current).split(path.sep).join("/") || ".";
    let entries;
    try {
      entries = await readdir(current, { withFileTypes: true });
    } catch (cause) {
      warnings.push({ file: relDir, line: null, message: `folder cannot be read (${(cause as NodeJS.ErrnoException).code}); the articles in it are not in the archive — make it readable`, kind: "unreadable" });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const names = new Set(entries.map((e) => e.name.toLowerCase()));
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      // Joined by hand (path.relative per file was a third of a warm build's walk at 10,000 seeds).
      const abs = `${current}${path.sep}${entry.name}`;
      const rel = relDir === "." ? entry.name : `${relDir}/${entry.name}`;
      const real = `${realCurrent}${path.sep}${entry.name}`;
      if (entry.isSymbolicLink()) links.push({ abs, rel });
      else if (entry.isDirectory()) {
        if (isSavedPageAssets(entry.name.toLowerCase(), names)) continue;
        seenDirs.set(real, rel);
        await walk(abs, real);
      } else if (entry.isFile()) add(abs, rel, real);
    }
  }
  async function follow({ abs, rel }: { abs: string; rel: string }): Promise<void> {
    const target = await realpath(abs).catch(() => null);
    if (!target || !isWithin(root, target)) return void warnings.push({ file: rel, line: null, message: OUTSIDE, kind: "symlink" });
    const s = await stat(target).catch(() => null);
    if (s?.isFile()) return add(abs, rel, target);
    if (!s?.isDirectory()) return;
    const first = seenDirs.get(target);
    if (first !== undefined) {
      warnings.push({ file: rel, line: null, message: `symbolic link leads back to the folder ${first}, already read (a loop or a second name); skipped`, kind: "symlink" });
      return;
    }
    seenDirs.set(target, rel);
    await walk(abs, target);
  }
  await walk(root, root);
  // Links found while following links are followed too; each real folder is walked once, so this ends.
  for (let i = 0; i < links.length; i++) await follow(links[i]!);
  files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return { files, warnings };
}
