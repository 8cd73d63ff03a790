// Replacing a site by patching it: when the output folder is exactly as the last build left it,
// a build after a small edit stages only the files whose bytes changed and moves them into place,
// instead of staging every file (hard links) and deleting the old tree. That deletion alone took
// most of a one-article rebuild at 10,000 articles. A journal, written before the first move and
// removed after the last, lets the next build finish a patch that was killed half-way (roll
// forward), so the folder never stays a mix of two builds.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SITE_MARKER } from "./out-dir-guard.ts";
import { removeTree } from "./remove-tree.ts";

/** What a patch does: files moved from the staging folder into the site, and files removed from it. */
interface Journal {
  staging: string;
  out: string;
  moves: string[];
  removed: string[];
}

/** The journal of a patch of `out` (beside it, hidden). */
export function journalFile(out: string): string {
  return path.join(path.dirname(out), `.${path.basename(out)}.patch.json`);
}

/**
 * Whether `out` holds exactly `files` (no file added or missing) besides its site marker: a patch
 * is only right for a folder that is the last build's output. Sizes and times are the caller's to check.
 */
export function holdsExactly(out: string, files: ReadonlySet<string>): boolean {
  let count = 0;
  const root = path.resolve(out);
  try {
    for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
      if (entry.isDirectory()) continue;
      // Cut from the entry's own folder path (`path.relative` per entry cost most of the walk at 29,000 files).
      const dir = entry.parentPath.length > root.length ? entry.parentPath.slice(root.length + 1) : "";
      const rel = (dir ? `${dir}/${entry.name}` : entry.name).split(path.sep).join("/");
      if (rel === SITE_MARKER) continue; // every site folder's, written with it
      if (!entry.isFile() || !files.has(rel)) return false;
      count++;
    }
  } catch {
    return false;
  }
  return count === files.size;
}

/**
 * Moves every file staged in `staging` that is not already in `out` as the same file (same inode:
 * a search bundle linked from the cache) into `out`, and removes `removed` from it; then the
 * staging folder.
 */
export function applyPatch(staging: string, out: string, removed: readonly string[]): void {
  const moves: string[] = [];
  for (const entry of readdirSync(staging, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const abs = path.join(entry.parentPath, entry.name);
    const rel = path.relative(staging, abs).split(path.sep).join("/");
    if (!sameFile(abs, path.join(out, rel))) moves.push(rel);
  }
  const journal: Journal = { staging, out, moves, removed: [...removed] };
  const file = journalFile(out);
  writeFileSync(`${file}.tmp`, JSON.stringify(journal));
  renameSync(`${file}.tmp`, file);
  finish(journal);
}

/** Completes a patch that a killed build left half done (its journal is still there); true when there was one. */
export function rollForward(out: string): boolean {
  const file = journalFile(out);
  if (!existsSync(file)) return false;
  try {
    finish(JSON.parse(readFileSync(file, "utf8")) as Journal);
  } catch {
    rmSync(file, { force: true }); // a journal cut short was never acted on: its moves had not begun
  }
  return true;
}

function finish(journal: Journal): void {
  const { staging, out } = journal;
  for (const rel of journal.moves) {
    const from = path.join(staging, rel);
    if (!existsSync(from)) continue; // moved before the kill
    mkdirSync(path.dirname(path.join(out, rel)), { recursive: true });
    renameSync(from, path.join(out, rel));
  }
  for (const rel of journal.removed) {
    rmSync(path.join(out, rel), { force: true });
    // Folders the removed file leaves empty go too, as a fresh build would not make them.
    for (let dir = path.dirname(path.join(out, rel)); dir.length > out.length; dir = path.dirname(dir)) {
      try {
        rmdirSync(dir);
      } catch {
        break; // not empty
      }
    }
  }
  rmSync(journalFile(out), { force: true });
  removeTree(staging);
}

function sameFile(a: string, b: string): boolean {
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.ino === y.ino && x.dev === y.dev;
  } catch {
    return false;
  }
}
