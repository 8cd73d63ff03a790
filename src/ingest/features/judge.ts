// Body or boilerplate, from generic evidence: every unit gets its features and prose score; a body
// candidate whose score is clearly low is removed, a clearly high one kept, and one in between takes
// the side of its nearest decided neighbours (jusText's context step: a short line between two
// paragraphs is part of the story, between two menu lines part of the menu). A headline candidate is
// removed only on hard evidence (a link, a promo label, a credit, a counter, a breadcrumb, a line the
// folder repeats): a headline is short and has few function words by nature.
import { parseBareByline } from "../byline.ts";
import type { CUnit } from "../classify.ts";
import { cutInlinePromos, dropHighlights } from "./blocks.ts";
import { describeFeatures, lineFeatures, type LineFeatures } from "./line.ts";
import { PROSE_MODEL, proseScore, verdict } from "./score.ts";
import { NO_TEMPLATE_LINES, type TemplateLines } from "./template.ts";

type Side = "good" | "bad";

/** Why a headline candidate is not one, or null. */
function notAHeadline(u: CUnit): string | null {
  const f = u.features!;
  if (u.heading > 0) return null;
  if (f.link) return "a link or handle";
  if (EDIT_MARK.test(u.text)) return "a wiki section heading";
  if (f.promo) return "a promo label";
  if (f.credit) return "a picture credit";
  if (f.counter) return "a counter label";
  if (f.separators >= 2) return "a breadcrumb or menu";
  if (f.template > 0) return `repeated in ${f.template === 2 ? "many" : "3+"} files of the folder`;
  return null;
}

/** "Jane Doe in Kyiv" right under a headline (maybe after a standfirst): the split reads it as the byline. */
function underHeadline(units: CUnit[], i: number): boolean {
  const prev = units.slice(Math.max(0, i - 2), i).filter((u) => u.kind !== "remove");
  return prev.some((u) => u.kind === "headline") && parseBareByline(units[i]!.text) !== null;
}

/** The heading of a wiki's or blog's closing sections: what follows it is sources and links, not story. */
const REFERENCES = /^(?:references|sources|notes|external links|see also|further reading|bibliography|related pages|einzelnachweise|weblinks|quellen|literatur|siehe auch|références|sources et références|liens externes|voir aussi|referencias|enlaces externos|véase también|note|collegamenti esterni|voci correlate|referências|ligações externas|ver também)\s*(?:\[[^\]]{1,20}\])?\s*:?$/iu;
/** "[edit]", "[modifier]", "[bearbeiten]": a wiki's section-edit link glued to a heading. */
export const EDIT_MARK = /\[(?:edit|edit source|modifier|modifier le code|bearbeiten|quelltext bearbeiten|editar|modifica)\]\s*$/iu;

/** From a references heading on, every body or headline candidate is a source list or a link. */
function dropReferenceSections(units: CUnit[]): void {
  let inRefs = false;
  for (const u of units) {
    if (u.heading === 0 && u.text.length <= 60 && REFERENCES.test(u.text.trim())) {
      inRefs = true;
      u.kind = "remove";
      u.why = "references or links section heading";
      continue;
    }
    if (!inRefs || (u.kind !== "body" && u.kind !== "headline")) continue;
    u.kind = "remove";
    u.why = "in a references or links section";
  }
}

/**
 * Fills `features` and `score` on every unit and turns boilerplate body/headline candidates into
 * `remove`; returns the promos cut from the end of paragraphs (to be reported as removed text).
 */
export function judgeUnits(units: CUnit[], templates: TemplateLines, markdown: boolean): Array<{ unit: CUnit; text: string }> {
  const seen = new Map<string, number>();
  const textKey = (u: CUnit) => (u.text.length <= 300 ? u.text.trim().toLowerCase() : null);
  for (const u of units) {
    const k = textKey(u);
    if (k) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  dropReferenceSections(units);
  const last = Math.max(1, units.length - 1);
  units.forEach((u, i) => {
    const k = textKey(u);
    // An author's Markdown is never template: a generated or house-style folder repeats its own prose.
    judgeOnRead(u, u.text, markdown ? NO_TEMPLATE_LINES : templates, i / last, k ? seen.get(k)! - 1 : 0);
  });
  dropHighlights(units, markdown);
  // Each unit's side before context: structure lines (headline, byline, date…) stand with the story.
  // Markdown's body lines are never removed by side, so no side is worked out for them.
  const side: (Side | null)[] = markdown ? [] : units.map((u, i) => {
    if (u.kind === "remove" || u.kind === "end") return "bad";
    if (u.kind === "headline") return notAHeadline(u) ? "bad" : "good";
    if (u.kind !== "body" || underHeadline(units, i)) return "good";
    const v = verdict(u.score!);
    return v === "unsure" ? null : v;
  });
  // Outside the first and last unit: page chrome for a scrape, the author's text for Markdown.
  const edge: Side = markdown ? "good" : "bad";
  const near = (i: number, step: 1 | -1): Side => {
    for (let j = i + step; j >= 0 && j < units.length; j += step) if (side[j]) return side[j]!;
    return edge;
  };
  const mid = (PROSE_MODEL.good + PROSE_MODEL.bad) / 2;
  const decided = markdown ? [] : side.map((s, i) => {
    if (s) return s;
    const before = near(i, -1), after = near(i, 1);
    if (before === after) return before;
    return units[i]!.score! >= mid ? "good" : "bad";
  });
  units.forEach((u, i) => {
    if (u.kind === "headline") {
      const why = notAHeadline(u);
      if (why) {
        u.kind = "remove";
        u.why = `not a headline: ${why}`;
      }
      return;
    }
    // Markdown is the author's own text: only a scrape's body lines are judged by their score.
    if (u.kind !== "body" || markdown || decided[i] === "good" || underHeadline(units, i)) return;
    u.kind = "remove";
    u.why = side[i] ? `low prose score ${u.score}` : `unsure prose score ${u.score}, between boilerplate`;
  });
  return cutInlinePromos(units);
}

/**
 * Gives a unit its `features` and `score` (of its text as it is now: a promo cut later changes
 * neither), worked out when first read. An author's Markdown paragraph is never judged by its
 * score, so most of its lines are never read: only `parse --explain` prints them.
 */
function judgeOnRead(u: CUnit, text: string, templates: TemplateLines, position: number, repeats: number): void {
  let features: LineFeatures | undefined;
  let score = 0;
  const judge = (): void => {
    if (features) return;
    const f = (features = lineFeatures(text, templates, position, repeats));
    score = proseScore(f);
    // A line that reads as prose on its own stays prose however often the folder repeats it ("It goes on.").
    if (f.template && proseScore({ ...f, template: 0 }) >= PROSE_MODEL.good) {
      f.template = 0;
      score = proseScore(f);
    }
  };
  Object.defineProperties(u, {
    features: { get: () => (judge(), features), set: (f: LineFeatures) => (judge(), (features = f)), enumerable: true, configurable: true },
    score: { get: () => (judge(), score), set: (z: number) => (judge(), (score = z)), enumerable: true, configurable: true },
  });
}

/** The evidence line `parse --explain` prints under a unit. */
export function explainFeatures(u: CUnit): string | null {
  return u.features ? `score ${u.score} · ${describeFeatures(u.features)}` : null;
}
