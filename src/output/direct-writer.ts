import { createHash } from "node:crypto";
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { markSiteFolder } from "./out-dir-guard.ts";
import type { Sink } from "./site-files.ts";
import { insideFolder } from "./inside.ts";

/**
 * Writes into a live output folder in place (the dev server's), remembering the digest of every
 * file it wrote so that only files whose bytes changed touch the disk. While `hold` is set, files
 * are kept until `take()` and then put in place together, each by a rename: a server reading the
 * folder meanwhile sees the last complete site, never a page half written or half a rebuild.
 */
export class DirectWriter implements Sink {
  readonly out: string;
  /** Site-relative path → digest of the bytes on disk. */
  readonly #files = new Map<string, string>();
  /** Paths written (bytes changed) since the last `take()`. */
  #changed: string[] = [];
  /** Bytes to put in place (or null: to remove) at the next `take()`, while holding. */
  readonly #held = new Map<string, string | Uint8Array | null>();
  /** Hold writes until `take()` (set once a server reads the folder). */
  hold = false;

  constructor(out: string) {
    this.out = path.resolve(out);
    rmSync(this.out, { recursive: true, force: true });
    mkdirSync(this.out, { recursive: true });
    markSiteFolder(this.out);
  }

  #target(rel: string): string {
    return insideFolder(this.out, rel);
  }

  write(rel: string, content: string | Uint8Array): void {
    const digest = createHash("sha1").update(content).digest("base64");
    if (this.#files.get(rel) === digest) return;
    const target = this.#target(rel);
    this.#files.set(rel, digest);
    this.#changed.push(rel);
    if (this.hold) return void this.#held.set(rel, content);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }

  /** Puts the held files in place, each written beside its target and renamed over it. */
  #release(): void {
    for (const [rel, content] of this.#held) {
      const target = this.#target(rel);
      if (content === null) {
        rmSync(target, { force: true });
        continue;
      }
      mkdirSync(path.dirname(target), { recursive: true });
      const next = `${target}.newsarchive-next`;
      writeFileSync(next, content);
      renameSync(next, target);
    }
    this.#held.clear();
  }

  remove(rel: string): void {
    if (!this.#files.delete(rel)) return;
    this.#changed.push(rel);
    if (this.hold) return void this.#held.set(rel, null);
    rmSync(this.#target(rel), { force: true });
  }

  has(rel: string): boolean {
    return this.#files.has(rel);
  }

  /** The paths changed since the last call (held files are put in place first). */
  take(): string[] {
    this.#release();
    const changed = this.#changed;
    this.#changed = [];
    return changed;
  }
}
