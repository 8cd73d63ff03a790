// One draft → one ParsedArticle: dateline cut from the lead, headline (or a derived one, marked so),
// front matter over text, dates in order of trust (front matter, the story's own line, the file header,
// then inference), and the glued-paragraph check.
import { createHash } from "node:crypto";
import { slugify, type Byline, type Diagnostic, type ParsedArticle, type SiteConfig } from "../model/index.ts";
import type { FoundDate } from "./dates.ts";
import { findDateline } from "./dateline.ts";
import type { FrontFields } from "./fields.ts";
import { gluedParagraph } from "./glue.ts";
import { imageRefs } from "./images.ts";
import { deriveHeadline } from "./headline.ts";
import { inferDate } from "./infer.ts";
import type { Draft } from "./split.ts";

/** What buildArticle needs beside the draft: the file, the draft's position in it (part of the id), the configuration, the file's format and front matter, and the source and date its header gave. */
export interface ArticleContext {
  file: string;
  index: number;
  config: SiteConfig;
  format: "text" | "markdown";
  front: FrontFields;
  /** Where `front` came from: YAML front matter, or a message's header block (`metadata`). */
  frontSource?: "front-matter" | "metadata";
  fileSource: string | null;
  fileDate: FoundDate | null;
}

/** A record's stable id: the first 12 hex digits of the SHA-1 of the file path and the article's position in the file (a headline edit keeps it). */
export function articleId(file: string, index: number): string {
  return createHash("sha1").update(`${file}#${index}`).digest("hex").slice(0, 12);
}

/** One entry per name and role; a later mention with a place fills in a missing one (top byline, then "(Reporting by A in P)"). */
function dedupe(bylines: Byline[]): Byline[] {
  const seen = new Map<string, Byline>();
  for (const b of bylines) {
    const key = `${b.name}|${b.role}`;
    const had = seen.get(key);
    if (!had) seen.set(key, { ...b });
    else if (had.location === null && b.location !== null) had.location = b.location;
  }
  return [...seen.values()];
}

/** One draft as a record: dateline cut from the lead, fields from front matter over the text, a date by order of trust (else inferred, else none), with its warnings; also the 1-based line the dateline was cut from, or null. */
export function buildArticle(d: Draft, ctx: ArticleContext): { article: ParsedArticle; datelineLine: number | null } {
  const { file, front, config } = ctx;
  const warnings: Diagnostic[] = [];
  const first = ctx.index === 0;
  const body = d.body.map((u) => u.text);
  const md = d.body.map((u) => u.md ?? u.text);
  let dateline: string | null = null;
  let datelineSource: string | null = null;
  let datelineLine: number | null = null;
  // The lead is the first paragraph, or the one after a standfirst that sits above the byline or date lines.
  let li = 0;
  if (d.body.length > 1) {
    const firstBody = d.units.indexOf(d.body[0]!);
    const secondBody = d.units.indexOf(d.body[1]!);
    if (d.units.slice(firstBody + 1, secondBody).some((u) => u.kind === "byline" || u.kind === "date" || u.kind === "header") && !findDateline(body[0]!)) li = 1;
  }
  const lead = d.body[li];
  const leadText = body[li];
  if (lead && leadText !== undefined) {
    const dl = findDateline(leadText);
    if (dl) {
      const prefix = leadText.slice(0, dl.length);
      const rest = leadText.slice(dl.length).trim();
      if (rest) {
        body[li] = rest;
        if (md[li]!.startsWith(prefix)) md[li] = md[li]!.slice(prefix.length).trimStart();
        dateline = dl.place;
        datelineSource = dl.source;
        datelineLine = lead.start + 1;
      }
    }
  }
  const startLine = (d.units[0]?.start ?? 0) + 1;
  const endLine = (d.units[d.units.length - 1]?.end ?? 0) + 1;
  let headline: string;
  let headlineSource: ParsedArticle["headlineSource"];
  if (first && front.headline) {
    headline = front.headline;
    headlineSource = ctx.frontSource ?? "front-matter";
  } else if (d.headline) {
    headline = d.headline.text;
    headlineSource = "text";
  } else {
    headline = deriveHeadline(body[0] ?? "");
    headlineSource = "derived";
    warnings.push({ file, line: startLine, message: "story has no headline line; a headline was derived from its lead — add a headline line (or front matter) to set it", kind: "derived-headline" });
  }
  const source = front.source ?? d.source ?? datelineSource ?? ctx.fileSource;
  const glue = gluedParagraph(body, source);
  if (glue) warnings.push({ file, line: (d.body[d.body.length - 1]?.start ?? 0) + 1, message: glue, kind: "glued-paragraph" });

  let date: string | null = null;
  let datePrecision: ParsedArticle["datePrecision"] = null;
  let dateSource: ParsedArticle["dateSource"] = null;
  let dateEvidence: string | null = null;
  // The story's own date line wins over the file's header, unless it is only an "Updated" line or an
  // ambiguous numeric date and the header is a clear publication date.
  const weak = (x: FoundDate) => x.kind === "updated" || x.ambiguous !== undefined;
  const own = d.date && !(weak(d.date) && ctx.fileDate && !weak(ctx.fileDate)) ? d.date : null;
  const fact = front.date ? { d: front.date, src: ctx.frontSource ?? "front-matter" } : own ? { d: own, src: "header" as const } : ctx.fileDate ? { d: ctx.fileDate, src: "header" as const } : null;
  let dateOffset: string | undefined;
  if (fact) {
    date = fact.d.date;
    datePrecision = fact.d.precision;
    dateOffset = fact.d.offset;
    // A numeric date both orders could mean is our reading, not the publisher's fact: inferred, with a warning.
    dateSource = fact.d.ambiguous ? "inferred" : fact.src;
    dateEvidence = fact.src === "header" || fact.d.ambiguous ? (fact.d.text ?? fact.d.ambiguous ?? null) : null;
    if (fact.d.ambiguous)
      warnings.push({ file, line: startLine, message: `date ${fact.d.ambiguous}; it was filed as inferred, not as a fact — set "dateOrder" in the config or write the month as a word`, kind: "ambiguous-date" });
  } else {
    const evidenceBody = glue ? body.slice(0, -1) : body;
    const { inferred, notes } = inferDate(evidenceBody, config);
    if (inferred) {
      date = inferred.date;
      datePrecision = inferred.precision;
      dateSource = "inferred";
      dateEvidence = inferred.evidence;
    } else {
      warnings.push({
        file,
        line: startLine,
        message: `no date in the story${notes.length ? ` (found, but not conclusive: ${notes.slice(0, 5).join("; ")})` : ""}; it is filed as undated — add a "date:" front matter field or a "Published …" line`,
        kind: "undated",
      });
    }
  }
  // Front-matter bylines win for the people they name; a credit line naming someone else ("X reported
  // from Lyon.", "Y contributed research.") adds that person: dropping them would lose a line of input.
  // One-line fields are shown inside lists, titles and feeds: a bidi override or isolate opened there
  // would reorder the page text after it, and a control character would break feed XML.
  let unsafe = false;
  const field = (text: string): string => {
    const spaced = text.replace(/[\t\n\v\f\r]/g, " ");
    const clean = spaced.replace(FIELD_UNSAFE, "");
    if (clean !== spaced) unsafe = true;
    return clean;
  };
  headline = field(headline);
  if (headline.length > MAX_HEADLINE) {
    warnings.push({ file, line: startLine, message: `headline is ${headline.length} characters long, which is body text rather than a headline; it was cut to ${MAX_HEADLINE} — shorten it (front matter "headline:" or the first line)`, kind: "long-headline" });
    headline = cutAtWord(headline, MAX_HEADLINE);
    headlineSource = "derived";
  }
  const bylines = dedupe((first && front.bylines ? [...front.bylines, ...d.bylines.filter((b) => !front.bylines!.some((f) => f.name === b.name))] : d.bylines).map((b) => ({ ...b, name: field(b.name), location: b.location === null ? null : field(b.location) })));
  const articleDateline = (first ? front.dateline : undefined) ?? dateline;
  const article: ParsedArticle = {
    id: articleId(file, ctx.index),
    slug: slugify((first ? front.slug : undefined) ?? headline),
    headline: headline.trim() || "Untitled",
    headlineSource,
    date,
    datePrecision,
    dateSource,
    dateEvidence,
    ...(dateOffset ? { dateOffset } : {}),
    bylines,
    dateline: articleDateline === null ? null : field(articleDateline),
    source: source === null ? null : field(source),
    body,
    origin: { file, startLine, endLine: Math.max(startLine, endLine) },
    warnings,
    tags: (front.tags ?? []).map(field),
    format: ctx.format,
    markdown: ctx.format === "markdown" ? md.join("\n\n") : null,
    ...(first ? frontExtras(front, field) : {}),
  };
  const images = ctx.format === "markdown" ? d.body.flatMap((u) => imageRefs((u.md ?? "").split("\n"), u.start + 1)) : [];
  if (images.length) article.images = images;
  if (unsafe) warnings.push({ file, line: startLine, message: "headline, byline, dateline, source or tags held bidirectional-override or control characters; they were removed so they cannot reorder or break the page around them — remove them from the file", kind: "unsafe-characters" });
  return { article, datelineLine };
}

/** The front-matter fields only the file's first article takes, present only when set. */
function frontExtras(front: FrontFields, field: (text: string) => string): Partial<ParsedArticle> {
  return {
    ...(front.draft ? { draft: true } : {}),
    ...(front.section ? { section: field(front.section) } : {}),
    ...(front.aliases ? { aliases: front.aliases } : {}),
    ...(front.data ? { data: front.data } : {}),
  };
}

/** Longest headline we publish; a longer one is body text that landed in the wrong field. */
export const MAX_HEADLINE = 200;

/**
 * Characters never kept in a one-line field: C0/C1 controls, and the bidi embeddings, overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069) whose effect runs on past the field. Marks (LRM, RLM, ALM)
 * affect only neighbouring characters and stay, so right-to-left names keep their meaning.
 */
const FIELD_UNSAFE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/g;

function cutAtWord(text: string, max: number): string {
  const head = text.slice(0, max - 1);
  const space = head.lastIndexOf(" ");
  return `${(space > max / 2 ? head.slice(0, space) : head).trimEnd()}…`;
}
