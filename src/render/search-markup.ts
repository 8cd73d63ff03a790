// What Pagefind reads from a page (see src/output/search.ts): empty elements whose attributes hold
// the filter values, so the values filter results without being indexed as words of the article.
import type { Article } from "../model/index.ts";
import { attr } from "./meta.ts";
import type { Page } from "./page.ts";

/** The search filters of an article: year filed, people credited, source. */
export function searchFilters(a: Article): Record<string, string[]> {
  return {
    year: [a.date ? a.date.slice(0, 4) : "Undated"],
    author: [...new Set(a.bylines.map((b) => b.name))],
    source: a.source ? [a.source] : [],
  };
}

/** The hidden block the layout prints inside `<main>`; empty on pages that are not indexed. */
export function searchHtml(page: Page): string {
  if (page.template !== "article" || !page.data.article) return "";
  const a = page.data.article as Article;
  const entities = ((page.data.entities ?? []) as Array<{ name: string }>).map((e) => e.name);
  const filters = { ...searchFilters(a), entity: entities };
  const spans = Object.entries(filters).flatMap(([key, values]) =>
    values.map((v) => `<span data-pagefind-filter="${key}[data-value]" data-value="${attr(v)}"></span>`),
  );
  // Sorting by date lets a results page offer "newest first"; undated articles sort last.
  spans.push(`<span data-pagefind-sort="date[data-value]" data-value="${attr(a.date ?? "0000")}"></span>`);
  return `<div hidden class="search-meta">${spans.join("")}</div>`;
}
