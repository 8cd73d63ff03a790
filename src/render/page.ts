// What a page is: where it goes, which template draws it with what data, and the breadcrumbs and
// navigation every page shares.
import { monthName, type EntityKind, type TopicLinks } from "../archive/index.ts";
import type { Article } from "../model/index.ts";
import type { ArticleSummary, BylineView } from "./views.ts";

/** A link in the breadcrumb trail. */
export interface Crumb {
  /** The text of the link. */
  label: string;
  /** Site-relative URL. */
  url: string;
}

/** One page of the site: where it goes, which template draws it, and that template's data. */
export interface Page {
  /** Site-relative URL ending in `/` (written as `index.html`) or a file name (`404.html`). */
  url: string;
  /** The template's name, without `.eta`. */
  template: string;
  /** The page title (the site title is added by the layout). */
  title: string;
  /** The meta description. */
  description: string;
  /** The trail from the home page to this page's parent. */
  breadcrumbs: Crumb[];
  /** Template-specific data, merged into `it`. */
  data: Record<string, unknown>;
  /**
   * Whether the last build's file of this page stands (see `PageOptions.keptArticle`): true for a
   * stand-in that was not made, false for a page made because it did not; unset when not asked.
   */
  kept?: boolean;
}

/** The data `article.eta` receives (besides the common fields). */
export interface ArticlePageData {
  /** The record. */
  article: Article;
  /** The body as sanitized HTML, first mentions of entities with pages linked. */
  bodyHtml: string;
  /** The date as readers see it ("25 February 2025"). */
  dateLabel: string;
  /** "estimated", "undated" or null for a date that is a fact. */
  dateQualifier: ArticleSummary["dateQualifier"];
  /** The bylines with their author pages. */
  bylines: BylineView[];
  /** The previous (older) and next (newer) article by date. */
  prev: ArticleSummary | null;
  /** The next (newer) article by date. */
  next: ArticleSummary | null;
  /** Articles from the same day in other years. */
  onThisDay: ArticleSummary[];
  /** The source's and the dateline's pages, when the article names them. */
  sourceUrl: string | null;
  /** The dateline's page, when the article has a dateline. */
  datelineUrl: string | null;
  /** Related coverage, best first, with the reason each is related. */
  related: Array<{ summary: ArticleSummary; reason: string }>;
  /** The people, places and organisations with pages that the article mentions (chips). */
  entities: Array<{ name: string; url: string; kind: EntityKind }>;
  /** Its tag and section pages. */
  topics: TopicLinks;
}

/** Where each kind of entity has its pages, and how it is named there. */
export const ENTITY_SECTIONS: Record<EntityKind, { base: string; label: string; singular: string }> = {
  person: { base: "people", label: "People", singular: "person" },
  place: { base: "places", label: "Places", singular: "place" },
  organization: { base: "organizations", label: "Organizations", singular: "organization" },
};

/** Which optional sections the site has, so navigation never links to a page that does not exist. */
export interface NavView {
  /** The site has people pages. */
  people: boolean;
  /** The site has place pages. */
  places: boolean;
  /** The site has organisation pages. */
  organizations: boolean;
  /** The site has source pages. */
  sources: boolean;
  /** The site has dateline pages. */
  datelines: boolean;
  /** The site has tag pages. */
  tags: boolean;
  /** The site has section pages. */
  sections: boolean;
  /** The site has a search page. */
  search: boolean;
}

/** The first crumb of every trail. */
export const home: Crumb = { label: "Home", url: "/" };

/** The crumb of a year page. */
export function yearCrumb(year: string): Crumb {
  return { label: year, url: `/${year}/` };
}

/** The crumb of a month page. */
export function monthCrumb(year: string, month: string): Crumb {
  return { label: monthName(month), url: `/${year}/${month}/` };
}
