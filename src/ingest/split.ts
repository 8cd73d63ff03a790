// Units → article drafts. A story closes at an end marker (a credit line, "Learn more", a comment form,
// a separator); text after a closed story starts a new one, with or without a headline. A headline-like
// line inside an open story starts a new one only when a byline, date or source line follows it (a
// reading list) or it is a top-level Markdown heading; otherwise it is a subhead and stays in the body.
import type { Byline } from "../model/index.ts";
import { parseBareByline } from "./byline.ts";
import type { CUnit } from "./classify.ts";
import type { FoundDate } from "./dates.ts";
import { findDateline } from "./dateline.ts";
import { LINK_LABEL, normaliseForRules } from "./rules.ts";

/** An article in the making: its units, headline, body units, and the bylines, source and date its lines gave; `closed` once an end marker was seen. */
export interface Draft {
  units: CUnit[];
  headline: CUnit | null;
  body: CUnit[];
  bylines: Byline[];
  source: string | null;
  date: FoundDate | null;
  closed: boolean;
}

/** A file's units split into drafts, plus what came before the first story and belongs to none. */
export interface Split {
  drafts: Draft[];
  /** File-level source and date from a header before the first story. */
  fileSource: string | null;
  fileDate: FoundDate | null;
  /** Units that belong to no story (file header, boilerplate between stories). */
  loose: CUnit[];
}

const newDraft = (): Draft => ({ units: [], headline: null, body: [], bylines: [], source: null, date: null, closed: false });

function better(a: FoundDate | null, b: FoundDate): FoundDate {
  if (!a) return b;
  // The first publication date is the fact we file by; an "Updated" line only fills a gap.
  if (a.kind === "updated" && b.kind !== "updated") return b;
  return a;
}

/** A standfirst: one short paragraph of one or two sentences right under the headline. */
function isStandfirst(u: CUnit): boolean {
  return u.text.length <= 320 && (u.text.match(/[.!?]["”’]?\s/g) ?? []).length <= 1;
}

/**
 * A subhead introduces paragraphs: headline-like lines after a story's last paragraph are links,
 * teasers or footer lines ("About us", "More from the team"), not part of the story.
 */
function dropTrailingSubheads(d: Draft): void {
  while (d.body.length > 1) {
    const u = d.body[d.body.length - 1]!;
    if (u.why !== SUBHEAD || u.heading > 0) return;
    d.body.pop();
    u.kind = "remove";
    u.why = "headline-like line after the story's last paragraph";
  }
}

const SUBHEAD = "subhead inside a story";

/**
 * A headline that ends like a sentence ("Is that a comet? Skywatchers get a show.") or opens with a
 * quote: a short line that opens a story, with a longer paragraph (or a byline or date) right under
 * it. Never a whole quotation (a claim), a bullet, or a line the features marked as furniture.
 */
function headlineByPosition(u: CUnit, next: CUnit | undefined): boolean {
  const t = u.text.trim();
  const words = t.split(/\s+/).length;
  if (t.length > 160 || words < 3 || words > 20 || !/^[\p{Lu}\p{N}"“‘'¿¡]/u.test(t)) return false;
  if (/^["“‘].*["”’]$/u.test(t) || /^[•*·–—-]\s/u.test(t)) return false;
  if ((t.match(/[.!?]["”’]?(?=\s|$)/gu) ?? []).length > 2) return false;
  const f = u.features;
  if (f && (f.link || f.promo || f.credit || f.counter || f.template > 0)) return false;
  if (!next) return false;
  if (next.kind === "byline" || next.kind === "date") return true;
  return next.kind === "body" && next.text.length >= Math.max(100, 1.6 * t.length);
}

/** Splits a file's classified units into article drafts; `minHeading` is the shallowest Markdown heading depth that starts a new story (0: headings start none). */
export function splitArticles(units: CUnit[], minHeading: number): Split {
  const out: Split = { drafts: [], fileSource: null, fileDate: null, loose: [] };
  let cur = newDraft();
  const started = (d: Draft) => d.headline !== null || d.body.length > 0 || d.bylines.length > 0;
  const open = () => {
    dropTrailingSubheads(cur);
    if (started(cur) || cur.units.length > 0) out.drafts.push(cur);
    cur = newDraft();
  };
  const next = (i: number): CUnit | undefined => {
    for (let j = i + 1; j < units.length; j++) if (units[j]!.kind !== "remove") return units[j];
    return undefined;
  };
  // Title-like lines under a link-list label ("Related topics") are link texts; when a paragraph follows
  // the run, its last line is a real subhead or the next headline and is kept.
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.kind !== "remove" || u.text.length > 80 || !LINK_LABEL.test(normaliseForRules(u.text))) continue;
    let j = i + 1;
    while (j < units.length && units[j]!.kind === "headline" && units[j]!.heading === 0) j++;
    const last = j < units.length && units[j]!.kind === "body" ? j - 1 : j;
    for (let k = i + 1; k < last; k++) {
      units[k]!.kind = "remove";
      units[k]!.why = `link under "${u.text.slice(0, 40)}"`;
    }
  }
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const hasBody = cur.body.length > 0;
    switch (u.kind) {
      case "remove":
        // Boilerplate after a closed story belongs to neither it nor the next one.
        (started(cur) && !cur.closed ? cur.units : out.loose).push(u);
        break;
      case "end":
        (started(cur) && !cur.closed ? cur.units : out.loose).push(u);
        if (hasBody) cur.closed = true;
        break;
      case "credit": {
        // "— Name" under a pull quote, with the story going on below: an attribution, not a signature.
        const nxc = next(i);
        if (/^\s*[—–]/.test(u.text) && nxc !== undefined && (nxc.kind === "body" || nxc.kind === "headline") && hasBody) {
          u.why = "attribution under a quote";
          bodyOrByline(u);
          break;
        }
        // A credit right after a closed story's boilerplate still belongs to that story.
        if (!started(cur) && out.drafts.length > 0 && cur.units.length === 0) {
          const prev = out.drafts[out.drafts.length - 1]!;
          prev.units.push(u);
          prev.bylines.push(...(u.bylines ?? []));
          break;
        }
        cur.units.push(u);
        cur.bylines.push(...(u.bylines ?? []));
        if (hasBody) cur.closed = true;
        break;
      }
      case "header":
      case "date":
      case "source":
        if (out.drafts.length === 0 && !started(cur) && (u.kind === "header" || cur.units.length === 0)) {
          out.loose.push(u);
          if (u.source) out.fileSource ??= u.source;
          if (u.date) out.fileDate = better(out.fileDate, u.date);
          break;
        }
        if (hasBody && cur.closed) open();
        if (hasBody && u.kind === "source") {
          u.kind = "remove";
          u.why = "publication credit inside a body";
          cur.units.push(u);
          break;
        }
        cur.units.push(u);
        if (u.source) cur.source ??= u.source;
        if (u.date) cur.date = better(cur.date, u.date);
        // "By Jane Doe / BBC News, Kyiv": the place is where the bylined reporters are.
        if (u.place && !hasBody && cur.bylines.length > 0)
          cur.bylines = cur.bylines.map((b) => (b.location === null && b.role === "author" ? { ...b, location: u.place! } : b));
        break;
      case "byline":
        // Headline, standfirst, byline (Al Jazeera, the Guardian): the standfirst does not end the story.
        if (hasBody && !(cur.headline && !cur.closed && cur.body.length === 1 && cur.bylines.length === 0 && isStandfirst(cur.body[0]!))) open();
        cur.units.push(u);
        cur.bylines.push(...(u.bylines ?? []));
        if (u.source) cur.source ??= u.source;
        if (u.date) cur.date = better(cur.date, u.date);
        break;
      case "headline": {
        // "Jane Doe in Kyiv" right under a headline (and maybe a standfirst) is a byline, not a story.
        if (cur.headline && cur.body.length <= 1 && cur.bylines.length === 0 && u.heading === 0 && parseBareByline(u.text)) {
          bodyOrByline(u, true);
          break;
        }
        // "Morning Briefing" over "Markets rally on rate hopes": a short label over the real headline.
        // Not once a byline or date has followed the headline: then the headline stands.
        if (cur.headline && !hasBody && cur.bylines.length === 0 && cur.date === null && cur.headline.heading === 0 && u.heading === 0 && cur.headline.text.split(/\s+/).length <= 3) {
          cur.headline.kind = "remove";
          cur.headline.why = "section label over a headline";
          cur.headline = u;
          cur.units.push(u);
          break;
        }
        if (!hasBody && !cur.headline) {
          if (cur.closed) open();
          cur.headline = u;
          cur.units.push(u);
          break;
        }
        const nx = next(i);
        const starts =
          hasBody &&
          (cur.closed ||
            (u.heading > 0 && u.heading <= minHeading) ||
            (u.heading === 0 && nx !== undefined && (nx.kind === "byline" || nx.kind === "date" || nx.kind === "source" || nx.kind === "header")) ||
            // A digest: a title line whose next paragraph opens with a dateline ("LONDON (Reuters) -") starts a story.
            (u.heading === 0 && nx !== undefined && nx.kind === "body" && findDateline(nx.text) !== null));
        if (starts) {
          open();
          cur.headline = u;
          cur.units.push(u);
          break;
        }
        bodyOrByline(u);
        break;
      }
      case "body":
        if (cur.closed) open();
        if (!cur.headline && cur.body.length === 0 && cur.bylines.length === 0 && headlineByPosition(u, next(i))) {
          u.kind = "headline";
          u.why = "short line right before the story (reads as its headline)";
          cur.headline = u;
          cur.units.push(u);
          break;
        }
        bodyOrByline(u);
        break;
    }
  }
  open();
  return out;

  function bodyOrByline(u: CUnit, standfirstAllowed = false) {
    // Right under a headline, a bare "Jane Doe in Kyiv" line is the byline (the Guardian's form).
    if (cur.headline && cur.body.length <= (standfirstAllowed ? 1 : 0) && cur.bylines.length === 0) {
      const bare = parseBareByline(u.text);
      if (bare) {
        u.kind = "byline";
        u.why = "name line under the headline";
        u.bylines = bare.bylines;
        cur.units.push(u);
        cur.bylines.push(...bare.bylines);
        if (bare.source) cur.source ??= bare.source;
        return;
      }
    }
    if (u.kind === "headline") u.why = SUBHEAD;
    u.kind = "body";
    cur.units.push(u);
    cur.body.push(u);
  }
}
