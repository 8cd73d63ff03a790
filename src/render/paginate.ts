// Long lists split into pages with addresses that stay put: page 1 is the list's own URL, page n is
// `<url>page/<n>/` (`/page/2/`, `/people/jane-doe/page/3/`), each with rel=prev/next links. A list
// that fits on one page is yielded as it is (the same object, so rebuild memos keep working).
import type { Page } from "./page.ts";

/** The list each template pages through: the data field holding it. */
export const PAGED_LISTS: Readonly<Record<string, string>> = {
  home: "articles", month: "articles", day: "articles", undated: "articles",
  author: "credits", entity: "items", source: "articles", dateline: "articles", topic: "articles",
};

/** What a template gets as `it.pagination` on a list split into pages. */
export interface Pagination {
  /** 1-based. */
  current: number;
  total: number;
  /** Entries in the whole list (the template's list holds this page's only). */
  totalItems: number;
  prev: string | null;
  next: string | null;
  pages: Array<{ number: number; url: string }>;
}

/** The site path of page `n` of the list at `url`. */
export function pageUrl(url: string, n: number): string {
  return n === 1 ? url : `${url}page/${n}/`;
}

/** The pages of one list page, `size` entries each. */
export function* paginate(page: Page, size: number): Generator<Page> {
  const field = PAGED_LISTS[page.template];
  const list = field ? page.data[field] : undefined;
  if (!Array.isArray(list) || list.length <= size) {
    yield page;
    return;
  }
  const total = Math.ceil(list.length / size);
  const pages = Array.from({ length: total }, (_, i) => ({ number: i + 1, url: pageUrl(page.url, i + 1) }));
  for (let n = 1; n <= total; n++) {
    const pagination: Pagination = {
      current: n,
      total,
      totalItems: list.length,
      prev: n > 1 ? pageUrl(page.url, n - 1) : null,
      next: n < total ? pageUrl(page.url, n + 1) : null,
      pages,
    };
    yield {
      ...page,
      url: pageUrl(page.url, n),
      title: n === 1 ? page.title : `${page.title} (page ${n} of ${total})`,
      breadcrumbs: n === 1 ? page.breadcrumbs : [...page.breadcrumbs, { label: page.title, url: page.url }],
      data: { ...page.data, [field!]: list.slice((n - 1) * size, n * size), pagination },
    };
  }
}
