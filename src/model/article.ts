import { z } from "zod";
import { Diagnostic } from "./diagnostics.ts";

/** What a person did for a story: wrote it, contributed reporting, or contributed research. */
export const BylineRole = z.enum(["author", "contributor", "research"]);
export type BylineRole = z.infer<typeof BylineRole>;

/** One credited person. */
export const Byline = z.object({
  /** Display name as written, diacritics and initials kept ("Julian E. Barnes"). */
  name: z.string().trim().min(1).max(200),
  /** Their part in the story. */
  role: BylineRole,
  /** Where they reported from ("Kyiv, Ukraine"), or null when the credit line does not say. */
  location: z.string().trim().min(1).max(200).nullable(),
  /** Their job title as the byline gives it ("Staff Writer", "Chief Correspondent"); never part of `name`. */
  title: z.string().trim().min(1).max(200).optional(),
  /** The outlet or site they wrote for ("Associated Press", "example.com", "CNN" in "CNN's Jane Doe"); never part of `name`. */
  affiliation: z.string().trim().min(1).max(200).optional(),
});
export type Byline = z.infer<typeof Byline>;

/**
 * Where a headline came from: the author's front matter, a saved page's own metadata (JSON-LD, Open
 * Graph, `<h1>`), a line of the text, or derived by us from the lead.
 */
export const HeadlineSource = z.enum(["front-matter", "metadata", "text", "derived"]);
export type HeadlineSource = z.infer<typeof HeadlineSource>;

/** How much of a date is known. */
export const DatePrecision = z.enum(["time", "day", "month", "year"]);
export type DatePrecision = z.infer<typeof DatePrecision>;

/**
 * Where a date came from: front matter, a saved page's metadata (JSON-LD `datePublished`,
 * `article:published_time`, `<time datetime>`) and header lines are facts; `inferred` is our
 * estimate from evidence in the text.
 */
export const DateSource = z.enum(["front-matter", "metadata", "header", "inferred"]);
export type DateSource = z.infer<typeof DateSource>;

/**
 * A date as a wall-clock string in the site's time zone, as precise as the evidence:
 * `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm[:ss]`. Kept as a string so that
 * no conversion through `Date` can shift a day (the classic off-by-one in static sites).
 */
export const IsoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?)?$/, "expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:mm[:ss]");

/** The file and line range an article came from (lines are 1-based, inclusive). */
export const Origin = z.object({
  /** Path relative to the seeds folder, with forward slashes. */
  file: z.string(),
  /** First line of the article. */
  startLine: z.number().int().min(1),
  /** Last line of the article. */
  endLine: z.number().int().min(1),
});
export type Origin = z.infer<typeof Origin>;

/** The body format of the source file: plain text paragraphs, Markdown, or a saved web page. */
export const BodyFormat = z.enum(["text", "markdown", "html"]);
export type BodyFormat = z.infer<typeof BodyFormat>;

/** An image a Markdown body shows from beside its seed file (`![alt](images/x.jpg)`). */
export const ImageRef = z.object({
  /** As written, relative to the seed file's folder. */
  src: z.string(),
  /** Its alt text ("" when the author gave none: a warning asks for it). */
  alt: z.string(),
  /** 1-based line of the seed file. */
  line: z.number().int().min(1),
});
export type ImageRef = z.infer<typeof ImageRef>;
/** What one block of a saved page's body is: a paragraph, a subhead, an item of a bulleted or numbered list, or a quoted paragraph. */
export const BodyBlockKind = z.enum(["paragraph", "subhead", "bullet", "number", "quote"]);
export type BodyBlockKind = z.infer<typeof BodyBlockKind>;

/** One block of a saved page's cleaned body, as plain text; its page renders the structure, the record's `body` keeps the text. */
export const BodyBlock = z.object({
  /** What the block is: paragraph, subhead, bullet or numbered list item, quoted paragraph. */
  kind: BodyBlockKind,
  /** The block's text, the same string as the matching `body` paragraph. */
  text: z.string(),
});
export type BodyBlock = z.infer<typeof BodyBlock>;

/** An article as the ingest stage extracts it, before the archive gives it a unique slug and URL. */
export const ParsedArticle = z
  .object({
    /** Stable id: a hash of the source file path and the article's position in it. */
    id: z.string().min(1),
    /** URL-safe slug wanted for the article (front matter or headline); the archive makes it unique. */
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "slug must be lowercase letters, digits and single hyphens"),
    /** The headline as published, or derived from the lead (see `headlineSource`). */
    headline: z.string().trim().min(1),
    /** Where the headline came from. */
    headlineSource: HeadlineSource,
    /** Wall-clock date in the site's time zone, as precise as known (`YYYY-MM-DD[THH:mm[:ss]]`, `YYYY-MM`, `YYYY`), or null. */
    date: IsoDate.nullable(),
    /** How much of the date is known; null with no date. */
    datePrecision: DatePrecision.nullable(),
    /** Where the date came from; null with no date. */
    dateSource: DateSource.nullable(),
    /** The words the date rests on, quoted from the input, or null. */
    dateEvidence: z.string().nullable(),
    /** Everyone credited, in the order credited. */
    bylines: z.array(Byline),
    /** The place a dateline names ("LONDON", "KYIV, Ukraine"), or null. */
    dateline: z.string().nullable(),
    /** The publication ("CBC", "The New York Times"), or null. */
    source: z.string().nullable(),
    /** Plain-text paragraphs of the body (for Markdown, its text with the markup stripped). */
    body: z.array(z.string()),
    /** The file and lines the article came from. */
    origin: Origin,
    /** Problems found while reading this article; the build report collects them. */
    warnings: z.array(Diagnostic),
    /** Tags from front matter. */
    tags: z.array(z.string().trim().min(1)),
    /** Body format of the source file. */
    format: BodyFormat,
    /** The Markdown source of the body, for `.md` files; null for plain text. */
    markdown: z.string().nullable(),
    /** `draft: true` in front matter: published only when drafts are built (`--drafts`, `dev`). */
    draft: z.boolean().optional(),
    /** Section from front matter ("Politics"); it gets a page like a tag. */
    section: z.string().trim().min(1).optional(),
    /** Earlier site paths (`/2024/03/old/`) that redirect to this article. */
    aliases: z.array(z.string()).optional(),
    /** Local images of a Markdown body, copied with its page by the build. */
    images: z.array(ImageRef).optional(),
    /** Front-matter keys newsarchive does not read itself, as written; templates get them as `it.article.data`. */
    data: z.record(z.string(), z.unknown()).optional(),
    /**
     * The UTC offset printed with a date-time (`+05:30`, `-05:00`, `Z`), or null/absent when the source
     * gave none. `date` keeps the wall clock as printed, so a date never moves to the next or previous day.
     */
    dateOffset: z.string().regex(/^(Z|[+-]\d{2}:\d{2})$/, "expected Z or ±HH:MM").nullable().optional(),
    /** For a saved web page: the structure of `body`, one block per paragraph (same order, same text). */
    blocks: z.array(BodyBlock).optional(),
    /** The address the page declares as its original (`<link rel=canonical>`, `og:url`), http(s) only, or null/absent. */
    canonicalUrl: z.string().regex(/^https?:\/\//i, "expected an http(s) address").pipe(z.url()).nullable().optional(),
    /** The name of the site the page was saved from (`og:site_name`, JSON-LD `publisher`), or null/absent. */
    siteName: z.string().nullable().optional(),
  })
  .superRefine((a, ctx) => {
    const hasDate = a.date !== null;
    if (hasDate !== (a.datePrecision !== null) || hasDate !== (a.dateSource !== null)) {
      ctx.addIssue({ code: "custom", path: ["date"], message: "date, datePrecision and dateSource must be all set or all null" });
    }
    if (a.blocks && (a.blocks.length !== a.body.length || a.blocks.some((b, i) => b.text !== a.body[i]))) {
      ctx.addIssue({ code: "custom", path: ["blocks"], message: "blocks must match body paragraph for paragraph" });
    }
  });
export type ParsedArticle = z.infer<typeof ParsedArticle>;

/** A record as published: the parsed article with its unique slug and its site-relative URL. */
export type Article = ParsedArticle & {
  /** Site-relative permalink, e.g. `/2025/02/25/some-headline/` or `/undated/some-headline/`. */
  url: string;
};

/** A block of input lines removed as boilerplate, kept for the build report so nothing is lost silently. */
export const RemovedBlock = z.object({
  /** Path relative to the seeds folder. */
  file: z.string(),
  /** First line removed (1-based). */
  startLine: z.number().int(),
  /** Last line removed (inclusive). */
  endLine: z.number().int(),
  /** The rule or heuristic that removed it. */
  rule: z.string(),
  /** The lines removed, as they were. */
  text: z.string(),
  /** True when only `text` was cut from the lines (a promo glued to a paragraph); the rest of them is kept. */
  partial: z.boolean().optional(),
});
export type RemovedBlock = z.infer<typeof RemovedBlock>;
