import { createHash } from "node:crypto";
import { slugify, type ParsedArticle } from "../../src/model/index.ts";

let counter = 0;

/** A valid parsed article with sensible defaults; override what a test is about. */
export function makeArticle(over: Partial<ParsedArticle> = {}): ParsedArticle {
  counter++;
  const headline = over.headline ?? `Headline number ${counter}`;
  const file = over.origin?.file ?? `fixture-${counter}.txt`;
  return {
    id: createHash("sha1").update(`${file}#${counter}`).digest("hex").slice(0, 12),
    slug: slugify(headline),
    headline,
    headlineSource: "text",
    date: null,
    datePrecision: null,
    dateSource: null,
    dateEvidence: null,
    bylines: [],
    dateline: null,
    source: null,
    body: ["First paragraph of the story.", "Second paragraph."],
    origin: { file, startLine: 1, endLine: 5 },
    warnings: [],
    tags: [],
    format: "text",
    markdown: null,
    ...over,
  };
}

/** A dated article: `date` is a day ("2025-02-25") or any record date string. */
export function dated(date: string, over: Partial<ParsedArticle> = {}): ParsedArticle {
  const precision = date.length === 4 ? "year" : date.length === 7 ? "month" : date.length === 10 ? "day" : "time";
  return makeArticle({ date, datePrecision: precision, dateSource: "header", dateEvidence: date, ...over });
}
