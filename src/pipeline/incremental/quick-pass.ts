// The dev server's first answer to an edit: the pages of the edited articles, rendered at once
// against the archive already on the site, when the edit changed nothing that places an article
// (headline, date, bylines, tags…) but only what it says. The full pass that follows brings the
// lists, feeds, related coverage and search up to date; until then only those may lag behind.
import type { Archive } from "../../archive/index.ts";
import { stable, type Article, type ParsedArticle } from "../../model/index.ts";
import { fileForUrl } from "../../output/index.ts";
import { articlePage, navView, RenderMemo, renderPage, type SiteView, type Templates } from "../../render/index.ts";

/** Fields that say what an article says; every other field places it (URL, lists, pages of others). */
const SAYS = new Set(["body", "blocks", "markdown", "warnings", "origin"]);
/** Fields the archive gives an article: not compared, they follow from the rest. */
const GIVEN = new Set(["url", "slug"]);

/** Per seed file, the ids of its articles on the site: made once per archive, read by every quick pass until the next. */
export class ArchiveFiles {
  readonly #archive: Archive;
  #ids: Map<string, string[]> | null = null;

  constructor(archive: Archive) {
    this.#archive = archive;
  }

  /** The archive these ids are from. */
  get archive(): Archive {
    return this.#archive;
  }

  /** The ids of the articles from `file` on the site. */
  ids(file: string): readonly string[] {
    if (!this.#ids) {
      this.#ids = new Map();
      for (const a of this.#archive.articles) {
        const ids = this.#ids.get(a.origin.file);
        if (ids) ids.push(a.id);
        else this.#ids.set(a.origin.file, [a.id]);
      }
    }
    return this.#ids.get(file) ?? [];
  }
}

/** What an edited file's articles would look like on the site, or null when the edit moved, added or removed one. */
export function editedInPlace(site: ArchiveFiles, file: string, parsed: readonly ParsedArticle[]): Article[] | null {
  const was = site.ids(file);
  // An article added or gone changes lists: not for a quick pass.
  if (parsed.length === 0 || parsed.length !== was.length) return null;
  const out: Article[] = [];
  for (const p of parsed) {
    const before = site.archive.byId.get(p.id);
    if (!before || before.origin.file !== file || placing(before) !== placing(p)) return null;
    out.push(stable({ ...p, slug: before.slug, url: before.url }));
  }
  return out;
}

/** The fields that place an article, as one comparable string. */
function placing(a: ParsedArticle): string {
  const kept: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(a)) if (!SAYS.has(k) && !GIVEN.has(k)) kept[k] = v;
  return JSON.stringify(kept);
}

/**
 * The pages of `articles` (from `editedInPlace`), rendered against `archive`: file → HTML. Its
 * indexes are keyed by article id, so each page finds its neighbours, related coverage and
 * entities as the site has them now.
 */
export function quickPages(archive: Archive, articles: readonly Article[], templates: Templates, site: SiteView): Array<[file: string, html: string]> {
  const nav = navView(archive);
  const memo = new RenderMemo();
  return articles.map((a) => {
    const page = articlePage(archive, a, site, { keep: false, memo });
    page.data.nav = nav;
    return [fileForUrl(page.url), renderPage(templates, site, page)];
  });
}
