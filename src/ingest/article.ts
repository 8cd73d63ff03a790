// One draft → one ParsedArticle: dateline cut from the lead, headline (or a derived one, marked so),
// front matter over text, dates in order of trust (front matter, the story's own line, the file header,
// then inference), and the glued-paragraph check.
import { createHash } from "node:crypto";
import { slugify, type Byline, type Diagnostic, type ParsedArticle, type SiteConfig } from "../model/index.ts";
import type { FoundDate } from "./dates.ts";
import { findDateline } from "./dateline.ts";
import type { FrontFields } from "./fields.ts";
import { gluedParagraph } from "./glue.ts";
import { deriveHeadline } from "./headline.ts";
import { inferDate } from "./infer.ts";
import type { Draft } from "./split.ts";

export interface ArticleContext {
  file: string;
  index: number;
  config: SiteConfig;
  format: "text" | "markdown";
  front: FrontFields;
  fileSource: string | null;
  fileDate: FoundDate | null;
}

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
    headlineSource = "front-matter";
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
  const fact = front.date ? { d: front.date, src: "front-matter" as const } : d.date ? { d: d.date, src: "header" as const } : ctx.fileDate ? { d: ctx.fileDate, src: "header" as const } : null;
  if (fact) {
    date = fact.d.date;
    datePrecision = fact.d.precision;
    dateSource = fact.src;
    dateEvidence = fact.src === "header" ? (fact.d.text ?? null) : null;
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
  const bylines = dedupe(first && front.bylines ? front.bylines : d.bylines);
  const article: ParsedArticle = {
    id: articleId(file, ctx.index),
    slug: slugify((first ? front.slug : undefined) ?? headline),
    headline: headline.trim() || "Untitled",
    headlineSource,
    date,
    datePrecision,
    dateSource,
    dateEvidence,
    bylines,
    dateline: (first ? front.dateline : undefined) ?? dateline,
    source,
    body,
    origin: { file, startLine, endLine: Math.max(startLine, endLine) },
    warnings,
    tags: front.tags ?? [],
    format: ctx.format,
    markdown: ctx.format === "markdown" ? md.join("\n\n") : null,
  };
  return { article, datelineLine };
}
