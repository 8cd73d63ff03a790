import { slugify, stable, type Article, type ParsedArticle } from "../model/index.ts";
import { dateParts } from "./dates.ts";

/** The folder an article is filed in: by its date, as precise as that date is, or `/undated/`. */
export function articleFolder(a: Pick<ParsedArticle, "date">): string {
  const p = dateParts(a.date);
  if (!p) return "/undated/";
  return `/${p.year}/${p.month ? `${p.month}/` : ""}${p.day ? `${p.day}/` : ""}`;
}

const previous = new WeakMap<ParsedArticle, Article>();

/**
 * Gives every article a site-unique slug and its permalink. Articles are taken in a stable order
 * (date, then file, then line) so the first keeps the plain slug and later twins get `-2`, `-3`…:
 * two articles with the same headline and date both get pages and nothing is overwritten.
 */
export function assignUrls(parsed: readonly ParsedArticle[]): Article[] {
  const order = [...parsed].sort((a, b) => {
    const da = a.date ?? "\uffff";
    const db = b.date ?? "\uffff";
    if (da !== db) return da < db ? -1 : 1;
    if (a.origin.file !== b.origin.file) return a.origin.file < b.origin.file ? -1 : 1;
    return a.origin.startLine - b.origin.startLine;
  });
  const taken = new Set<string>();
  const next = new Map<string, number>();
  const byId = new Map<string, Article>();
  for (const a of order) {
    // A slug of digits alone could collide with a day or month folder ("/2025/02/25/").
    let base = slugify(a.slug);
    if (/^\d+$/.test(base)) base = `n${base}`;
    let slug = base;
    // Resume from the last suffix tried for this base: many twins would otherwise cost n² probes.
    let n = next.get(base) ?? 2;
    if (taken.has(slug)) for (; taken.has((slug = `${base}-${n}`)); n++);
    next.set(base, n);
    taken.add(slug);
    const url = `${articleFolder(a)}${slug}/`;
    // The same record with the same URL is the same (immutable) article: reuse it, so rebuilds see identity.
    const before = previous.get(a);
    const article = before && before.url === url && before.slug === slug ? before : stable({ ...a, slug, url });
    previous.set(a, article);
    byId.set(a.id, article);
  }
  // Keep the caller's order.
  return parsed.map((a) => byId.get(a.id)!);
}
