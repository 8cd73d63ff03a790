// Site-level template detection: a line that recurs in several files of one seeds folder is page
// furniture (navigation, share bars, footers, promos), not a story's words. The counts need every
// file, so they are an explicit input to the parse: a `TemplateCounter` is filled once per build
// (or kept and updated per changed file by the dev engine) and its `TemplateLines` snapshot is
// handed to `parseSource`. Copies of one story in two files do not reach the first level (3 files).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { codePointWidth, isLetterOrDigitAt, isSpaceCode } from "../../model/chars.ts";
import { decodeBytes, splitLines } from "../decode.ts";

/** How strongly a line is template: 1 = in at least 3 files; 2 = in at least max(5, 2 % of the files). */
export type TemplateLevel = 1 | 2;

/** The recurring lines of one seeds folder, as a parse reads them. Immutable; safe to send to a worker. */
export interface TemplateLines {
  /** Line key (see `lineKey`) → level, for lines at level 1 or more only. */
  readonly levels: ReadonlyMap<number, TemplateLevel>;
  /** Files counted. */
  readonly files: number;
  /** Changes whenever a level changes: part of every parse's cache key. */
  readonly digest: string;
}

/** No folder context (one file parsed alone, a test): nothing counts as template. */
export const NO_TEMPLATE_LINES: TemplateLines = { levels: new Map(), files: 0, digest: "none" };

/** Files a line must recur in before it counts as template at all. */
export const MIN_TEMPLATE_FILES = 3;
/** Lines shorter or longer than this are not counted (a blank-ish mark; a paragraph is never chrome). */
const MIN_KEY_CHARS = 2;
const MAX_KEY_CHARS = 300;

/** FNV-1a's multiplier; the key is two FNV-1a hashes (different seeds) of the normalised line. */
const FNV_PRIME = 16777619;

/**
 * A 53-bit key for a line, the same whatever a scraper varied: case, curly
 * quotes, runs of spaces and punctuation at its ends. Null for lines too short or long to count.
 * The key hashes the line lowercased, with curly quotes straight, space runs as one space and cut
 * to its first and last letter or digit, in one pass without making that string (every line of
 * every seed file is keyed).
 */
export function lineKey(line: string): number | null {
  const t = line.trim();
  if (t.length < MIN_KEY_CHARS || t.length > MAX_KEY_CHARS) return null;
  const low = t.toLowerCase();
  let first = -1;
  let end = -1;
  for (let i = 0; i < low.length; ) {
    const width = codePointWidth(low, i);
    if (isLetterOrDigitAt(low, i)) {
      if (first < 0) first = i;
      end = i + width;
    }
    i += width;
  }
  let h1 = 2166136261 >>> 0;
  let h2 = 374761393 >>> 0;
  let length = 0;
  for (let i = first; i >= 0 && i < end; i++) {
    let c = low.charCodeAt(i);
    if (isSpaceCode(c)) {
      if (isSpaceCode(low.charCodeAt(i - 1))) continue;
      c = 32;
    } else if (c === 0x2018 || c === 0x2019) c = 39;
    else if (c === 0x201c || c === 0x201d) c = 34;
    h1 = Math.imul(h1 ^ c, FNV_PRIME) >>> 0;
    h2 = Math.imul(h2 ^ c, FNV_PRIME) >>> 0;
    length++;
  }
  if (length < MIN_KEY_CHARS) return null;
  return h1 * 2 ** 21 + (h2 & 0x1fffff);
}

/** The distinct line keys of one file's text. */
export function fileKeys(text: string): Float64Array {
  const keys = new Set<number>();
  for (const line of splitLines(text)) {
    const k = lineKey(line);
    if (k !== null) keys.add(k);
  }
  return Float64Array.from(keys);
}

function levelOf(count: number, strong: number): 0 | TemplateLevel {
  return count >= strong ? 2 : count >= MIN_TEMPLATE_FILES ? 1 : 0;
}

/**
 * Counts, per line key, the files it appears in. Owned by whoever builds (a cold build makes one and
 * drops it; the dev engine keeps one for its session and calls `set`/`delete` as files change).
 */
export class TemplateCounter {
  readonly #counts = new Map<number, number>();
  /** Per file, the keys it added (so a changed or deleted file can be taken back out). */
  readonly #byFile = new Map<string, Float64Array>();
  #snapshot: TemplateLines | null = null;
  #snapshotStrong = 0;

  /** Counts (or recounts) one file from its raw bytes, decoded as the parse will decode them. */
  set(rel: string, bytes: Uint8Array): void {
    const text = decodeBytes(rel, bytes).text;
    this.setText(rel, text ?? "");
  }

  setText(rel: string, text: string): void {
    this.setKeys(rel, fileKeys(text));
  }

  /** Counts one file by the line keys `keysOf` gave for the same bytes before (a build cache keeps them). */
  setKeys(rel: string, keys: Float64Array): void {
    this.delete(rel);
    this.#byFile.set(rel, keys);
    this.#filesChanged();
    for (const k of keys) this.#bump(k, 1);
  }

  /** The line keys counted for `rel`, if it is counted. */
  keysOf(rel: string): Float64Array | undefined {
    return this.#byFile.get(rel);
  }

  delete(rel: string): void {
    const keys = this.#byFile.get(rel);
    if (!keys) return;
    this.#byFile.delete(rel);
    this.#filesChanged();
    for (const k of keys) this.#bump(k, -1);
  }

  /** The count at which a line is strongly template, for the current number of files. */
  #strong(): number {
    return Math.max(5, Math.ceil(this.#byFile.size * 0.02));
  }

  #filesChanged(): void {
    if (this.#snapshot && this.#strong() !== this.#snapshotStrong) this.#snapshot = null;
  }

  /** Changes one key's count; the snapshot is dropped only when the key's level changes (most edits keep it). */
  #bump(k: number, by: 1 | -1): void {
    const before = this.#counts.get(k) ?? 0;
    const after = before + by;
    if (after <= 0) this.#counts.delete(k);
    else this.#counts.set(k, after);
    if (this.#snapshot && levelOf(before, this.#snapshotStrong) !== levelOf(after, this.#snapshotStrong)) this.#snapshot = null;
  }

  /** The levels as they stand; the same object (and digest) until a count changes. */
  snapshot(): TemplateLines {
    if (this.#snapshot) return this.#snapshot;
    const files = this.#byFile.size;
    const strong = (this.#snapshotStrong = this.#strong());
    const levels = new Map<number, TemplateLevel>();
    for (const [k, c] of this.#counts) {
      const level = levelOf(c, strong);
      if (level) levels.set(k, level);
    }
    const hash = createHash("sha1");
    for (const k of [...levels.keys()].sort((a, b) => a - b)) hash.update(`${k}:${levels.get(k)};`);
    this.#snapshot = { levels, files, digest: levels.size === 0 ? "none" : hash.digest("base64url").slice(0, 16) };
    return this.#snapshot;
  }
}

/** The template lines of a whole folder, for a cold build: every file read once (unreadable ones skipped; the parse reports them). */
export function countTemplateLines(files: ReadonlyArray<{ rel: string; abs: string }>): TemplateLines {
  const counter = new TemplateCounter();
  for (const f of files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(f.abs);
    } catch {
      continue;
    }
    counter.set(f.rel, bytes);
  }
  return counter.snapshot();
}
