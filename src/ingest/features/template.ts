// Site-level template detection: a line that recurs in several files of one seeds folder is page
// furniture (navigation, share bars, footers, promos), not a story's words. The counts need every
// file, so they are an explicit input to the parse: a `TemplateCounter` is filled once per build
// (or kept and updated per changed file by the dev engine) and its `TemplateLines` snapshot is
// handed to `parseSource`. Copies of one story in two files do not reach the first level (3 files).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
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

/** FNV-1a over a string, with a seed, as an unsigned 32-bit number. */
function fnv(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h;
}

/**
 * A 53-bit key for a line, the same whatever a scraper varied: case, curly
 * quotes, runs of spaces and punctuation at its ends. Null for lines too short or long to count.
 */
export function lineKey(line: string): number | null {
  const t = line.trim();
  if (t.length < MIN_KEY_CHARS || t.length > MAX_KEY_CHARS) return null;
  const ascii = asciiKey(t);
  if (ascii !== undefined) return ascii;
  const n = t
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, " ")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
  if (n.length < MIN_KEY_CHARS) return null;
  return fnv(n, 2166136261) * 2 ** 21 + (fnv(n, 374761393) & 0x1fffff);
}

const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAsciiSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

/**
 * `lineKey` of an all-ASCII line in one pass, without the normalised copy (most lines are ASCII,
 * and every line of every seed is keyed); undefined for any other line.
 */
function asciiKey(t: string): number | null | undefined {
  let first = -1;
  let last = -1;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 128) return undefined;
    if (isAsciiAlnum(c)) {
      if (first < 0) first = i;
      last = i;
    }
  }
  // Lowercased, space runs made one space, the ends cut to the first and last letter or digit.
  let h1 = 2166136261 >>> 0;
  let h2 = 374761393 >>> 0;
  let length = 0;
  for (let i = first; i >= 0 && i <= last; i++) {
    let c = t.charCodeAt(i);
    if (isAsciiSpace(c)) {
      if (isAsciiSpace(t.charCodeAt(i - 1))) continue;
      c = 32;
    } else if (c >= 65 && c <= 90) c += 32;
    h1 = Math.imul(h1 ^ c, 16777619) >>> 0;
    h2 = Math.imul(h2 ^ c, 16777619) >>> 0;
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
    this.delete(rel);
    const keys = fileKeys(text);
    this.#byFile.set(rel, keys);
    this.#filesChanged();
    for (const k of keys) this.#bump(k, 1);
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
