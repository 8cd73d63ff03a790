// Keys of everything a page is made from, so a rebuild hands over the very page object of the
// last one when nothing it shows changed. Immutable records stand in by their id in the memo.
import type { Archive } from "../archive/index.ts";
import type { Article } from "../model/index.ts";
import type { RenderMemo } from "./memo.ts";
import type { Page } from "./page.ts";
import type { SiteView } from "./site.ts";

/** Everything an article page is made from besides the record itself, immutable records by identity. */
export function articlePageKey(memo: RenderMemo, archive: Archive, a: Article, site: SiteView): string {
  const near = archive.neighbours.get(a.id);
  let key = `${site.basePath}\u0000${memo.recordKey(near?.prev)}\u0000${memo.recordKey(near?.next)}\u0000${entitiesKey(memo, archive.entities.byArticle.get(a.id))}\u0000`;
  key += `${(archive.authors.slugsByArticle.get(a.id) ?? []).join("\u0001")}\u0000`;
  for (const other of archive.onThisDay.get(a.id) ?? []) key += `${memo.recordKey(other)},`;
  const related = archive.related.get(a.id) ?? [];
  key += `\u0000${relatedKey(memo, related)}`;
  // The images it shows: a replaced image file changes the page's width and height attributes.
  const media = archive.media?.get(a.id);
  if (media) key += `\u0000${JSON.stringify([...media])}`;
  for (const r of related) key += `,${memo.recordKey(archive.byId.get(r.id))}`;
  return key;
}

type EntityRow = ReturnType<Archive["entities"]["byArticle"]["get"]>;

// Index entries are often the very objects of the last rebuild (an edit that changed no name or related list):
// their content keys are kept per object, so only new entries are spelled out.
function entitiesKey(memo: RenderMemo, row: EntityRow): string {
  if (!row) return "";
  let key = memo.entryKeys.get(row);
  if (key === undefined) memo.entryKeys.set(row, (key = JSON.stringify(row.map((e) => [e.slug, e.kind, e.name, e.surfaces]))));
  return key;
}

function relatedKey(memo: RenderMemo, list: ReturnType<Archive["related"]["get"]> & object): string {
  let key = memo.entryKeys.get(list);
  if (key === undefined) memo.entryKeys.set(list, (key = JSON.stringify(list.map((r) => [r.id, r.reason]))));
  return key;
}

/**
 * A page about one collection (an entity, an author) is the same object as last time while the collection is
 * (the index kept it: nothing about it changed) and lists the same records, so it is neither built nor
 * fingerprinted again.
 */
export function collectionPage(memo: RenderMemo, archive: Archive, collection: object, entries: ReadonlyArray<{ articleId: string }>, make: () => Page): Page {
  let key = "";
  for (const x of entries) key += `${memo.recordKey(archive.byId.get(x.articleId))},`;
  const hit = memo.collectionPages.get(collection);
  if (hit?.key === key) return hit.page;
  const page = make();
  memo.collectionPages.set(collection, { key, page });
  return page;
}
