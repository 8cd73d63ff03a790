import { formatDate } from "../archive/index.ts";
import type { Archive } from "../archive/index.ts";
import type { Article, BylineRole } from "../model/index.ts";

/** A byline as templates show it: the person, their part, where from, and their author page. */
export interface BylineView {
  name: string;
  role: BylineRole;
  /** "Reporting by", "Research by"… for grouping. */
  roleLabel: string;
  location: string | null;
  /** Site-relative URL of the author page; null for a credit that is not a person (a desk, a blog, a title). */
  url: string | null;
}

/** An article as a list entry (home, archives, author pages). */
export interface ArticleSummary {
  url: string;
  headline: string;
  headlineDerived: boolean;
  date: string | null;
  dateLabel: string;
  /** "estimated" for inferred dates, "undated" for none, null for facts. */
  dateQualifier: "estimated" | "undated" | null;
  lead: string;
  source: string | null;
  authors: string[];
}

const ROLE_LABELS: Record<BylineRole, string> = { author: "By", contributor: "Reporting by", research: "Research by" };

export function bylineViews(archive: Archive, article: Article): BylineView[] {
  const slugs = archive.authors.slugsByArticle.get(article.id) ?? [];
  return article.bylines.map((b, i) => ({
    name: b.name,
    role: b.role,
    roleLabel: ROLE_LABELS[b.role],
    location: b.location,
    url: slugs[i] ? `/authors/${slugs[i]}/` : null,
  }));
}

/** The first sentence or so of the body, for lists and descriptions. */
export function lead(article: Article, max = 220): string {
  const first = article.body.find((p) => p.trim().length > 0) ?? "";
  if (first.length <= max) return first;
  const cut = first.slice(0, max);
  const stop = cut.lastIndexOf(". ");
  return stop > max / 2 ? cut.slice(0, stop + 1) : `${cut.slice(0, cut.lastIndexOf(" "))}…`;
}

export function dateQualifier(article: Article): ArticleSummary["dateQualifier"] {
  if (article.date === null) return "undated";
  return article.dateSource === "inferred" ? "estimated" : null;
}

/** An article's list entry, made afresh (pages take theirs from a `RenderMemo`, which keeps them). */
export function summary(article: Article): ArticleSummary {
  return makeSummary(article);
}

/** True when two list entries read the same. */
export function sameSummary(a: ArticleSummary, b: ArticleSummary): boolean {
  return (Object.keys(b) as Array<keyof ArticleSummary>).every((k) => (k === "authors" ? a.authors.join("\u0000") === b.authors.join("\u0000") && a.authors.length === b.authors.length : a[k] === b[k]));
}

/** An article's list entry. */
export function makeSummary(article: Article): ArticleSummary {
  return {
    url: article.url,
    headline: article.headline,
    headlineDerived: article.headlineSource === "derived",
    date: article.date,
    dateLabel: formatDate(article.date),
    dateQualifier: dateQualifier(article),
    lead: lead(article),
    source: article.source,
    authors: article.bylines.filter((b) => b.role === "author").map((b) => b.name),
  };
}
