// The seeds as the dev server's engine knows them: the last good parse of every file (cached by
// content, so a file saved back as it was costs nothing), its current errors, and the line counts
// across files that site-template detection reads.
import { lstatSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { findSeedFiles, isSeedPath, TemplateCounter, type TemplateLines } from "../../ingest/index.ts";
import { ingestFile, unreadable, type IngestedFile } from "../../ingest/ingest-file.ts";
import type { Diagnostic, ParsedArticle, SiteConfig } from "../../model/index.ts";
import { configKey, contentDigest, parseKey } from "../cache/keys.ts";

/** Whether `abs` or a folder between `seeds` and it is a symbolic link (then the discovery rules decide). */
function viaSymlink(seeds: string, abs: string): boolean {
  for (let p = abs; p.startsWith(seeds + path.sep); p = path.dirname(p)) {
    try {
      if (lstatSync(p).isSymbolicLink()) return true;
    } catch {
      // gone: nothing to follow
    }
  }
  return false;
}

/** The engine's parses of the seeds folder, file by file. */
export class SeedParses {
  readonly #seeds: string;
  readonly #config: SiteConfig;
  readonly #configKey: string;
  readonly #cache: Map<string, IngestedFile>;
  readonly #onWarning: ((warning: Diagnostic) => void) | undefined;
  /** Seed path (relative, `/`) → the last good parse of that file, and its current errors. */
  readonly #files = new Map<string, { good: IngestedFile; errors: Diagnostic[] }>();
  /** Seed path → the parse-cache key of the bytes last read there: a superseded parse is dropped from the cache. */
  readonly #readKeys = new Map<string, string>();
  #sorted: string[] | null = null;
  /** Line counts across the seeds (site-template detection), updated as files change; every parse reads its snapshot. */
  readonly #lineCounter = new TemplateCounter();
  #templateLines: TemplateLines = this.#lineCounter.snapshot();

  /** `cache` holds parses by content key, shared with the next engine's parses (a configuration change). */
  constructor(seeds: string, config: SiteConfig, cache: Map<string, IngestedFile>, onWarning?: (warning: Diagnostic) => void) {
    this.#seeds = path.resolve(seeds);
    this.#config = config;
    this.#configKey = configKey(config);
    this.#cache = cache;
    this.#onWarning = onWarning;
  }

  /** Reads every seed file found (counting lines first, so every parse sees the counts of all). */
  async readAll(): Promise<void> {
    const found = await findSeedFiles(this.#seeds);
    for (const w of found.warnings) this.#onWarning?.(w);
    for (const f of found.files) this.count(f.rel, f.abs);
    this.#templateLines = this.#lineCounter.snapshot();
    for (const f of found.files) this.read(f.rel, f.abs, false);
  }

  /** After changes: when a line crossed a template threshold, every file reads differently; read them all again. */
  recount(): void {
    if (this.#lineCounter.snapshot() === this.#templateLines) return;
    const before = this.#templateLines.digest;
    this.#templateLines = this.#lineCounter.snapshot();
    if (this.#templateLines.digest !== before) for (const rel of [...this.#files.keys()]) this.read(rel, path.join(this.#seeds, rel), false);
  }

  /** Whether `rel` is a seed file read before. */
  has(rel: string): boolean {
    return this.#files.has(rel);
  }

  /** Every error of the seeds that stands now. */
  errors(): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const f of this.#files.values()) if (f.errors.length > 0) out.push(...f.errors);
    return out;
  }

  /** A path's seed-relative form (`/`-separated), or null outside the seeds folder. */
  relative(abs: string): string | null {
    const rel = path.relative(this.#seeds, path.resolve(abs)).split(path.sep).join("/");
    return rel.startsWith("..") || path.isAbsolute(rel) ? null : rel;
  }

  /** Re-reads what is at `abs` now; true when the set of records may have changed. */
  async content(abs: string): Promise<boolean> {
    const rel = this.relative(abs);
    if (rel === null) return false;
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      stat = null;
    }
    const under = (r: string) => rel === "" || r === rel || r.startsWith(`${rel}/`);
    // A folder appeared or was renamed into place, or a symlink (which must follow the build's
    // rule: inside the seeds folder, read once): read what is in it, forget what is gone.
    if (stat?.isDirectory() || viaSymlink(this.#seeds, path.resolve(abs))) {
      const found = await findSeedFiles(this.#seeds);
      for (const w of found.warnings) if (under(w.file)) this.#onWarning?.(w);
      const present = new Set(found.files.map((f) => f.rel));
      let changed = false;
      for (const known of [...this.#files.keys()]) if (under(known) && !present.has(known)) changed = this.forget(known) || changed;
      for (const f of found.files) if (under(f.rel)) changed = this.read(f.rel, f.abs) || changed;
      return changed;
    }
    if (stat?.isFile() && isSeedPath(this.#seeds, rel)) return this.read(rel, abs);
    let changed = false;
    for (const known of [...this.#files.keys()]) if (under(known)) changed = this.forget(known) || changed;
    // Any other file beside the seeds (an image an article shows): its copy and the page's size follow it.
    return changed || !isSeedPath(this.#seeds, rel);
  }

  /** Counts one file's lines for template detection (a file that cannot be read counts as empty). */
  count(rel: string, abs: string): void {
    try {
      this.#lineCounter.set(rel, readFileSync(abs));
    } catch {
      this.#lineCounter.delete(rel);
    }
  }

  /** Reads and parses one file (from the cache when its bytes were seen before); true when it changed. */
  read(rel: string, abs: string, count = true): boolean {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(abs);
    } catch (cause) {
      const entry = this.#files.get(rel);
      if (entry) entry.errors = [unreadable(rel, cause)];
      return true;
    }
    if (count) this.#lineCounter.set(rel, bytes);
    const key = parseKey(rel, contentDigest(bytes), this.#configKey, this.#templateLines);
    const ingested = this.parse(rel, bytes, key);
    // Every save of a file would otherwise add a parse that nothing uses again (the engine keeps the good one).
    const before = this.#readKeys.get(rel);
    if (before !== undefined && before !== key) this.#cache.delete(before);
    this.#readKeys.set(rel, key);
    const entry = this.#files.get(rel);
    if (entry?.good === ingested && entry.errors === ingested.errors) return false;
    // A broken save keeps the last good version of the file on the site until it is fixed.
    if (entry && ingested.errors.length > 0) entry.errors = ingested.errors;
    else {
      if (!entry) this.#sorted = null;
      this.#files.set(rel, { good: ingested, errors: ingested.errors });
    }
    return true;
  }

  /** The parse of these bytes at `rel`, from the cache when seen before. */
  parse(rel: string, bytes: Uint8Array, key = parseKey(rel, contentDigest(bytes), this.#configKey, this.#templateLines)): IngestedFile {
    let ingested = this.#cache.get(key);
    if (!ingested) {
      ingested = ingestFile(rel, bytes, this.#config, this.#templateLines);
      this.#cache.set(key, ingested);
    }
    return ingested;
  }

  /** Drops a file that is gone; true when it was known. */
  forget(rel: string): boolean {
    this.#sorted = null;
    this.#lineCounter.delete(rel);
    const key = this.#readKeys.get(rel);
    if (key !== undefined) this.#cache.delete(key);
    this.#readKeys.delete(rel);
    return this.#files.delete(rel);
  }

  /** Every good record, file by file in path order. */
  articles(): ParsedArticle[] {
    this.#sorted ??= [...this.#files.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return this.#sorted.flatMap((rel) => this.#files.get(rel)!.good.articles);
  }
}
