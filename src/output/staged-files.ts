// Writing one file of a staged site: its folder made once, and a file whose bytes equal the
// previous site's hard-linked from it (same inode, same modification time) instead of rewritten.
// Plain JavaScript, so the site writer and its writer thread (which loads no TypeScript) share it.
import { linkSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

export class StagedFiles {
  #dirs;

  constructor(staging) {
    this.#dirs = new Set([staging]);
  }

  /** Writes `bytes` at `target` (or links `previous` when it holds the same bytes); true when written. */
  write(target, previous, bytes) {
    this.#ensureDir(path.dirname(target));
    if (previous !== null && sameBytes(previous, bytes)) {
      try {
        linkSync(previous, target);
        return false;
      } catch {
        // Hard links can fail across devices: fall through to a plain write.
      }
    }
    writeFileSync(target, bytes);
    return true;
  }

  /** Creates a folder and its missing parents, each once: a recursive mkdir per file stats every level. */
  #ensureDir(dir) {
    if (this.#dirs.has(dir)) return;
    this.#ensureDir(path.dirname(dir));
    try {
      mkdirSync(dir);
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
    }
    this.#dirs.add(dir);
  }
}

function sameBytes(file, bytes) {
  try {
    if (statSync(file).size !== bytes.byteLength) return false;
    return Buffer.compare(readFileSync(file), bytes) === 0;
  } catch {
    return false;
  }
}
