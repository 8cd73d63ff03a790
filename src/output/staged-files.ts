// Writing one file of a staged site: its folder made once, and a file whose bytes equal the
// previous site's hard-linked from it (same inode, same modification time) instead of rewritten.
// Shared by the site writer and its writer thread.
import { copyFileSync, linkSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Writes the files of one staging folder, remembering which folders it has made (so each writer of a staging folder owns one). */
export class StagedFiles {
  /** Folders known to exist. */
  readonly #dirs: Set<string>;

  /** Link a file whose bytes equal the previous site's into the staging folder (false: a patch, which leaves it where it is). */
  readonly #linkUnchanged: boolean;

  constructor(staging: string, linkUnchanged = true) {
    this.#dirs = new Set([staging]);
    this.#linkUnchanged = linkUnchanged;
  }

  /**
   * Writes `bytes` at `target` (or links `previous` when it holds the same bytes); true when
   * written. Null bytes: the caller knows `previous` is right as it is (a page whose data did not
   * change), so it is linked (or copied) without being read.
   */
  write(target: string, previous: string | null, bytes: Uint8Array | null): boolean {
    if (!this.#linkUnchanged && (bytes === null || (previous !== null && sameBytes(previous, bytes)))) return false;
    this.#ensureDir(path.dirname(target));
    if (bytes === null) {
      try {
        linkSync(previous!, target);
      } catch {
        copyFileSync(previous!, target);
      }
      return false;
    }
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
  #ensureDir(dir: string): void {
    if (this.#dirs.has(dir)) return;
    this.#ensureDir(path.dirname(dir));
    try {
      mkdirSync(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    this.#dirs.add(dir);
  }
}

function sameBytes(file: string, bytes: Uint8Array): boolean {
  try {
    if (statSync(file).size !== bytes.byteLength) return false;
    return Buffer.compare(readFileSync(file), bytes) === 0;
  } catch {
    return false;
  }
}
