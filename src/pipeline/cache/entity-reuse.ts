// A CLI build after an edit that touched no name keeps the last build's entity index instead of
// resolving every mention of the archive again (1.3 s of a one-article rebuild at 10,000). The
// index depends only on the mentions, the articles' ids and order, their bodies where the mentions
// are, and the rules (`resolveEntities`); the dev server keeps those inputs in memory, a CLI build
// remakes them from the cache: the records that did not change are this build's own objects, and
// the few that did are read back from the last build's parses, so `resolveEntities` compares
// exactly what it compares in the dev server and, when anything differs, resolves afresh.
// (The rules are the configuration's, and the cache is dropped whole when the configuration or the
// code changes.)
import { readFileSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import type { EntityIndex, EntityMemo, Mention } from "../../archive/entities/index.ts";
import type { ParsedArticle, SiteConfig } from "../../model/index.ts";
import type { Ingested } from "../types.ts";
import type { PreparedFile } from "../workers/file-work.ts";
import type { BuildCache, ShardedStore } from "./disk-cache.ts";

/** The inputs by record key (small, written by every build), and the index (large, written when it was resolved afresh). */
const INPUTS = "entity-inputs.bin";
const INDEX = "entity-index.bin";

/** Past this many changed records the last index is not worth checking (a template-line change renames every record). */
export const MAX_CHANGED = 64;

/** What the last build's resolution left: its inputs by record key, and which index they gave. */
interface SavedInputs {
  /** The ids of the mention map, in its order, and each one's record key (`Ingested.recordKeys`). */
  mentionIds: string[];
  keys: string[];
  /** The ids of the articles resolved, in archive order. */
  ids: string[];
  /** Names the index file written with them (an index file left by another build is not theirs). */
  stamp: string;
}

/** The index file: the index, and the stamp of the inputs it was resolved from. */
interface SavedIndex {
  stamp: string;
  index: EntityIndex;
}

/** The entity memo of one CLI build, filled from the last build's cache, and its saving for the next. */
export class EntityReuse {
  /** The memo to hand to `buildArchive`: the last build's inputs and index, or nothing to compare with. */
  readonly memo: EntityMemo;
  readonly #loaded: SavedIndex | null;

  private constructor(memo: EntityMemo, loaded: SavedIndex | null) {
    this.memo = memo;
    this.#loaded = loaded;
  }

  /**
   * The last build's inputs and index, when the cache has them and at most `MAX_CHANGED` records
   * changed. `files` is the build's parse store (the last build's parses of the changed records
   * are still in it); `ingested` this build's records.
   */
  static load(cache: BuildCache, files: ShardedStore<PreparedFile>, ingested: Ingested, config: SiteConfig): EntityReuse {
    const none = new EntityReuse({ last: null }, null);
    let saved: SavedInputs;
    let index: SavedIndex;
    try {
      saved = deserialize(readFileSync(path.join(cache.dir, INPUTS))) as SavedInputs;
      if (!fewChanged(saved, ingested)) return none;
      index = deserialize(readFileSync(path.join(cache.dir, INDEX))) as SavedIndex;
    } catch {
      return none;
    }
    if (index.stamp !== saved.stamp) return none;
    const current = new Map(ingested.articles.map((a) => [a.id, a]));
    const mentions = new Map<string, readonly Mention[]>();
    const bodies = new Map<string, readonly string[]>();
    for (let i = 0; i < saved.mentionIds.length; i++) {
      const id = saved.mentionIds[i]!;
      const key = saved.keys[i]!;
      const now = current.get(id);
      if (now && ingested.recordKeys.get(id) === key) {
        // The same record as last time: this build's objects are what the last build resolved.
        mentions.set(id, ingested.mentions.get(id) ?? []);
        bodies.set(id, now.body);
        continue;
      }
      const was = recordAt(files, key);
      if (!was || was.article.id !== id) return none;
      mentions.set(id, was.mentions);
      bodies.set(id, was.article.body);
    }
    const body = saved.ids.map((id) => bodies.get(id));
    if (body.some((b) => b === undefined)) return none;
    return new EntityReuse({ last: { mentions, ids: saved.ids, bodies: body as Array<readonly string[]>, rules: config.entities, index: index.index } }, index);
  }

  /** True when the archive took the last build's index (nothing it depends on changed). */
  get reused(): boolean {
    return this.#loaded !== null && this.memo.last?.index === this.#loaded.index;
  }

  /** Keeps this build's resolution (what `resolveEntities` left in the memo) for the next build; the index only when it is new. */
  save(cache: BuildCache, ingested: Ingested): void {
    const last = this.memo.last;
    if (!last) return;
    const mentionIds = [...last.mentions.keys()];
    const keys = mentionIds.map((id) => ingested.recordKeys.get(id));
    if (keys.some((k) => k === undefined)) return;
    let stamp = this.#loaded?.stamp;
    if (!this.reused) {
      stamp = `${process.pid}.${Date.now()}.${Math.random()}`;
      cache.writeBytes(INDEX, serialize({ stamp, index: last.index } satisfies SavedIndex));
    }
    cache.writeBytes(INPUTS, serialize({ mentionIds, keys: keys as string[], ids: last.ids, stamp: stamp! } satisfies SavedInputs));
  }
}

/** Whether the last build's inputs are of the same articles with at most `MAX_CHANGED` changed (checked before the large index is read). */
function fewChanged(saved: SavedInputs, ingested: Ingested): boolean {
  if (saved.mentionIds.length !== ingested.mentions.size) return false;
  let changed = 0;
  for (let i = 0; i < saved.mentionIds.length; i++) {
    const key = ingested.recordKeys.get(saved.mentionIds[i]!);
    if (key === undefined) return false;
    if (key !== saved.keys[i] && ++changed > MAX_CHANGED) return false;
  }
  return true;
}

/** The record a key names (parse key `#` place in the file), from the last build's parse, without keeping that parse in the store. */
function recordAt(files: ShardedStore<PreparedFile>, key: string): { article: ParsedArticle; mentions: readonly Mention[] } | null {
  const hash = key.lastIndexOf("#");
  const file = files.peek(key.slice(0, hash));
  const n = Number(key.slice(hash + 1));
  const article = file?.ingested.articles[n];
  return article ? { article, mentions: file!.mentions[n] ?? [] } : null;
}
