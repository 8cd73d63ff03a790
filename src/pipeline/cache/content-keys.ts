// Keys of page data that mean the same thing in every process: what lets a CLI build tell, from
// the last build's keys on disk, which pages would come out the same and keep their files instead
// of rendering them again. The dev server's fingerprints (incremental/fingerprint.ts) compare
// records by identity, which holds only within one process; these digest records by content, once
// per record per build, so keying every page of a large archive stays cheap.
import { createHash } from "node:crypto";
import { isStable } from "../../model/index.ts";

/** Strings longer than this (bodies) are digested apart and stand in a key by their digest. */
const LONG = 200;

/** Content keys for one build: records are digested once each, however many pages show them. */
export class ContentKeys {
  readonly #records = new WeakMap<object, string>();
  readonly #prefix: string;

  /** `prefix` is what every page shares and its data does not say: the template set, the site. */
  constructor(prefix: string) {
    this.#prefix = prefix;
  }

  /** The key of a page (its whole object: URL, template, title, data, navigation). */
  of(page: object): string {
    const parts: string[] = [this.#prefix];
    this.#feed(parts, page);
    return digest(parts.join(""));
  }

  #record(o: object): string {
    let key = this.#records.get(o);
    if (key === undefined) {
      const parts: string[] = [];
      this.#walk(parts, o);
      this.#records.set(o, (key = digest(parts.join(""))));
    }
    return key;
  }

  #feed(parts: string[], value: unknown): void {
    switch (typeof value) {
      case "string":
        parts.push(value.length > LONG ? `L${digest(value)};` : `${value.length}:${value}`);
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
    if (isStable(o)) return void parts.push(`#${this.#record(o)};`);
    this.#walk(parts, o);
  }

  #walk(parts: string[], o: object): void {
    if (Array.isArray(o)) {
      parts.push(`[${o.length};`);
      for (const item of o) this.#feed(parts, item);
    } else if (o instanceof Map) {
      parts.push(`M${o.size};`);
      for (const [k, v] of o as Map<unknown, unknown>) (this.#feed(parts, k), this.#feed(parts, v));
    } else if (o instanceof Set) {
      parts.push(`S${o.size};`);
      for (const v of o) this.#feed(parts, v);
    } else if (o instanceof Date) {
      parts.push(`D${o.getTime()};`);
    } else if (ArrayBuffer.isView(o)) {
      parts.push(`B${digest(o as Uint8Array)};`);
    } else {
      parts.push("{");
      for (const k in o) {
        parts.push(`${k}=`);
        this.#feed(parts, (o as Record<string, unknown>)[k]);
      }
    }
    parts.push("}");
  }
}

function digest(data: string | Uint8Array): string {
  return createHash("sha1").update(data).digest("base64url");
}
