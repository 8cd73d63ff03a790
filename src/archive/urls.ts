import { runSteps, slugify, stable, type Article, type ParsedArticle } from "../model/index.ts";
import { dateParts } from "./dates.ts";

/** The folder an article is filed in: by its date, as precise as that date is, or `/undated/`. */
export function articleFolder(a: Pick<ParsedArticle, "date">): string {
  const p = dateParts(a.date);
  if (!p) return "/undated/";
  return `/${p.year}/${p.month ? `${p.month}/` : ""}${p.day ? `${p.day}/` : ""}`;
}

/**
 * What URL assignment keeps across rebuilds, per parsed record: its slug base and folder (slugify and
 * the date pattern per article showed in every rebuild) and the article it became last time.
 */
export interface UrlMemo {
  previous: WeakMap<ParsedArticle, Article>;
  placeOf: WeakMap<ParsedArticle, { base: string; folder: string }>;
}

/** A memo with nothing in it yet. */
export function newUrlMemo(): UrlMemo {
  return { previous: new WeakMap(), placeOf: new WeakMap() };
}

/**
 * Gives every article a site-unique slug and its permalink. Articles are taken in a stable order
 * (date, then file, then line) so the first keeps the plain slug and later twins get `-2`, `-3`…:
 * two articles with the same headline and date both get pages and nothing is overwritten.
 */
export function assignUrls(parsed: readonly ParsedArticle[], memo: UrlMemo = newUrlMemo()): Article[] {
  const byId = new Map(inFilingOrder(parsed, memo).map((a) => [a.id, a]));
  // Keep the caller's order.
  return parsed.map((a) => byId.get(a.id)!);
}

/** The slug base and folder of a record. */
function place(a: ParsedArticle, placeOf: UrlMemo["placeOf"]): { base: string; folder: string } {
  let p = placeOf.get(a);
  if (!p) {
    // A slug of digits alone could collide with a day or month folder ("/2025/02/25/").
    let base = slugify(a.slug);
    if (/^\d+$/.test(base)) base = `n${base}`;
    placeOf.set(a, (p = { base, folder: articleFolder(a) }));
  }
  return p;
}

/**
 * `assignUrls`, returning the articles in filing order (date, undated last, then file and line): the order
 * the archive lists them in, so the archive need not sort them again.
 */
export function inFilingOrder(parsed: readonly ParsedArticle[], memo: UrlMemo = newUrlMemo()): Article[] {
  return runSteps(filingSteps(parsed, memo));
}

/** Records assigned URLs in steps: after the sort, and every 2,048 records (see `archiveSteps`). */
export function* filingSteps(parsed: readonly ParsedArticle[], memo: UrlMemo = newUrlMemo()): Generator<void, Article[]> {
  const { previous, placeOf } = memo;
  // The sort keys are read once into objects of one shape: a comparator reading them from records
  // (of many shapes, nested `origin`) cost more than the rest of a dev rebuild's archive.
  const keyed = parsed.map((a) => ({ date: a.date ?? "\uffff", file: a.origin.file, line: a.origin.startLine, a }));
  keyed.sort((x, y) => {
    if (x.date !== y.date) return x.date < y.date ? -1 : 1;
    if (x.file !== y.file) return x.file < y.file ? -1 : 1;
    return x.line - y.line;
  });
  const order = keyed.map((k) => k.a);
  yield;
  const taken = new Set<string>();
  const next = new Map<string, number>();
  const out: Article[] = [];
  for (const a of order) {
    if (out.length % 2048 === 2047) yield;
    const { base, folder } = place(a, placeOf);
    let slug = base;
    // Resume from the last suffix tried for this base: many twins would otherwise cost n² probes.
    let n = next.get(base) ?? 2;
    if (taken.has(slug)) for (; taken.has((slug = `${base}-${n}`)); n++);
    next.set(base, n);
    taken.add(slug);
    const url = `${folder}${slug}/`;
    // The same record with the same URL is the same (immutable) article: reuse it, so rebuilds see identity.
    const before = previous.get(a);
    const article = before && before.url === url && before.slug === slug ? before : stable({ ...a, slug, url });
    previous.set(a, article);
    out.push(article);
  }
  return out;
}
