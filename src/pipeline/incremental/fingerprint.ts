import { isStable, type ObjectIds } from "../../model/index.ts";

/** Long strings (rendered bodies) are keyed by an id rather than spelled out. */
const LONG = 200;

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

  constructor(ids: ObjectIds) {
    this.#ids = ids;
  }

  /** The key of `value`. */
  of(value: unknown): string {
    const parts: string[] = [];
    feed(parts, value, this);
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

function feed(parts: string[], value: unknown, keys: Fingerprints): void {
  switch (typeof value) {
    case "string":
      parts.push(value.length > LONG ? `L${keys.stringId(value)};` : `${value.length}:${value}`);
      return;
    case "number":
    case "boolean":
    case "bigint":
      parts.push(`${(typeof value)[0]}${String(value)};`);
      return;
    case "undefined":
      parts.push("u");
      return;
    case "function":
      parts.push("f"); // helpers such as link(): the same code for every page
      return;
    case "symbol":
      parts.push(`y${String(value)};`);
      return;
  }
  if (value === null) return void parts.push("n");
  const o = value as object;
  if (isStable(o)) {
    return void parts.push(`#${keys.objectId(o)};`);
  }
  if (Array.isArray(o)) {
    parts.push(`[${o.length};`);
    for (const item of o) feed(parts, item, keys);
  } else if (o instanceof Map) {
    parts.push(`M${o.size};`);
    for (const [k, v] of o as Map<unknown, unknown>) (feed(parts, k, keys), feed(parts, v, keys));
  } else if (o instanceof Set) {
    parts.push(`S${o.size};`);
    for (const v of o) feed(parts, v, keys);
  } else if (o instanceof Date) {
    parts.push(`D${o.getTime()};`);
  } else {
    parts.push("{");
    for (const k in o) {
      parts.push(`${k}=`);
      feed(parts, (o as Record<string, unknown>)[k], keys);
    }
  }
  parts.push("}");
}
