import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import type { SiteConfig } from "../../model/index.ts";
import { codeDigest, SRC } from "./code-digest.ts";

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

/**
 * A content-addressed store of one kind of result, kept as a few v8-serialized shards so that a
 * large archive never needs one giant string, and an unchanged shard is never rewritten. Only the
 * entries used by a build are saved, so the store never outgrows the archive.
 */
export class ShardedStore<V> {
  readonly map = new Map<string, V>();
  readonly #used = new Set<string>();
  readonly #loaded: Array<Set<string>> = Array.from({ length: SHARDS }, () => new Set());
  readonly #dir: string;
  readonly #name: string;

  constructor(dir: string, name: string) {
    this.#dir = dir;
    this.#name = name;
  }

  #shard(key: string): number {
    let h = 0;
    for (let i = 0; i < Math.min(key.length, 8); i++) h = (h * 31 + key.charCodeAt(i)) >>> 0;
    return h % SHARDS;
  }

  load(): this {
    for (let i = 0; i < SHARDS; i++) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(path.join(this.#dir, `${this.#name}-${i}.bin`));
      } catch {
        continue;
      }
      try {
        for (const [k, v] of deserialize(bytes) as Map<string, V>) {
          this.map.set(k, v);
          this.#loaded[i]!.add(k);
        }
      } catch {
        // A truncated or foreign shard is only a cache miss.
      }
    }
    return this;
  }

  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) this.#used.add(key);
    return v;
  }

  set(key: string, value: V): void {
    this.map.set(key, value);
    this.#used.add(key);
  }

  /** Marks keys as used (entries read through another path, such as the body store). */
  touch(keys: Iterable<string>): void {
    for (const k of keys) if (this.map.has(k)) this.#used.add(k);
  }

  /** Writes the shards whose set of used entries differs from what was loaded. */
  save(): void {
    const keep: Array<Map<string, V>> = Array.from({ length: SHARDS }, () => new Map());
    for (const k of this.#used) keep[this.#shard(k)]!.set(k, this.map.get(k)!);
    mkdirSync(this.#dir, { recursive: true });
    for (let i = 0; i < SHARDS; i++) {
      const loaded = this.#loaded[i]!;
      const entries = keep[i]!;
      if (entries.size === loaded.size && [...entries.keys()].every((k) => loaded.has(k))) continue;
      const file = path.join(this.#dir, `${this.#name}-${i}.bin`);
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, serialize(entries));
      renameSync(tmp, file);
    }
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
    const file = path.join(this.dir, name);
    writeFileSync(`${file}.tmp`, JSON.stringify(value));
    renameSync(`${file}.tmp`, file);
  }
}
