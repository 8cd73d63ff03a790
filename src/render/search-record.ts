// What the search index holds of an article, made from its record (never from its rendered HTML):
// the words of the headline and body, the names on its byline as the archive merged them, and the
// filters a reader narrows results by. Only articles are indexed; list pages would only repeat them.
import { createHash } from "node:crypto";
import { cleanByline, formatDate, searchShards, type Archive } from "../archive/index.ts";
import type { Article } from "../model/index.ts";

/** One Pagefind custom record (the shape of Pagefind's `addCustomRecord`), all plain text. */
export interface SearchRecord {
  /** The article's site-relative URL; Pagefind's UI prefixes the base path its bundle is under. */
  url: string;
  /** Body paragraphs and headline, as plain text: the words searched and excerpted. */
  content: string;
  /** ISO 639-1 code of the site's language. */
  language: string;
  /** Shown with each result: `title` (the headline), `date`, `author`, `source`. */
  meta: Record<string, string>;
  /** `year`, `author`, `source`, `entity`: what a reader filters by. */
  filters: Record<string, string[]>;
  /** `date`, so results can be ordered newest first. */
  sort: Record<string, string>;
}

/** One shard to index: its folder name and its records, made when the shard's turn comes. */
export interface SearchShardInput {
  name: string;
  records(): SearchRecord[];
  /** A fingerprint that stands for the records without making them, or null (then they are made and digested). */
  key?(): string | null;
  /** How many records the shard has, when known without making them. */
  size?: number;
}

/**
 * A filter value as Pagefind's default UI needs it to show as the text it is. Measured on Pagefind
 * 1.6 in Chromium (test/output/search-shards.test.ts): a custom record's filter values reach the UI
 * unchanged and are put into the page with `innerHTML`, so they are HTML-escaped once here; titles
 * and other metadata are set as text by the UI and excerpts are escaped by Pagefind, so those stay
 * as written (escaping them would show entities).
 */
export function filterText(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Makes the search records of one archive (it holds the author names merged across spellings). */
export class SearchRecords {
  readonly #archive: Archive;
  readonly #authorNames: Map<string, string>;
  /** ISO 639-1 code of the site's language. */
  readonly language: string;

  constructor(archive: Archive) {
    this.#archive = archive;
    this.#authorNames = new Map(archive.authors.authors.map((a) => [a.slug, a.name]));
    this.language = archive.config.language.split("-")[0]!.toLowerCase();
  }

  /** The names credited, one per person as the archive merged them ("Julian Barnes" → "Julian E. Barnes"), in byline order. */
  authors(a: Article): string[] {
    const slugs = this.#archive.authors.slugsByArticle.get(a.id) ?? [];
    return [...new Set(a.bylines.map((b, i) => (slugs[i] && this.#authorNames.get(slugs[i]!)) || cleanByline(b.name)))];
  }

  record(a: Article): SearchRecord {
    const authors = this.authors(a);
    const entities = (this.#archive.entities.byArticle.get(a.id) ?? []).map((e) => e.name);
    const meta: Record<string, string> = { title: a.headline, date: formatDate(a.date) };
    if (authors.length) meta.author = authors.join(", ");
    if (a.source) meta.source = a.source;
    // The story first, so excerpts are its words; the headline last, searched but rarely excerpted.
    // Names are not content (an excerpt would show the byline): the author filter finds them.
    const content = [...a.body, a.headline].join("\n");
    return {
      url: a.url,
      content,
      language: this.language,
      meta,
      filters: {
        year: [a.date ? a.date.slice(0, 4) : "Undated"],
        author: authors.map(filterText),
        source: a.source ? [filterText(a.source)] : [],
        entity: [...new Set(entities)].map(filterText),
      },
      // Undated articles sort last.
      sort: { date: a.date ?? "0000" },
    };
  }
}

/**
 * The archive's search shards, each with its records made only when asked (one shard at a time).
 * With `names` (records named by what they were parsed from, see `recordNames`), each shard also
 * has a `key` that stands for its records without making them: the record's name and what the
 * archive adds to it (merged author names, entity names), so an unchanged shard costs no body walk.
 */
export function searchInputs(archive: Archive, names?: (a: Article) => string | null): SearchShardInput[] {
  const records = new SearchRecords(archive);
  return searchShards(archive.articles).map((s) => ({
    name: s.name,
    size: s.articles.length,
    records: () => s.articles.map((a) => records.record(a)),
    key: names
      ? () => {
          const parts: string[] = [records.language];
          for (const a of s.articles) {
            const name = names(a);
            if (name === null) return null; // not named: the records themselves are the key
            const entities = (archive.entities.byArticle.get(a.id) ?? []).map((e) => e.name);
            parts.push(JSON.stringify([name, records.authors(a), entities]));
          }
          return `n${createHash("sha1").update(parts.join("\n")).digest("base64url")}`;
        }
      : undefined,
  }));
}
