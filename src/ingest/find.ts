import { existsSync } from "node:fs";
import { readdir, realpath } from "node:fs/promises";
import path from "node:path";
import type { Diagnostic } from "../model/index.ts";

/** A seed file found under the seeds folder. */
export interface SeedFile {
  /** Absolute path. */
  abs: string;
  /** Path relative to the seeds folder, with forward slashes: the name used in records and messages. */
  rel: string;
}

const SEED_EXTENSIONS = new Set([".txt", ".md", ".markdown", ".html", ".htm"]);

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

/**
 * Every `.txt`, `.md`, `.markdown`, `.html` and `.htm` file under `dir`, recursively, in a stable order.
 * Symlinks leading outside `dir` are skipped with a warning; a saved page's `_files/` folder is not read.
 */
export async function findSeedFiles(dir: string): Promise<{ files: SeedFile[]; warnings: Diagnostic[] }> {
  const root = await realpath(dir);
  const files: SeedFile[] = [];
  const warnings: Diagnostic[] = [];
  async function walk(current: string): Promise<void> {
    const entries = await readdir(current, { withFileTypes: true });
    const names = new Set(entries.map((e) => e.name.toLowerCase()));
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const abs = path.join(current, entry.name);
      const rel = path.relative(root, abs).split(path.sep).join("/");
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = await realpath(abs).catch(() => null);
        if (!target || !(target === root || target.startsWith(root + path.sep))) {
          warnings.push({ file: rel, line: null, message: "symbolic link points outside the seeds folder (or nowhere); not read — copy the file into the seeds folder if it belongs in the archive", kind: "symlink" });
          continue;
        }
        const { stat } = await import("node:fs/promises");
        const s = await stat(abs);
        isDir = s.isDirectory();
        isFile = s.isFile();
      }
      if (isDir && isSavedPageAssets(entry.name.toLowerCase(), names)) continue;
      if (isDir) await walk(abs);
      else if (isFile && SEED_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) files.push({ abs, rel });
    }
  }
  await walk(root);
  files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return { files, warnings };
}
