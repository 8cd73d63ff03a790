import { isStable, type ObjectIds } from "../../model/index.ts";
import { feedValue, type KeyTokens } from "../value-keys.ts";

/**
 * Keys for plain data (a page's template data) such that equal keys mean equal data. Objects
 * marked stable (immutable records: articles, summaries) stand for themselves by a numeric id, so
 * keying every page of a large archive after an edit only walks the small fresh objects around
 * them. No cryptographic hash: the key string itself is compared. Keys are comparable only
 * between calls on the same instance (the rebuild state owns one).
 */
export class Fingerprints {
  readonly #ids: ObjectIds;
  // Long strings get ids for two generations; V8 caches each string's own hash, so looking up the
  // same string instance again costs next to nothing.
  #strings = new Map<string, number>();
  #previous = new Map<string, number>();
  readonly #tokens: KeyTokens = {
    long: (s) => String(this.stringId(s)),
    stable: (o) => (isStable(o) ? String(this.objectId(o)) : null),
    bytes: (b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("base64"),
  };

  constructor(ids: ObjectIds) {
    this.#ids = ids;
  }

  /** The key of `value`. */
  of(value: unknown): string {
    const parts: string[] = [];
    feedValue(parts, value, this.#tokens);
    return parts.join("");
  }

  /** Starts a new generation: long strings not seen since the last call are forgotten. */
  nextGeneration(): void {
    this.#previous = this.#strings;
    this.#strings = new Map();
  }

  /** The id of a long string. */
  stringId(s: string): number {
    let id = this.#strings.get(s) ?? this.#previous.get(s);
    if (id === undefined) id = this.#ids.fresh();
    this.#strings.set(s, id);
    return id;
  }

  /** The id of an immutable object. */
  objectId(o: object): number {
    return this.#ids.of(o);
  }
}
