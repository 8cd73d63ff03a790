// Cleaned blocks and page metadata → one ParsedArticle, through the same `buildArticle` the text
// pipeline uses (dateline, derived headline, date inference, field hygiene). Metadata goes in the
// way front matter does, and comes out labelled `metadata` with the tag it was read from.
import type { Byline, ParsedArticle, SiteConfig } from "../../model/index.ts";
import { buildArticle } from "../article.ts";
import { parseBareByline } from "../byline.ts";
import type { FoundDate } from "../dates.ts";
import type { FrontFields } from "../fields.ts";
import type { Draft } from "../split.ts";
import type { CleanBlock } from "./clean.ts";
import type { PageMeta } from "./metadata.ts";

/** The article of one page. `fileLines` is the number of lines of the file (its origin's end). */
export function pageRecord(file: string, meta: PageMeta, readabilityByline: string | null, cleaned: readonly CleanBlock[], config: SiteConfig, fileLines: number): ParsedArticle {
  const draft: Draft = { units: [], headline: null, body: [], bylines: [], source: null, date: null, closed: true };
  for (const c of cleaned) {
    draft.units.push(c.unit);
    if (c.fate === "body") draft.body.push(c.unit);
    if (c.fate !== "field") continue;
    if (c.unit.bylines) draft.bylines.push(...c.unit.bylines);
    if (c.unit.source) draft.source ??= c.unit.source;
    if (c.unit.date && (!draft.date || (draft.date.kind === "updated" && c.unit.date.kind !== "updated"))) draft.date = c.unit.date;
  }
  const front: FrontFields = {};
  if (meta.headline) front.headline = meta.headline.value;
  // A modified date dates the story only when neither the metadata nor the text gives another.
  const dated = meta.date ?? (draft.date ? null : meta.modified);
  if (dated) front.date = { date: dated.value.date, precision: dated.value.precision, kind: dated === meta.modified ? "updated" : "published" } satisfies FoundDate;
  // Readability's byline is whatever sat in a "byline" box: a date or a time there is not a name.
  const people = meta.authors?.value ?? (readabilityByline && !/\d/.test(readabilityByline) ? [readabilityByline] : []);
  // "BBC News" as the author is the publisher signing the story, not a person.
  const house = new Set([meta.publisher, meta.siteName].filter((n): n is string => !!n).map((n) => n.toLowerCase()));
  const bylines = people.flatMap(authorBylines).filter((b) => !house.has(b.name.toLowerCase()));
  if (bylines.length) front.bylines = bylines;
  if (meta.publisher) front.source = meta.publisher;

  const { article } = buildArticle(draft, { file, index: 0, config, format: "text", front, fileSource: null, fileDate: null });
  const kinds = draft.body.map((u) => cleaned.find((c) => c.unit === u)!.block.kind);
  const record: ParsedArticle = {
    ...article,
    headlineSource: article.headlineSource === "front-matter" ? "metadata" : article.headlineSource,
    dateSource: article.dateSource === "front-matter" ? "metadata" : article.dateSource,
    dateEvidence: article.dateSource === "front-matter" && dated ? dated.from : article.dateEvidence,
    dateOffset: article.dateSource === "front-matter" && dated ? dated.value.offset : null,
    origin: { file, startLine: 1, endLine: Math.max(1, fileLines) },
    format: "html",
    blocks: article.body.map((text, i) => ({ kind: kinds[i] ?? "paragraph", text })),
    canonicalUrl: meta.canonicalUrl,
    siteName: meta.siteName,
  };
  return record;
}

/** "By Jane Doe and John Roe" → two bylines; a name the byline parser cannot split is kept whole. */
function authorBylines(raw: string): Byline[] {
  const text = raw.replace(/^\s*by[:\s]\s*/i, "").trim();
  if (!text || text.length > 200 || /^https?:|[<>@]/.test(text)) return [];
  // One name stays whole ("Dan O’Brien" is not an outlet's possessive); only a list is split.
  const list = /,|;| and | & /i.test(text) ? parseBareByline(text)?.bylines : undefined;
  return list ?? [{ name: text, role: "author", location: null }];
}
