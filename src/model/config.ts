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
  name: z.string().min(1),
  /** Other spellings that mean the same person. */
  aliases: z.array(z.string().min(1)).default([]),
});

/** An event the date inference can count from ("Day 6 of the invasion"). */
export const AnchorEvent = z.object({
  /** The event's name, for the evidence an inferred date quotes. */
  name: z.string().min(1),
  /** YYYY-MM-DD of the event. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD"),
  /** Words in a text that refer to the event ("the invasion", "Russia's invasion of Ukraine"). */
  phrases: z.array(z.string().min(1)).min(1),
});

/** Rules that correct the named-entity extraction. */
export const EntityRules = z.object({
  /** Entities to add, with the kind of page they get. */
  add: z.array(z.object({ name: z.string().min(1), kind: z.enum(["person", "place", "organization"]), aliases: z.array(z.string()).default([]) })).default([]),
  /** Display-name changes: extracted name → shown name. */
  rename: z.record(z.string(), z.string()).default({}),
  /** Names that are merged into another: variant → canonical. */
  merge: z.record(z.string(), z.string()).default({}),
  /** Names never to give a page. */
  suppress: z.array(z.string()).default([]),
});

/** The site configuration (`newsarchive.config.json`); every field has a default. */
export const SiteConfig = z
  .object({
    /** The site's name: page titles, the masthead, feeds. */
    title: z.string().min(1).default("News Archive"),
    /** One sentence about the site: the home page's meta description and the feeds'. */
    description: z.string().default("A dated, cross-linked archive of news articles."),
    /** Absolute URL the site is published at; its path is the base path of every link. */
    baseUrl: z.url({ protocol: /^https?$/, error: "expected an absolute http(s) URL such as https://example.org/news/" }).default("http://localhost/"),
    /** BCP 47 language of the site ("en", "en-GB"). */
    language: z.string().min(2).default("en"),
    /** Time zone all dates are shown and filed in. */
    timeZone: TimeZone.default("UTC"),
    /**
     * How an all-numeric date ("03/04/2024") is read: `month-first` (US, the default) or `day-first`.
     * A date both orders could mean is filed as inferred with a warning, never as a fact.
     */
    dateOrder: z.enum(["month-first", "day-first"]).default("month-first"),
    /** How many articles the home page lists. */
    homeCount: z.number().int().min(1).max(1000).default(20),
    /** How many articles the feeds hold. */
    feedCount: z.number().int().min(1).max(10000).default(50),
    /** A folder of templates that override the built-in ones, file by file (relative to the project). */
    templates: z.string().nullable().default(null),
    /** A folder of static files copied into the site, overriding the built-in `public/`. */
    public: z.string().nullable().default(null),
    /** Authors whose name variants are one person, whatever the byline says. */
    authors: z.array(AuthorAlias).default([]),
    /** Corrections to the people, places and organisations pages. */
    entities: EntityRules.default({ add: [], rename: {}, merge: {}, suppress: [] }),
    /** Events the date inference may count from. */
    anchors: z.array(AnchorEvent).default([]),
  })
  .strict();

export type SiteConfig = z.infer<typeof SiteConfig>;
export type AnchorEvent = z.infer<typeof AnchorEvent>;

/** The defaults, as a config file with nothing in it gives them. */
export const defaultConfig: SiteConfig = SiteConfig.parse({});
