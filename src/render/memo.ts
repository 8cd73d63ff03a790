import { isStable, ObjectIds, stable, type Article } from "../model/index.ts";
import type { Page } from "./page.ts";
import { makeSummary, sameSummary, type ArticleSummary } from "./views.ts";

type BodySource = Pick<Article, "format" | "markdown" | "body">;

/**
 * Where a one-off build keeps rendered bodies off the heap until their pages and feeds are made
 * (the build owns it and closes it): `put` takes a body's UTF-8 and gives a small handle for it,
 * `read` gives the bytes back.
 */
export interface BodyShelf {
  put(html: Uint8Array): ShelvedBody;
  read(body: ShelvedBody): Uint8Array;
}

/** A body on a `BodyShelf`: where its bytes are. */
export interface ShelvedBody {
  readonly offset: number;
  readonly length: number;
}

/**
 * What rendering keeps while a site is rendered, and from one rebuild to the next when the same
 * memo is passed again (the dev server's rebuild state): rendered bodies, list entries and pages
 * per record object. Unchanged files' records are the same objects across rebuilds, so a rebuild
 * after an edit makes (and fingerprints) only what the edit touched. A one-off build makes a fresh
 * memo and drops it with the build.
 */
export class RenderMemo {
  /** Ids of immutable records, for page keys; shared with the other memos of one rebuild state. */
  readonly ids: ObjectIds;
  /** Rendered bodies per record body: the costly part of a page (Markdown parsing). */
  readonly #bodies = new WeakMap<readonly string[], { format: string; markdown: string | null; html: string | Uint8Array | ShelvedBody }>();
  readonly #summaries = new WeakMap<Article, ArticleSummary>();
  /** The last summary per URL: an edited record whose list entry reads the same keeps the same entry object. */
  readonly #summaryByUrl = new Map<string, ArticleSummary>();
  /** Article pages, with the key of everything they are made from besides the record. */
  readonly articlePages = new WeakMap<Article, { key: string; page: Page }>();
  /** Author and entity pages per collection object, with the key of the records they list. */
  readonly collectionPages = new WeakMap<object, { key: string; page: Page }>();
  /** Content keys of index entries (entity rows, related lists), per entry object. */
  readonly entryKeys = new WeakMap<object, string>();

  /**
   * Names for records that hold across processes (the CLI's build cache: see `Ingested.recordKeys`),
   * used by `recordKey` before the in-process ids; set once the archive is built.
   */
  names: ((record: object) => string | null) | null = null;

  /** With a shelf, bodies rendered elsewhere (`primeBody`) wait there rather than on the heap (a one-off build's). */
  shelf: BodyShelf | null = null;

  constructor(ids: ObjectIds = new ObjectIds()) {
    this.ids = ids;
  }

  /** The record's body as HTML, rendered by `render` the first time it is asked for. */
  body(a: BodySource, render: () => string): string {
    const hit = this.#bodies.get(a.body);
    if (hit && hit.format === a.format && hit.markdown === a.markdown) {
      const html = hit.html;
      return typeof html === "string" ? html : decoder.decode(html instanceof Uint8Array ? html : this.shelf!.read(html));
    }
    const html = render();
    this.#bodies.set(a.body, { format: a.format, markdown: a.markdown, html });
    return html;
  }

  /** The record's body as the UTF-8 it was kept in (rendered beside the parse), or null when it is not kept as bytes. */
  bodyBytes(a: BodySource): Uint8Array | null {
    const hit = this.#bodies.get(a.body);
    if (!hit || hit.format !== a.format || hit.markdown !== a.markdown || typeof hit.html === "string") return null;
    return hit.html instanceof Uint8Array ? hit.html : this.shelf!.read(hit.html);
  }

  /** Records a body rendered elsewhere (a worker thread, the build cache) for this record, as a string or UTF-8. */
  primeBody(a: BodySource, html: string | Uint8Array): void {
    this.#bodies.set(a.body, { format: a.format, markdown: a.markdown, html: this.shelf && typeof html !== "string" ? this.shelf.put(html) : html });
  }

  /**
   * Lets go of the body kept for this record (a one-off build, once the record's page is written)
   * if the record can make it again: a Markdown record whose source was dropped (see the build's
   * file work) keeps it, for the feeds.
   */
  releaseBody(a: BodySource): void {
    if (a.format !== "markdown" || a.markdown !== null) this.#bodies.delete(a.body);
  }

  /** An article's list entry; kept per article record when that record is immutable. */
  summary(article: Article): ArticleSummary {
    if (!isStable(article)) return makeSummary(article);
    let s = this.#summaries.get(article);
    if (!s) {
      const made = makeSummary(article);
      const before = this.#summaryByUrl.get(made.url);
      // Pages list entries by identity: an edit below the lead then leaves every list that shows the article alone.
      s = before && sameSummary(before, made) ? before : stable(made);
      if (this.#summaryByUrl.size >= 200_000) this.#summaryByUrl.clear(); // URLs of renamed articles must not pile up forever
      this.#summaryByUrl.set(made.url, s);
      this.#summaries.set(article, s);
    }
    return s;
  }

  /** A number per immutable record for page keys; a record not marked immutable makes the key unique (never a hit). */
  recordKey(record: Article | null | undefined): string {
    if (!record) return "-";
    const named = this.names?.(record);
    if (named) return named;
    return String(isStable(record) ? this.ids.of(record) : `x${this.ids.fresh()}`);
  }
}

const decoder = new TextDecoder();
