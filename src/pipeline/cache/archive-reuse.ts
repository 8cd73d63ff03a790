// A CLI build after an edit keeps the parts of the last build's archive the edit did not reach: the
// entity index when no mention changed (1.3 s of a one-article rebuild at 10,000) and the author
// index when no byline did. Each part is a pure function of some fields of the records, and
// `resolveEntities` / `resolveAuthors` already compare those fields with a memo of the last call
// (the dev server keeps it in memory); a CLI build remakes that memo from the cache: records that
// did not change (the same record key) are this build's own objects, the few that did are read
// back from the last build's parses, so the comparison is exactly the dev server's and anything
// that differs is resolved afresh. (The rules are the configuration's, and the cache is dropped
// whole when the configuration or the code changes.)
import { readFileSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import type { ArchiveMemo, AuthorIndex, EntityIndex, Mention } from "../../archive/index.ts";
import { newArchiveMemo } from "../../archive/index.ts";
import type { ParsedArticle, SiteConfig } from "../../model/index.ts";
import type { Ingested } from "../types.ts";
import type { PreparedFile } from "../workers/file-work.ts";
import { readChunked, writeChunked } from "./chunked.ts";
import type { BuildCache, ShardedStore } from "./disk-cache.ts";

/** The inputs by record key (small, written by every build), and each index (written when it was resolved afresh). */
const INPUTS = "archive-inputs.bin";
const INDEX = { entities: "entity-index.bin", authors: "author-index.bin" } as const;
type Part = keyof typeof INDEX;

/** Past this many changed records the last indexes are not worth checking (a template-line change renames every record). */
export const MAX_CHANGED = 64;

/** What the last build's archive step left: its records by key, the order each part saw them in, and which index files are theirs. */
interface SavedInputs {
  /** Every record's id (in the order of the build's mention map) and record key (`Ingested.recordKeys`). */
  ids: string[];
  keys: string[];
  /** The ids of the articles resolved, in archive order (published ones only). */
  order: string[];
  /** Per part, the stamp of its index file (an index file left by another build is not theirs). */
  stamps: Record<Part, string>;
}

/** An index file (written by `writeChunked`, the index's fields beside the stamp): the index, and the stamp that names it. */
interface SavedIndex<T> {
  stamp: string;
  index: T;
}

/** The archive memo of one CLI build, filled from the last build's cache, and its saving for the next. */
export class ArchiveReuse {
  /** The memo to hand to `buildArchive`. */
  readonly memo: ArchiveMemo = newArchiveMemo();
  readonly #loaded: { entities?: SavedIndex<EntityIndex>; authors?: SavedIndex<AuthorIndex> } = {};

  /**
   * The last build's inputs and indexes, when the cache has them and at most `MAX_CHANGED` records
   * changed; else a memo with nothing in it. `files` is the build's parse store (the last build's
   * parses of the changed records are still in it); `ingested` this build's records.
   */
  static load(cache: BuildCache, files: ShardedStore<PreparedFile>, ingested: Ingested, config: SiteConfig): ArchiveReuse {
    const reuse = new ArchiveReuse();
    let saved: SavedInputs;
    try {
      saved = deserialize(readFileSync(path.join(cache.dir, INPUTS))) as SavedInputs;
    } catch {
      return reuse;
    }
    const last = lastRecords(saved, files, ingested);
    if (!last) return reuse;
    const records = saved.order.map((id) => last.get(id)?.article);
    if (records.some((r) => r === undefined)) return reuse;
    const ordered = records as ParsedArticle[];
    const entities = readIndex<EntityIndex>(cache, "entities", saved);
    if (entities) {
      reuse.#loaded.entities = entities;
      const mentions = new Map(saved.ids.map((id) => [id, last.get(id)!.mentions]));
      reuse.memo.entities.last = { mentions, ids: saved.order, bodies: ordered.map((a) => a.body), rules: config.entities, index: entities.index };
    }
    const authors = readIndex<AuthorIndex>(cache, "authors", saved);
    if (authors) {
      reuse.#loaded.authors = authors;
      reuse.memo.authors.last = { ids: saved.order, bylines: ordered.map((a) => a.bylines), rules: config.authors, index: authors.index };
    }
    return reuse;
  }

  /** The parts for which the archive took the last build's index (nothing it depends on changed). */
  get reused(): Part[] {
    return (Object.keys(INDEX) as Part[]).filter((part) => this.#loaded[part] !== undefined && this.#loaded[part]!.index === this.memo[part].last?.index);
  }

  /** Keeps this build's archive inputs and indexes (what `buildArchive` left in the memo) for the next build; an index only when it is new. */
  save(cache: BuildCache, ingested: Ingested): void {
    const entities = this.memo.entities.last;
    const authors = this.memo.authors.last;
    if (!entities || !authors) return;
    const ids = [...entities.mentions.keys()];
    const keys = ids.map((id) => ingested.recordKeys.get(id));
    if (keys.some((k) => k === undefined) || !sameList(entities.ids, authors.ids)) return;
    const reused = new Set(this.reused);
    const stamps = {} as Record<Part, string>;
    for (const part of Object.keys(INDEX) as Part[]) {
      if (reused.has(part)) {
        stamps[part] = this.#loaded[part]!.stamp;
        continue;
      }
      stamps[part] = `${process.pid}.${Date.now()}.${Math.random()}`;
      // In pieces: at 100,000 articles the entity index is hundreds of MB serialised.
      writeChunked(path.join(cache.dir, INDEX[part]), { stamp: stamps[part], ...this.memo[part].last!.index });
    }
    cache.writeBytes(INPUTS, serialize({ ids, keys: keys as string[], order: entities.ids, stamps } satisfies SavedInputs));
  }
}

/** A part's index file when it is the one the inputs name. */
function readIndex<T>(cache: BuildCache, part: Part, saved: SavedInputs): SavedIndex<T> | null {
  try {
    const { stamp, ...index } = readChunked<{ stamp: string }>(path.join(cache.dir, INDEX[part]));
    return stamp === saved.stamps[part] ? { stamp, index: index as T } : null;
  } catch {
    return null;
  }
}

/**
 * The last build's records by id: this build's objects where the record key is the same, the last
 * build's parse (read without keeping it in the store) where it changed; null when other records,
 * or more than `MAX_CHANGED` changed, or a changed one's parse is gone.
 */
function lastRecords(saved: SavedInputs, files: ShardedStore<PreparedFile>, ingested: Ingested): Map<string, { article: ParsedArticle; mentions: readonly Mention[] }> | null {
  if (saved.ids.length !== ingested.recordKeys.size) return null;
  const changed: number[] = [];
  for (let i = 0; i < saved.ids.length; i++) {
    const key = ingested.recordKeys.get(saved.ids[i]!);
    if (key === undefined) return null;
    if (key !== saved.keys[i] && changed.push(i) > MAX_CHANGED) return null;
  }
  const current = new Map(ingested.articles.map((a) => [a.id, a]));
  const out = new Map<string, { article: ParsedArticle; mentions: readonly Mention[] }>();
  for (const [id, article] of current) out.set(id, { article, mentions: ingested.mentions.get(id) ?? [] });
  for (const i of changed) {
    const id = saved.ids[i]!;
    const key = saved.keys[i]!;
    const hash = key.lastIndexOf("#");
    const file = files.peek(key.slice(0, hash));
    const n = Number(key.slice(hash + 1));
    const article = file?.ingested.articles[n];
    if (!article || article.id !== id) return null;
    out.set(id, { article, mentions: file!.mentions[n] ?? [] });
  }
  return out;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
