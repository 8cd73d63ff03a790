// Keys of page data that mean the same thing in every process: what lets a CLI build tell, from
// the last build's keys on disk, which pages would come out the same and keep their files instead
// of rendering them again. The dev server's fingerprints (incremental/fingerprint.ts) compare
// records by identity, which holds only within one process; these digest records by content, once
// per record per build, so keying every page of a large archive stays cheap.
import { createHash } from "node:crypto";
import { isStable } from "../../model/index.ts";
import { feedObject, feedValue, type KeyTokens } from "../value-keys.ts";

/** Lists at least this long are digested once per build (see `ContentKeys.#list`). */
const SHARED_LIST = 64;

/** Names a record by a key that holds across builds (see `Ingested.recordKeys`), or null to digest it. */
export type RecordNames = (o: object) => string | null;

/**
 * Names the archive's articles (`byId`) by their record keys, with their slug and address (which
 * the archive gives them); anything else is not named. Asked many times per record (for each page
 * that shows it), so each is named once.
 */
export function recordNames(byId: ReadonlyMap<string, { id: string; slug: string; url: string }>, recordKeys: ReadonlyMap<string, string>): RecordNames {
  const named = new WeakMap<object, string | null>();
  return (o) => {
    let name = named.get(o);
    if (name === undefined) {
      const id = (o as { id?: unknown }).id;
      const a = typeof id === "string" ? byId.get(id) : undefined;
      const key = a === o ? recordKeys.get(a.id) : undefined;
      named.set(o, (name = key === undefined ? null : `${key}|${a!.slug}|${a!.url}`));
    }
    return name;
  };
}

/**
 * Content keys for one build: records are digested once each, however many pages show them, or
 * named without being read at all when `names` knows them; a long string (a rendered body, the
 * coverage timeline every date page shows) is digested once per build.
 */
export class ContentKeys {
  readonly #records = new WeakMap<object, string>();
  readonly #lists = new WeakMap<object, string>();
  readonly #long = new Map<string, string>();
  readonly #prefix: string;
  readonly #names: RecordNames;
  readonly #tokens: KeyTokens = {
    long: (s) => {
      let key = this.#long.get(s);
      if (key === undefined) this.#long.set(s, (key = digest(s)));
      return key;
    },
    stable: (o) => (isStable(o) ? this.#record(o) : Array.isArray(o) && o.length >= SHARED_LIST ? this.#list(o) : null),
    bytes: (b) => digest(new Uint8Array(b.buffer, b.byteOffset, b.byteLength)),
  };

  /** `prefix` is what every page shares and its data does not say: the template set, the site. */
  constructor(prefix: string, names: RecordNames = () => null) {
    this.#prefix = prefix;
    this.#names = names;
  }

  /** The key of a page (its whole object: URL, template, title, data, navigation). */
  of(page: object): string {
    const parts: string[] = [this.#prefix];
    feedValue(parts, page, this.#tokens);
    return digest(parts.join(""));
  }

  /** The digest of `text` under this build's prefix (the template set and the site). */
  digest(text: string): string {
    return digest(this.#prefix + text);
  }

  /**
   * A long list, digested once per build however many pages hold it: the page links of a paged
   * list (every page of the home page's 500 has all 500) made keying cost quadratic. Page data is
   * made and then only read, so the same list object has the same content for the whole build.
   */
  #list(o: object): string {
    let key = this.#lists.get(o);
    if (key === undefined) this.#lists.set(o, (key = `l${this.#spelled(o)}`));
    return key;
  }

  #record(o: object): string {
    let key = this.#records.get(o) ?? this.#names(o) ?? undefined;
    if (key === undefined) this.#records.set(o, (key = this.#spelled(o)));
    return key;
  }

  /** The digest of an object's content, spelled out. */
  #spelled(o: object): string {
    const parts: string[] = [];
    feedObject(parts, o, this.#tokens);
    return digest(parts.join(""));
  }
}

function digest(data: string | Uint8Array): string {
  return createHash("sha1").update(data).digest("base64url");
}
