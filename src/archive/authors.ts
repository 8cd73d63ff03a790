// PLACEHOLDER: exact-name author identities; the name-variant merging replaces this file.
import { slugify, type BylineRole, type ParsedArticle, type SiteConfig } from "../model/index.ts";

export interface AuthorCredit { articleId: string; role: BylineRole; location: string | null; nameAsWritten: string }
export interface Author { slug: string; name: string; variants: string[]; credits: AuthorCredit[] }
export interface AuthorIndex { authors: Author[]; /** per article id: the author slug of each byline, in byline order */ slugsByArticle: Map<string, string[]> }

export function resolveAuthors(articles: readonly ParsedArticle[], _config: SiteConfig): AuthorIndex {
  const bySlug = new Map<string, Author>();
  const slugsByArticle = new Map<string, string[]>();
  for (const a of articles) {
    const slugs: string[] = [];
    for (const b of a.bylines) {
      const slug = slugify(b.name);
      let author = bySlug.get(slug);
      if (!author) bySlug.set(slug, (author = { slug, name: b.name, variants: [b.name], credits: [] }));
      author.credits.push({ articleId: a.id, role: b.role, location: b.location, nameAsWritten: b.name });
      slugs.push(slug);
    }
    slugsByArticle.set(a.id, slugs);
  }
  const authors = [...bySlug.values()].sort((x, y) => (x.slug < y.slug ? -1 : 1));
  return { authors, slugsByArticle };
}
