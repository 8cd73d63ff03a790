// What each feed was last generated from, so a feed whose inputs did not change is neither
// generated nor written again: in the dev server from pass to pass (records compared by identity),
// and in a CLI build from the last build's keys on disk (records named by what they were parsed
// from), where one edited article at 10,000 used to regenerate all of the archive's feeds.
import { createHash } from "node:crypto";
import type { Archive } from "../archive/index.ts";
import { isStable, ObjectIds, type Article } from "../model/index.ts";
import { lead } from "../render/index.ts";
import { feedFile, type FeedSpec, type Format } from "./feed-spec.ts";

/** Names a record for a key: an in-process id, or a name that holds across builds (null: cannot be named). */
export interface RecordNamer {
  of(o: object): number | string | null;
}

/** The records a per-author or per-entity feed listed, and the byline index it linked them with. */
interface Collection {
  url: string;
  records: Array<Article | undefined>;
  authors: Archive["authors"];
}

/** A feed's key and files, as one pass left them (saved between CLI builds as such triples). */
export type SavedFeeds = Array<[url: string, key: string, files: string[]]>;

/**
 * A feed's bytes depend only on its spec, its items (immutable article records) and the author
 * pages of their bylines, under one configuration and base URL (the memo's owner keeps to one), so
 * equal keys mean equal bytes.
 */
export class FeedMemo {
  readonly #ids: RecordNamer;
  /** Keys are digested when they are to be saved (a key spells out every item of its feed). */
  readonly #digest: boolean;
  #previous = new Map<string, { key: string; files: string[] }>();
  #current: Map<string, { key: string; files: string[] }>;
  #kept: string[] = [];
  /** Whether a pass began and has not finished (a dev pass can be dropped halfway for newer changes). */
  #open = false;

  /** `ids` name records (shared with the other memos of one rebuild state); `saved` is the last build's, to compare with. */
  constructor(ids: RecordNamer = new ObjectIds(), saved?: SavedFeeds) {
    this.#ids = ids;
    this.#digest = saved !== undefined;
    // The saved keys stand as the pass before the first one (`begin` moves them back).
    this.#current = new Map((saved ?? []).map(([url, key, files]) => [url, { key, files }]));
  }

  /**
   * Starts a pass: feeds that the pass does not reach are forgotten at the one after. A pass that
   * never finished is forgotten itself: the next compares with the last finished one, whose files
   * are the ones on disk.
   */
  begin(): void {
    if (!this.#open) this.#previous = this.#current;
    this.#open = true;
    this.#current = new Map();
    this.#kept = [];
    this.#pending = [];
  }

  /** Ends a pass: what it reached becomes what the next compares with. */
  finish(): void {
    for (const [collection, seen] of this.#pending) this.#collections.set(collection, seen);
    this.#pending = [];
    this.#open = false;
  }

  /**
   * True for a memo restored from a build's saved keys: records are named by what they were parsed
   * from, and a feed is keyed by every article of its collection, which is cheaper than picking
   * its newest items first (an edited article's collections make their feeds again, a handful).
   */
  get wholeCollections(): boolean {
    return this.#digest;
  }

  /**
   * Records the feed's inputs (its items, or with `wholeCollections` all its collection's
   * articles); true when they differ from the last pass's (or it had no such feed).
   */
  changed(spec: FeedSpec, formats: readonly Format[], items: readonly Article[], archive: Archive): boolean {
    const files = formats.map((f) => feedFile(spec.url, f));
    const parts = [spec.title, spec.description, files.join(","), String(spec.fullContent ?? true)];
    let comparable = true;
    for (const a of items) {
      // A record not marked immutable cannot be compared: its feed is always regenerated.
      const id = isStable(a) ? this.#ids.of(a) : null;
      if (id === null) comparable = false;
      // A summary item shows only these fields of its record: an edit further down the body leaves it as it
      // was (in the dev server; a CLI build names the record, which is cheaper than reading it).
      const item = spec.fullContent === false && !this.#digest ? `${a.url}\u0001${a.headline}\u0001${lead(a)}\u0001${a.date}\u0001${JSON.stringify(a.bylines)}` : id;
      parts.push(`${item}:${(archive.authors.slugsByArticle.get(a.id) ?? []).join(",")}`);
    }
    let key = comparable ? parts.join("\u0000") : "";
    if (comparable && this.#digest) key = createHash("sha1").update(key).digest("base64url");
    this.#current.set(spec.url, { key, files });
    const same = comparable && this.#previous.get(spec.url)?.key === key;
    if (same) this.#kept.push(...files);
    return !same;
  }

  /** Per author or entity (objects an index keeps while nothing about them changed): the records its feed listed. */
  #collections = new WeakMap<object, Collection>();
  /** What this pass saw of collections, taken in by `finish`. */
  #pending: Array<[object, Collection]> = [];

  /**
   * True when the feed at `url` is the one of the last pass: its collection is the same object, its
   * articles are the same records, and the byline index (author links) is the same. The feed is then
   * kept as reached; otherwise the records are remembered for the next pass and false returned.
   */
  reuse<T>(url: string, collection: object, entries: readonly T[], idOf: (entry: T) => string, archive: Archive): boolean {
    const known = this.#collections.get(collection);
    const previous = this.#previous.get(url);
    if (known && previous && known.url === url && known.authors === archive.authors && known.records.length === entries.length && entries.every((x, k) => archive.byId.get(idOf(x)) === known.records[k])) {
      this.#current.set(url, previous);
      this.#kept.push(...previous.files);
      return true;
    }
    this.#pending.push([collection, { url, records: entries.map((x) => archive.byId.get(idOf(x))), authors: archive.authors }]);
    return false;
  }

  /** The site-relative files of every feed the last pass reached. */
  files(): string[] {
    return [...this.#current.values()].flatMap((f) => f.files);
  }

  /** The files of the feeds the last pass found unchanged (not generated: a writer that starts afresh keeps them). */
  kept(): readonly string[] {
    return this.#kept;
  }

  /** The last pass's keys, for the next build to compare with. */
  save(): SavedFeeds {
    return [...this.#current].map(([url, { key, files }]) => [url, key, files]);
  }
}
