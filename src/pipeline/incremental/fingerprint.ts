import { isStable } from "../../model/index.ts";

/**
 * A key for plain data (a page's template data) such that equal keys mean equal data. Objects
 * marked stable (immutable records: articles, summaries) stand for themselves by a numeric id, so
 * keying every page of a large archive after an edit only walks the small fresh objects around
 * them. No cryptographic hash: the key string itself is compared.
 */
const ids = new WeakMap<object, number>();
let nextId = 1;
// Long strings (rendered bodies) get ids for two generations; V8 caches each string's own hash,
// so looking up the same string instance again costs next to nothing.
let strings = new Map<string, number>();
let previous = new Map<string, number>();
const LONG = 200;

export function fingerprint(value: unknown): string {
  const parts: string[] = [];
  feed(parts, value);
  return parts.join("");
}

/** Starts a new generation: long strings not seen since the last call are forgotten. */
export function nextGeneration(): void {
  previous = strings;
  strings = new Map();
}

function stringId(s: string): number {
  let id = strings.get(s) ?? previous.get(s);
  if (id === undefined) id = nextId++;
  strings.set(s, id);
  return id;
}

function feed(parts: string[], value: unknown): void {
  switch (typeof value) {
    case "string":
      parts.push(value.length > LONG ? `L${stringId(value)};` : `${value.length}:${value}`);
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
    let id = ids.get(o);
    if (id === undefined) ids.set(o, (id = nextId++));
    return void parts.push(`#${id};`);
  }
  if (Array.isArray(o)) {
    parts.push(`[${o.length};`);
    for (const item of o) feed(parts, item);
  } else if (o instanceof Map) {
    parts.push(`M${o.size};`);
    for (const [k, v] of o as Map<unknown, unknown>) (feed(parts, k), feed(parts, v));
  } else if (o instanceof Set) {
    parts.push(`S${o.size};`);
    for (const v of o) feed(parts, v);
  } else if (o instanceof Date) {
    parts.push(`D${o.getTime()};`);
  } else {
    parts.push("{");
    for (const k in o) {
      parts.push(`${k}=`);
      feed(parts, (o as Record<string, unknown>)[k]);
    }
  }
  parts.push("}");
}
