// parseSource: one seed file's bytes → articles, removed boilerplate, diagnostics and a per-line
// explanation. Pure and synchronous (runs in workers, cached by content hash) and it never throws:
// a failure becomes an error with file and line, and the other articles in the file survive.
import type { Diagnostic, ParsedArticle, RemovedBlock, SiteConfig } from "../model/index.ts";
import { buildArticle } from "./article.ts";
import { authoredUnits, isAuthored, oneDraft } from "./authored.ts";
import { classify, type CUnit } from "./classify.ts";
import { decodeBytes, splitLines } from "./decode.ts";
import { frontFields, type FrontFields } from "./fields.ts";
import { fileSlug } from "./file-slug.ts";
import { isHtmlFile, parseHtmlSource } from "./html/index.ts";
import { readFrontMatter } from "./frontmatter.ts";
import { stripBodyBidi } from "./bidi.ts";
import { isLinkDefinition, withLinkDefinitions } from "./link-definitions.ts";
import { ABOUT_LABEL } from "./rules.ts";
import { readMessage } from "./mail/message.ts";
import { decodeMimeText } from "./mail/mime.ts";
import { refuseMarkupNames } from "./markup-names.ts";
import { explainFeatures, judgeUnits } from "./features/judge.ts";
import { NO_TEMPLATE_LINES, type TemplateLines } from "./features/template.ts";
import { splitArticles } from "./split.ts";
import { assertShallowMarkdown, markdownUnits, textUnits, type Unit } from "./units.ts";

import type { FileParse, LineExplanation } from "./file-parse.ts";

export type { FileParse, LineExplanation } from "./file-parse.ts";

const CLASS: Record<CUnit["kind"], string> = {
  remove: "boilerplate", end: "boilerplate", credit: "credit", byline: "byline", date: "date",
  header: "header", source: "source", headline: "headline", body: "body",
};
/** Explanations keep a line's first 200 characters: enough to recognise it, bounded for 5 MB lines. */
const EXPLAIN_TEXT = 200;

/**
 * `templates` are the lines that recur across the seeds folder (a `TemplateCounter` snapshot made
 * before the parse); without them, nothing counts as template. With `explain` false the per-line
 * explanation is left empty (a build drops it unread: making it cost a tenth of the parse).
 */
export function parseSource(file: string, bytes: Uint8Array, config: SiteConfig, templates: TemplateLines = NO_TEMPLATE_LINES, explain = true): FileParse {
  try {
    if (isHtmlFile(file)) return parseHtmlSource(file, bytes, config);
    return parseInner(file, bytes, config, templates, explain);
  } catch (e) {
    return { file, articles: [], removed: [], warnings: [], explain: [],
      errors: [{ file, line: null, message: `internal error while reading this file (${(e as Error).message}); the file was skipped — please report it`, kind: "internal" }] };
  }
}

function parseInner(file: string, bytes: Uint8Array, config: SiteConfig, templates: TemplateLines, explain: boolean): FileParse {
  const out: FileParse = { file, articles: [], removed: [], warnings: [], errors: [], explain: [] };
  const decoded = decodeBytes(file, bytes);
  out.warnings.push(...decoded.warnings);
  out.errors.push(...decoded.errors);
  if (decoded.text === null) return out;
  const isMd = /\.(md|markdown)$/i.test(file);
  // A MIME-encoded message is read as its decoded text: line numbers then count in that text.
  const lines = splitLines((isMd ? null : decodeMimeText(decoded.text)) ?? decoded.text);
  const fm = readFrontMatter(file, lines);
  out.errors.push(...fm.errors);
  let front: FrontFields = {};
  if (fm.data) {
    const ff = frontFields(file, fm.data, config.timeZone, lines.slice(0, fm.lines));
    front = ff.fields;
    out.warnings.push(...ff.warnings);
  }
  // A mail or news post: its header block gives the fields, as front matter does.
  const message = !isMd && !fm.data ? readMessage(lines, fm.lines, config.timeZone) : null;
  if (message) front = message.fields;
  let units: Unit[];
  let asMarkdown = isMd;
  try {
    if (isMd) assertShallowMarkdown(lines, fm.lines);
    units = isMd ? markdownUnits(lines, fm.lines) : textUnits(lines, message ? message.bodyFrom : fm.lines, message ? new Set(message.furniture.keys()) : null);
  } catch (e) {
    out.warnings.push({ file, line: fm.lines + 1, message: `Markdown could not be parsed (${(e as Error).message}); read as plain text — simplify the Markdown there (fewer nested quotes or lists) to have it rendered`, kind: "markdown" });
    units = textUnits(lines, fm.lines);
    asMarkdown = false;
  }
  let cunits = units.map((u) => classify(u, config.timeZone, config.dateOrder === "day-first"));
  if (message) cunits = cunits.map((u) => (message.furniture.has(u.start) ? { ...u, kind: "remove", why: message.furniture.get(u.start)! } : u));
  // A Markdown file or one with front matter is authored text: judged only on hard evidence.
  const judgedAsAuthored = isMd || fm.data !== null && fm.data !== undefined;
  const cuts = judgeUnits(cunits, templates, judgedAsAuthored);
  // A Markdown file with front matter is one article whose every block is kept (see authored.ts).
  const authored = isAuthored(asMarkdown, fm.data);
  if (authored) cunits = authoredUnits(cunits, front.headline !== undefined);
  const depths = cunits.filter((u) => u.heading > 0).map((u) => u.heading);
  const split = authored ? oneDraft(splitArticles(cunits, 0)) : splitArticles(cunits, depths.length ? Math.min(...depths) : 0);

  const lineInfo: ({ cls: string; why: string; article: number | null; features?: string } | undefined)[] = new Array(lines.length);
  for (let i = 0; i < fm.lines; i++) lineInfo[i] = { cls: "front-matter", why: "YAML front matter", article: null };
  const mark = (u: CUnit, article: number | null, cls = CLASS[u.kind], why = u.why) => {
    for (let l = u.start; l <= u.end; l++) lineInfo[l] = { cls, why, article };
    // The features line is made when the explanation is read: a build drops it unread.
    if (explain && "features" in u) Object.defineProperty(lineInfo[u.start]!, "features", { get: () => explainFeatures(u) ?? undefined, enumerable: true, configurable: true });
  };
  const remove = (u: CUnit, rule: string, article: number | null) => {
    out.removed.push({ file, startLine: u.start + 1, endLine: u.end + 1, rule, text: u.text.slice(0, 2000) });
    mark(u, article, "boilerplate", rule);
  };
  // Text cut from inside a kept line is reported too: nothing is dropped silently.
  for (const c of cuts) out.removed.push({ file, startLine: c.unit.start + 1, endLine: c.unit.end + 1, rule: "promo glued to a paragraph's end", text: c.text.slice(0, 2000), partial: true });
  const fileHeader = split.loose.filter((u) => u.kind !== "remove" && u.kind !== "end");
  for (const u of split.loose) if (u.kind === "remove" || u.kind === "end") remove(u, u.why, null);
  for (const [di, d] of split.drafts.entries()) {
    // A scrape's segment needs prose to be a story: a block of links, labels or a footer is furniture.
    if (d.body.length > 0 && !authored && !d.body.some((u) => (u.score ?? 1) >= 1) && d.body.reduce((n, u) => n + u.text.length, 0) < 200) {
      for (const u of d.units) remove(u, u.kind === "remove" || u.kind === "end" ? u.why : "segment without enough prose to be a story", null);
      continue;
    }
    // After a finished story, "About Example Corp" and what follows it is the issuer's blurb.
    const prev = split.drafts[di - 1];
    if (!authored && out.articles.length > 0 && prev?.closed && d.headline && ABOUT_LABEL.test(d.headline.text.trim())) {
      for (const u of d.units) remove(u, u.kind === "remove" || u.kind === "end" ? u.why : `issuer's blurb ("${d.headline.text.trim().slice(0, 40)}") after the story`, null);
      continue;
    }
    if (d.body.length === 0) {
      // A headline with no story under it is a teaser for another page; lone fields have no story to describe.
      for (const u of d.units) remove(u, u.kind === "headline" ? "teaser-headline (no story follows)" : u.kind === "remove" || u.kind === "end" ? u.why : `orphan ${CLASS[u.kind]} line (no story follows)`, null);
      continue;
    }
    const index = out.articles.length;
    try {
      const built = buildArticle(d, { file, index, config, format: asMarkdown ? "markdown" : "text", front, frontSource: message ? "metadata" : "front-matter", fileSource: split.fileSource, fileDate: split.fileDate });
      const { article } = stripBodyBidi(refuseMarkupNames(built.article, file, lines).article, file);
      const { datelineLine } = built;
      out.articles.push(article);
      for (const u of d.units) (u.kind === "remove" || u.kind === "end" ? remove(u, u.why, index) : mark(u, index));
      if (datelineLine !== null && article.dateline) lineInfo[datelineLine - 1] = { ...lineInfo[datelineLine - 1], cls: "body", why: `paragraph; dateline "${article.dateline}" cut from its start`, article: index };
    } catch (e) {
      const line = (d.units[0]?.start ?? 0) + 1;
      out.errors.push({ file, line, message: `story could not be read (${(e as Error).message}); it was skipped — please report it`, kind: "internal" });
      for (const u of d.units) remove(u, "unreadable story", null);
    }
  }
  const only = out.articles.length === 1 ? out.articles[0]! : null;
  const named = only && !front.slug ? fileSlug(file) : null;
  if (only && named) only.slug = named;
  // A file header gives every story its source and date; with no story, it is kept in `removed`.
  for (const u of fileHeader) (out.articles.length ? mark(u, null, "header", `file header (${u.why}): applies to every story`) : remove(u, `orphan ${CLASS[u.kind]} line (no story follows)`, null));
  // Header lines that gave the story a field are that field; the rest of the block is reported as removed.
  if (message) for (const [i, role] of message.roles) {
    const line: CUnit = { start: i, end: i, text: lines[i]!, heading: 0, md: null, kind: "remove", why: "mail header (not story)" };
    if (role && out.articles.length) lineInfo[i] = { cls: role, why: `mail header → ${role}`, article: 0 };
    else remove(line, "mail header (not story)", null);
  }
  const definitions: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    let info = lineInfo[i];
    if (!info) {
      if (text.trim() === "") info = { cls: "blank", why: "", article: null };
      else if (asMarkdown && isLinkDefinition(text)) {
        definitions.push(text);
        info = { cls: "body", why: "link reference definition (kept for the links that use it)", article: null };
      } else {
        // Markup lines the Markdown tree keeps no text for (link definitions, HTML comments).
        out.removed.push({ file, startLine: i + 1, endLine: i + 1, rule: "markup-without-text", text: text.slice(0, 2000) });
        info = { cls: "boilerplate", why: "markup-without-text", article: null };
      }
    }
    if (!explain) continue;
    const entry: LineExplanation = { line: i + 1, text: text.length > EXPLAIN_TEXT ? text.slice(0, EXPLAIN_TEXT) + "…" : text, cls: info.cls, why: info.why, article: info.article };
    // The features line is passed on unread (a spread would make it now).
    if ("features" in info) Object.defineProperty(entry, "features", Object.getOwnPropertyDescriptor(info, "features")!);
    out.explain.push(entry);
  }
  out.articles = out.articles.map((a) => withLinkDefinitions(a, definitions));
  if (out.articles.length === 0 && out.errors.length === 0) {
    const empty = lines.every((l) => l.trim() === "");
    out.warnings.push({ file, line: null, message: empty ? "file is empty; nothing to archive — delete it or add a story" : "file holds no story (only boilerplate or header lines); nothing was archived — check `parse --explain`", kind: "no-article" });
  }
  return out;
}

/** The explain lines of a file, one per input line, for a terminal. */
export function explainText(fp: FileParse): string {
  return fp.explain.map((e) => `${fp.file}:${e.line}  ${e.cls.padEnd(12)} ${e.why.padEnd(24)} | ${e.text.slice(0, 100)}\n`).join("");
}
