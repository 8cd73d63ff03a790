import { readFileSync } from "node:fs";
import type { Piscina } from "piscina";
import { countTemplateLines, findSeedFiles, TemplateCounter, type TemplateLines } from "../ingest/index.ts";
import { unreadable } from "../ingest/ingest-file.ts";
import type { Diagnostic, SiteConfig } from "../model/index.ts";
import type { RenderMemo } from "../render/index.ts";
import type { ShardedStore } from "./cache/disk-cache.ts";
import { CachedBodies, packBodies, unpackBodies } from "./cache/cached-bodies.ts";
import { configKey, contentDigest, parseKey } from "./cache/keys.ts";
import type { PreparedFile } from "./workers/file-work.ts";
import { BATCH, defaultThreads, MIN_FOR_WORKERS, prepareFiles, type FileJob } from "./workers/file-pool.ts";
import type { BuildOptions, Ingested } from "./types.ts";

/** How `ingest` runs: its cache, its threads, what it reports. */
export interface IngestOptions {
  /** Prepared files by content key, kept across builds (see `ParseStores`). */
  store?: ParseStores;
  /** Called as files are done. */
  progress?: BuildOptions["progress"];
  /** Threads doing the per-file work, the main thread included (default: one per core). */
  threads?: number;
  /** The build's worker pool, made on first need and kept for rendering pages (else ingest makes and closes its own). */
  pool?: () => Piscina;
  /** Keep each file's line-by-line explanation (`parse --explain`); a build has no use for it. */
  explain?: boolean;
  /** Where the bodies rendered beside each parse go, for the pages (a build's render memo). */
  memo?: RenderMemo;
  /** Prepare only the seed files this says are ours (by position and count); the others' slots stay empty. */
  share?: (position: number, files: number) => boolean;
  /**
   * Seed files known by the digest of their bytes (`contentDigest`; the warm check's record of
   * files whose stat did not change): with the stores below, such a file is not read at all.
   */
  known?: ReadonlyMap<string, string>;
  /** Each file's template line keys by name and digest, kept across builds. */
  lines?: ShardedStore<Float64Array>;
}

/**
 * The build cache's prepared files: each file's result without its rendered bodies (`files`), and
 * the bodies apart (`bodies`, see cached-bodies.ts), so a rebuild copies no body it does not show.
 */
export interface ParseStores {
  files: ShardedStore<PreparedFile>;
  bodies: ShardedStore<never>;
}

/** Per seed file, in order: its prepared result (or why it could not be read); undefined when not this build's share. */
export type Slot = { key: string; file: PreparedFile } | Diagnostic | undefined;

/** What preparing the seed files gives before it becomes one set of records (a shard's records file keeps this). */
export interface PreparedSeeds {
  /** Per seed file in discovery order. */
  slots: Slot[];
  /** What seed discovery warned about (symlinks, unreadable folders). */
  warnings: Diagnostic[];
}

/**
 * Reads and parses every seed file, finds each article's mentions and renders its body, on all
 * cores; a broken file or article is reported and skipped, never fatal. With a store, a file whose
 * bytes (name, configuration and code) were seen before is not prepared again.
 */
export async function ingest(seeds: string, config: SiteConfig, options: IngestOptions = {}): Promise<Ingested> {
  const prepared = await prepareSeeds(seeds, config, options);
  return collect(prepared.slots, prepared.warnings, options.memo);
}

/** Prepares the seed files (those of `options.share`, or all): `ingest` before the records are gathered. */
export async function prepareSeeds(seeds: string, config: SiteConfig, options: IngestOptions = {}): Promise<PreparedSeeds> {
  const { store, progress, share } = options;
  const found = await findSeedFiles(seeds);
  const threads = options.threads ?? (found.files.length >= MIN_FOR_WORKERS ? defaultThreads() : 1);
  // Nothing prepared yet and many files: the workers load the parser while the template lines are counted.
  if (options.pool && threads > 1 && found.files.length >= MIN_FOR_WORKERS && (!store || store.files.empty)) options.pool();
  // Lines recurring across the folder are template: counted over every file before any is parsed.
  const digests = new Map<string, string>();
  const templates = countLines(found.files, digests, options);
  const cfgKey = configKey(config);
  const prepared: Slot[] = new Array(found.files.length);
  const index = new Map<string, number>();
  const keys: string[] = [];
  let cursor = 0;
  let finished = 0;
  // Hands out the next batch of files to prepare, reading them only now and answering what the cache knows.
  const next = (): FileJob[] | undefined => {
    const batch: FileJob[] = [];
    while (cursor < found.files.length && batch.length < BATCH) {
      const n = cursor++;
      if (share && !share(n, found.files.length)) continue;
      const seed = found.files[n]!;
      // A file known by its digest is read only if its parse is not in the store.
      let bytes: Uint8Array | null = null;
      let digest = digests.get(seed.rel);
      try {
        if (digest === undefined) digest = contentDigest((bytes = readFileSync(seed.abs)));
        const key = (keys[n] = parseKey(seed.rel, digest, cfgKey, templates));
        const hit = store ? cached(store, key, options.memo) : undefined;
        if (hit) {
          prepared[n] = { key, file: handOver(hit, options.memo) };
          finished++;
          continue;
        }
        bytes ??= readFileSync(seed.abs);
      } catch (cause) {
        prepared[n] = unreadable(seed.rel, cause);
        finished++;
        continue;
      }
      index.set(seed.rel, n);
      batch.push({ rel: seed.rel, bytes });
    }
    progress?.("ingest", finished, found.files.length);
    return batch.length > 0 ? batch : undefined;
  };
  await prepareFiles(next, { config, explain: options.explain === true, templates }, threads, (files, results) => {
    files.forEach((f, i) => {
      const n = index.get(f.rel)!;
      const result = results[i]!;
      store?.bodies.setBytes(keys[n]!, packBodies(result.bodies));
      store?.files.set(keys[n]!, { ...result, bodies: result.bodies.map(() => null) });
      prepared[n] = { key: keys[n]!, file: handOver(results[i]!, options.memo) };
    });
    finished += files.length;
    progress?.("ingest", finished, found.files.length);
  }, options.pool);
  return { slots: prepared, warnings: found.warnings };
}

/**
 * A file's prepared result from the cache, with its bodies: views of the cache's loaded bytes for
 * a memo whose shelf keeps them there (a build's `CachedBodies`), copies for anyone else (a view
 * handed on, to a worker or into a records file, would take its whole cache file along).
 */
function cached(store: ParseStores, key: string, memo: RenderMemo | undefined): PreparedFile | undefined {
  const file = store.files.get(key);
  const bytes = file && store.bodies.getBytes(key);
  const bodies = bytes && unpackBodies(bytes);
  if (!bodies || bodies.length !== file!.ingested.articles.length) return undefined;
  const shelf = memo?.shelf;
  if (shelf instanceof CachedBodies) shelf.hold(bodies);
  return { ...file!, bodies: shelf instanceof CachedBodies ? bodies : bodies.map((b) => b && new Uint8Array(b)) };
}

/**
 * Gives a file's rendered bodies to the memo as soon as the file is prepared (a build's memo keeps
 * them off the heap), so the prepared files held until every seed is read do not hold them too.
 */
function handOver(file: PreparedFile, memo: RenderMemo | undefined): PreparedFile {
  if (!memo) return file;
  file.ingested.articles.forEach((a, i) => {
    const html = file.bodies[i];
    if (html) memo.primeBody(a, html);
  });
  return { ...file, bodies: file.bodies.map(() => null) };
}

/**
 * The template lines of the folder, every file counted once: by the line keys the store kept for
 * its name and digest when the digest is known, else from its bytes (read, digested into `digests`
 * for the parse keys, and their keys stored). Unreadable files are skipped (the parse reports them).
 */
function countLines(files: ReadonlyArray<{ rel: string; abs: string }>, digests: Map<string, string>, options: IngestOptions): TemplateLines {
  const { known, lines } = options;
  if (!lines) return countTemplateLines(files);
  const counter = new TemplateCounter();
  for (const f of files) {
    let digest = known?.get(f.rel);
    const kept = digest === undefined ? undefined : lines.get(`${f.rel}\0${digest}`);
    if (kept) {
      counter.setKeys(f.rel, kept);
      digests.set(f.rel, digest!);
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(f.abs);
    } catch {
      continue;
    }
    digests.set(f.rel, (digest = contentDigest(bytes)));
    counter.set(f.rel, bytes);
    lines.set(`${f.rel}\0${digest}`, counter.keysOf(f.rel)!);
  }
  return counter.snapshot();
}

/** The prepared files, in seed order, as one set of records. */
export function collect(prepared: readonly Slot[], warnings: readonly Diagnostic[], memo: RenderMemo | undefined): Ingested {
  const out: Ingested = { articles: [], files: [], warnings: [...warnings], errors: [], mentions: new Map(), terms: new Map(), recordKeys: new Map() };
  for (const entry of prepared) {
    if (!entry) continue;
    if (!("key" in entry)) {
      out.errors.push(entry);
      continue;
    }
    const { ingested, mentions, bodies, terms } = entry.file;
    out.files.push(ingested.parse);
    ingested.articles.forEach((a, i) => {
      out.mentions.set(a.id, mentions[i]!);
      out.terms.set(a.id, terms[i]!);
      out.recordKeys.set(a.id, `${entry.key}#${i}`);
      const html = bodies[i];
      if (html) memo?.primeBody(a, html);
    });
    out.articles.push(...ingested.articles);
    out.warnings.push(...ingested.warnings);
    out.errors.push(...ingested.errors);
  }
  return out;
}
