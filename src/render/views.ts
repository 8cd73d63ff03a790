import { formatDate } from "../archive/index.ts";
import type { Archive } from "../archive/index.ts";
import type { Article, BylineRole } from "../model/index.ts";

/** A byline as templates show it: the person, their part, where from, and their author page. */
export interface BylineView {
  /** The name as credited. */
  name: string;
  /** Their part in the story. */
  role: BylineRole;
  /** "Reporting by", "Research by"… for grouping. */
  roleLabel: string;
  /** Where they reported from, when the credit says. */
  location: string | null;
  /** Site-relative URL of the author page; null for a credit that is not a person (a desk, a blog, a title). */
  url: string | null;
}

/** An article as a list entry (home, archives, author pages). */
export interface ArticleSummary {
  /** Site-relative URL of the article. */
  url: string;
  /** The headline. */
  headline: string;
  /** True when newsarchive derived the headline from the lead. */
  headlineDerived: boolean;
  /** The record's date string, or null. */
  date: string | null;
  /** The date as readers see it. */
  dateLabel: string;
  /** "estimated" for inferred dates, "undated" for none, null for facts. */
  dateQualifier: "estimated" | "undated" | null;
  /** The first sentence or so of the body. */
  lead: string;
  /** The publication, when known. */
  source: string | null;
  /** The names credited as authors. */
  authors: string[];
}

const ROLE_LABELS: Record<BylineRole, string> = { author: "By", contributor: "Reporting by", research: "Research by" };

/** The article's bylines as templates show them, each with its author page. */
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

/** "estimated" for an inferred date, "undated" for none, null for a fact. */
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
