import { createHash } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Sink } from "./site-files.ts";
import { insideFolder } from "./inside.ts";

/**
 * Writes into a live output folder in place (the dev server's), remembering the digest of every
 * file it wrote so that only files whose bytes changed touch the disk.
 */
export class DirectWriter implements Sink {
  readonly out: string;
  /** Site-relative path → digest of the bytes on disk. */
  readonly #files = new Map<string, string>();
  /** Paths written (bytes changed) since the last `take()`. */
  #changed: string[] = [];

  constructor(out: string) {
    this.out = path.resolve(out);
    rmSync(this.out, { recursive: true, force: true });
    mkdirSync(this.out, { recursive: true });
  }

  #target(rel: string): string {
    return insideFolder(this.out, rel);
  }

  write(rel: string, content: string | Uint8Array): void {
    const digest = createHash("sha1").update(content).digest("base64");
    if (this.#files.get(rel) === digest) return;
    const target = this.#target(rel);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
    this.#files.set(rel, digest);
    this.#changed.push(rel);
  }

  remove(rel: string): void {
    if (!this.#files.delete(rel)) return;
    rmSync(this.#target(rel), { force: true });
    this.#changed.push(rel);
  }

  has(rel: string): boolean {
    return this.#files.has(rel);
  }

  /** The paths changed since the last call. */
  take(): string[] {
    const changed = this.#changed;
    this.#changed = [];
    return changed;
  }
}
