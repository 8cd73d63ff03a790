// The dev server's first answer to an edit: the pages of the edited articles, rendered at once
// against the archive already on the site, when the edit changed nothing that places an article
// (headline, date, bylines, tags…) but only what it says. The full pass that follows brings the
// lists, feeds, related coverage and search up to date; until then only those may lag behind.
import type { Archive } from "../../archive/index.ts";
import { stable, type Article, type ParsedArticle } from "../../model/index.ts";
import { fileForUrl } from "../../output/index.ts";
import { RenderMemo, renderPage, sitePages, type SiteView, type Templates } from "../../render/index.ts";

/** Fields that say what an article says; every other field places it (URL, lists, pages of others). */
const SAYS = new Set(["body", "blocks", "markdown", "warnings", "origin"]);
/** Fields the archive gives an article: not compared, they follow from the rest. */
const GIVEN = new Set(["url", "slug"]);

/** What an edited file's articles would look like on the site, or null when the edit moved, added or removed one. */
export function editedInPlace(archive: Archive, parsed: readonly ParsedArticle[]): Article[] | null {
  const out: Article[] = [];
  for (const p of parsed) {
    const was = archive.byId.get(p.id);
    if (!was || placing(was) !== placing(p)) return null;
    out.push(stable({ ...p, slug: was.slug, url: was.url }));
  }
  // The file lost an article: lists would change.
  const ids = new Set(parsed.map((p) => p.id));
  const file = parsed[0]?.origin.file;
  if (file === undefined || archive.articles.some((a) => a.origin.file === file && !ids.has(a.id))) return null;
  return out;
}

/** The fields that place an article, as one comparable string. */
function placing(a: ParsedArticle): string {
  const kept: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(a)) if (!SAYS.has(k) && !GIVEN.has(k)) kept[k] = v;
  return JSON.stringify(kept);
}

/** The pages of `articles` (from `editedInPlace`), rendered against `archive`: file → HTML. */
export function quickPages(archive: Archive, articles: readonly Article[], templates: Templates, site: SiteView): Array<[file: string, html: string]> {
  const byId = new Map(archive.byId);
  for (const a of articles) byId.set(a.id, a);
  // The archive as it will be once the edit is in: the same indexes (they are keyed by id), these records.
  const edited: Archive = { ...archive, byId, articles: archive.articles.map((a) => byId.get(a.id) ?? a) };
  const out: Array<[string, string]> = [];
  for (const page of sitePages(edited, { articles: new Set(articles), keep: false, memo: new RenderMemo() })) {
    out.push([fileForUrl(page.url), renderPage(templates, site, page)]);
  }
  return out;
}
