import { createHash } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, writeFileSync, writeSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import type { SiteConfig } from "../../model/index.ts";
import { codeDigest, SRC } from "./code-digest.ts";
import type { PreparedFile } from "../workers/file-work.ts";

const SHARDS = 16;

/**
 * A digest of all the code a cached result may depend on (every source file and the package
 * manifest). Coarse on purpose: any code change drops the whole cache, so a stale entry can never
 * survive an upgrade or a local edit of the generator.
 */
export const CODE_VERSION: string = codeDigest([SRC], [path.join(SRC, "../package.json"), path.join(SRC, "../package-lock.json")].filter((f) => existsSync(f)));

/** The cache key of a configuration: any setting may change any page. */
export function configKey(config: SiteConfig): string {
  return createHash("sha1").update(JSON.stringify(config)).digest("base64url");
}

/** A shard's next file while a build writes it: where each entry set in it is (value offset, length). */
interface NextFile {
  fd: number;
  file: string;
  size: number;
  at: Map<string, [offset: number, length: number]>;
}

/**
 * A content-addressed store of one kind of result, kept as a few shard files so that a large
 * archive never needs one giant buffer, and an unchanged shard is never rewritten. An entry is
 * v8-serialized and appended to its shard's next file as soon as it is set, so a build holds none
 * of its results for the cache's sake (at 100,000 articles that was every parse, body and mention
 * until the end of the build); a loaded entry stays as bytes until it is asked for. Only the
 * entries used by a build are saved, so the store never outgrows the archive.
 *
 * A shard file is a run of entries, each `[key length][key][value length][value]` (lengths as
 * 32-bit little-endian, key in UTF-8); when a key appears twice, the later entry is the one read.
 */
export class ShardedStore<V> {
  /** Per shard: the loaded entries' bytes (views of the file as read), by key. */
  readonly #loaded: Array<Map<string, Uint8Array>> = Array.from({ length: SHARDS }, () => new Map());
  /** Per shard: the next file, opened when its first entry is set, and where each entry set in it is. */
  readonly #added: Array<NextFile | null> = new Array(SHARDS).fill(null);
  readonly #used = new Set<string>();
  /** Set when an entry could not be written: nothing more is written or saved. */
  #unwritable = false;
  readonly #dir: string;
  readonly #name: string;

  constructor(dir: string, name: string) {
    this.#dir = dir;
    this.#name = name;
  }

  /** Whether the store loaded no entry of an earlier build (a cold build: every file is to be prepared). */
  get empty(): boolean {
    return this.#loaded.every((entries) => entries.size === 0);
  }

  #shard(key: string): number {
    let h = 0;
    for (let i = 0; i < Math.min(key.length, 8); i++) h = (h * 31 + key.charCodeAt(i)) >>> 0;
    return h % SHARDS;
  }

  #file(shard: number): string {
    return path.join(this.#dir, `${this.#name}-${shard}.bin`);
  }

  /** The shard's next file, opened on first need (beside the shard file, so it is put in place by a rename). */
  #next(shard: number): NextFile {
    let added = this.#added[shard];
    if (!added) {
      mkdirSync(this.#dir, { recursive: true });
      const file = `${this.#file(shard)}.${process.pid}.next`;
      added = this.#added[shard] = { fd: openSync(file, "w+"), file, size: 0, at: new Map() };
    }
    return added;
  }

  load(): this {
    for (let i = 0; i < SHARDS; i++) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(this.#file(i));
      } catch {
        continue;
      }
      // A truncated or foreign shard is only a cache miss: entries are read while they are whole.
      for (const [key, value] of readEntries(bytes)) this.#loaded[i]!.set(key, value);
    }
    return this;
  }

  /** The entry, which this build then keeps in the store (see `save`). */
  get(key: string): V | undefined {
    const value = this.peek(key);
    if (value !== undefined) this.#used.add(key);
    return value;
  }

  /** The entry without keeping it for the next build (a look at what the last build stored). */
  peek(key: string): V | undefined {
    const bytes = this.#bytes(key);
    if (bytes === undefined) return undefined;
    try {
      return deserialize(bytes) as V;
    } catch {
      return undefined; // written by another version of Node: a miss
    }
  }

  /**
   * The entry's bytes as they were set with `setBytes` (a store of bytes, not values), kept for
   * the next build: a view of the file as loaded, not a copy (a copy for an entry set in this build).
   */
  getBytes(key: string): Uint8Array | undefined {
    const bytes = this.#bytes(key);
    if (bytes !== undefined) this.#used.add(key);
    return bytes;
  }

  #bytes(key: string): Uint8Array | undefined {
    const shard = this.#shard(key);
    const added = this.#added[shard];
    const at = added?.at.get(key);
    if (!added || !at) return this.#loaded[shard]!.get(key);
    const bytes = new Uint8Array(at[1]);
    readSync(added.fd, bytes, 0, at[1], at[0]);
    return bytes;
  }

  /** Writes the entry to its shard's next file now; nothing of `value` is kept. */
  set(key: string, value: V): void {
    this.setBytes(key, serialize(value));
  }

  /** Writes bytes as the entry (read back with `getBytes`), to its shard's next file now. */
  setBytes(key: string, bytes: Uint8Array): void {
    if (this.#unwritable) return;
    const shard = this.#shard(key);
    try {
      const added = this.#next(shard);
      const entry = encodeEntry(key, bytes);
      writeSync(added.fd, entry);
      added.at.set(key, [added.size + entry.valueAt, entry.length - entry.valueAt]);
      added.size += entry.length;
    } catch {
      // A cache that cannot be written (read-only or full disk) only makes the next build slower: this build saves none of it.
      this.#unwritable = true;
      this.discard();
      return;
    }
    this.#used.add(key);
  }

  /** Completes the shards whose used entries differ from what was loaded (the loaded ones still used are copied over) and puts them in place. */
  save(): void {
    if (this.#unwritable) return;
    for (let i = 0; i < SHARDS; i++) {
      const loaded = this.#loaded[i]!;
      const kept = [...loaded.keys()].filter((k) => this.#used.has(k) && !this.#added[i]?.at.has(k));
      if (!this.#added[i] && kept.length === loaded.size) continue;
      const added = this.#next(i);
      for (const k of kept) writeSync(added.fd, encodeEntry(k, loaded.get(k)!));
      closeSync(added.fd);
      renameSync(added.file, this.#file(i));
      this.#added[i] = null;
    }
  }

  /** Drops what was set and not saved (a build that failed): its next files go. */
  discard(): void {
    for (let i = 0; i < SHARDS; i++) {
      const added = this.#added[i];
      if (!added) continue;
      this.#added[i] = null;
      try {
        closeSync(added.fd);
        rmSync(added.file, { force: true });
      } catch {
        // already gone
      }
    }
  }
}

/** One entry as written, with where its value starts. */
function encodeEntry(key: string, value: Uint8Array): Buffer & { valueAt: number } {
  const k = Buffer.from(key, "utf8");
  const entry = Buffer.allocUnsafe(8 + k.length + value.length) as Buffer & { valueAt: number };
  entry.writeUInt32LE(k.length, 0);
  k.copy(entry, 4);
  entry.writeUInt32LE(value.length, 4 + k.length);
  entry.set(value, 8 + k.length);
  entry.valueAt = 8 + k.length;
  return entry;
}

/** The entries of a shard file, up to the first that is not whole. */
function* readEntries(bytes: Buffer): Generator<[string, Uint8Array]> {
  let at = 0;
  while (at + 4 <= bytes.length) {
    const keyLength = bytes.readUInt32LE(at);
    if (at + 8 + keyLength > bytes.length) return;
    const key = bytes.toString("utf8", at + 4, at + 4 + keyLength);
    const valueLength = bytes.readUInt32LE(at + 4 + keyLength);
    const valueAt = at + 8 + keyLength;
    if (valueAt + valueLength > bytes.length) return;
    yield [key, bytes.subarray(valueAt, valueAt + valueLength)];
    at = valueAt + valueLength;
  }
}

/**
 * The build's persistent cache in `.newsarchive-cache/build/`: everything in it is keyed by
 * content, and the folder is dropped whole when the code or the configuration changed.
 */
export class BuildCache {
  readonly dir: string;
  readonly fingerprint: string;

  constructor(root: string, config: SiteConfig) {
    this.dir = path.join(path.resolve(root), ".newsarchive-cache", "build");
    this.fingerprint = `${CODE_VERSION}.${configKey(config)}`;
    let current = "";
    try {
      current = readFileSync(path.join(this.dir, "VERSION"), "utf8");
    } catch {
      // no cache yet
    }
    if (current !== this.fingerprint) {
      rmSync(this.dir, { recursive: true, force: true });
      mkdirSync(this.dir, { recursive: true });
      writeFileSync(path.join(this.dir, "VERSION"), this.fingerprint);
    }
  }

  /** A store of this cache, loaded (see `ShardedStore`). */
  store<V>(name: string): ShardedStore<V> {
    return new ShardedStore<V>(this.dir, name).load();
  }

  readJson<T>(name: string): T | null {
    try {
      return JSON.parse(readFileSync(path.join(this.dir, name), "utf8")) as T;
    } catch {
      return null;
    }
  }

  writeJson(name: string, value: unknown): void {
    this.writeBytes(name, JSON.stringify(value));
  }

  /** Writes a file of the cache whole (beside it, then renamed into place). */
  writeBytes(name: string, bytes: string | Uint8Array): void {
    const file = path.join(this.dir, name);
    writeFileSync(`${file}.tmp`, bytes);
    renameSync(`${file}.tmp`, file);
  }
}

/** The cache's prepared files and their bodies (see `ParseStores`), loaded. */
export function parseStores(cache: BuildCache): { files: ShardedStore<PreparedFile>; bodies: ShardedStore<never> } {
  return { files: cache.store<PreparedFile>("files"), bodies: cache.store<never>("bodies") };
}
