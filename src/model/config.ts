import { z } from "zod";

/** An IANA time zone name that this Node.js knows ("UTC", "Europe/London"). */
const TimeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, "unknown time zone: use an IANA name such as \"UTC\" or \"America/New_York\"");

/** One person's name variants merged into one author page. */
export const AuthorAlias = z.object({
  /** The name shown on the site. */
  name: z.string().min(1).describe("The name shown on the site."),
  /** Other spellings that mean the same person. */
  aliases: z.array(z.string().min(1)).default([]).describe("Other spellings that mean the same person."),
});

/** An event the date inference can count from ("Day 6 of the invasion"). */
export const AnchorEvent = z.object({
  /** The event's name. */
  name: z.string().min(1).describe("The event's name."),
  /** YYYY-MM-DD of the event. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD").describe("YYYY-MM-DD of the event."),
  /** Words in a text that refer to the event ("the invasion", "Russia's invasion of Ukraine"). */
  phrases: z.array(z.string().min(1)).min(1).describe("Words in a text that refer to the event (\"the invasion\", \"Russia's invasion of Ukraine\")."),
});

/** Rules that correct the named-entity extraction. */
export const EntityRules = z.object({
  /** Entities to add, with the kind of page they get. */
  add: z.array(z.object({ name: z.string().min(1).describe("The name its page shows."), kind: z.enum(["person", "place", "organization"]).describe("Which pages list it."), aliases: z.array(z.string()).default([]).describe("Other names searched for in every body (exact, case-sensitive, whole words).") })).default([]).describe("Entities to add, with the kind of page they get."),
  /** Display-name changes: extracted name → shown name. */
  rename: z.record(z.string(), z.string()).default({}).describe("Display-name changes: extracted name → shown name."),
  /** Names that are merged into another: variant → canonical. */
  merge: z.record(z.string(), z.string()).default({}).describe("Names that are merged into another: variant → canonical."),
  /** Names never to give a page. */
  suppress: z.array(z.string()).default([]).describe("Names never to give a page."),
});

/** The site configuration (`newsarchive.config.json`); every field has a default. */
export const SiteConfig = z
  .object({
    /** The site name, shown in the header, titles and feeds. */
    title: z.string().min(1).default("News Archive").describe("The site name, shown in the header, titles and feeds."),
    /** One sentence about the archive, for the home page, feeds and search engines. */
    description: z.string().default("A dated, cross-linked archive of news articles.").describe("One sentence about the archive, for the home page, feeds and search engines."),
    /** Absolute URL the site is published at; its path is the base path of every link. */
    baseUrl: z.url({ protocol: /^https?$/, error: "expected an absolute http(s) URL such as https://example.org/news/" }).default("http://localhost/").describe("Absolute URL the site is published at; its path is the base path of every link."),
    /** BCP 47 language of the site ("en", "en-GB"). */
    language: z.string().min(2).default("en").describe("BCP 47 language of the site (\"en\", \"en-GB\")."),
    /** Time zone all dates are shown and filed in. */
    timeZone: TimeZone.default("UTC").describe("IANA time zone all dates are shown and filed in (\"UTC\", \"Europe/London\")."),
    /**
     * How an all-numeric date ("03/04/2024") is read: `month-first` (US, the default) or `day-first`.
     * A date both orders could mean is filed as inferred with a warning, never as a fact.
     */
    dateOrder: z.enum(["month-first", "day-first"]).default("month-first").describe("How an all-numeric date (\"03/04/2024\") is read: `month-first` (the default) or `day-first`; one both orders could mean is filed as inferred with a warning."),
    /** How many articles the home page lists; older ones continue on `/page/2/`. */
    homeCount: z.number().int().min(1).max(1000).default(20).describe("How many articles the home page lists; older ones continue on `/page/2/`."),
    /** How many entries a list page (month, author, entity, source, tag…) shows before it continues on `page/2/`. */
    pageSize: z.number().int().min(5).max(10000).default(50).describe("How many entries a list page (month, author, entity, source, tag…) shows before it continues on `page/2/`."),
    /** How many articles the feeds hold. */
    feedCount: z.number().int().min(1).max(10000).default(50).describe("How many articles the feeds hold."),
    /** A folder of templates that override the built-in ones, file by file (relative to the project). */
    templates: z.string().nullable().default(null).describe("A folder of templates that override the built-in ones, file by file (relative to the project)."),
    /** A folder of static files copied into the site, overriding the built-in `public/`. */
    public: z.string().nullable().default(null).describe("A folder of static files copied into the site, overriding the built-in `public/`."),
    /** Publish articles marked `draft: true` (the `--drafts` flag; `dev` always shows them, marked). */
    drafts: z.boolean().default(false).describe("Publish articles marked `draft: true` (the `--drafts` flag; `dev` always shows them, marked)."),
    /** Publish articles whose front-matter date is after the day of the build (held back until then otherwise, as in Hugo). */
    buildFuture: z.boolean().default(false).describe("Publish articles whose front-matter date is after the day of the build (held back until then otherwise, as in Hugo)."),
    /** A JSON file (relative to the project) remembering every URL each article had, so changed URLs get redirect pages; null: off. Commit it. */
    urlMap: z.string().nullable().default(null).describe("A JSON file (relative to the project) remembering every URL each article had, so changed URLs get redirect pages; null: off. Commit it."),
    /** Name variants to merge into one author page. */
    authors: z.array(AuthorAlias).default([]).describe("Name variants to merge into one author page: `{ \"name\", \"aliases\": [] }`."),
    /** Corrections to the people, places and organisations pages. */
    entities: EntityRules.default({ add: [], rename: {}, merge: {}, suppress: [] }).describe("Corrections to the people, places and organisations pages (a page needs mentions in two articles)."),
    /** Events dates in the text can be counted from. */
    anchors: z.array(AnchorEvent).default([]).describe("Events that dates in the text can be counted from (\"Day 6 of the invasion\"): `{ \"name\", \"date\", \"phrases\" }`."),
  })
  .strict();

export type SiteConfig = z.infer<typeof SiteConfig>;
export type AnchorEvent = z.infer<typeof AnchorEvent>;

/** The defaults, as a config file with nothing in it gives them. */
export const defaultConfig: SiteConfig = SiteConfig.parse({});
