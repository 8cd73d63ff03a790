// Furniture that spans units or hides inside one: a block of highlight bullets above the story (a
// broadcaster's "Story highlights"), and a promo glued to the end of a paragraph ("… he said. Watch:
// Drone footage shows the fire").
import type { CUnit } from "../classify.ts";

const BULLET = /^[•*·▪►–-]\s/u;
/** A label over a block of summary bullets. */
const HIGHLIGHTS_LABEL = /^(?:story highlights|highlights|key points|key facts|key takeaways|what you need to know|need to know|the story in brief|in brief|in short|at a glance|the essentials|summary|tl;?dr|das wichtigste( in kürze)?|auf einen blick|en bref|l'essentiel|ce qu'il faut retenir|à retenir|lo esencial|lo que (hay que|debes|necesitas) saber|claves|in breve|i punti chiave|em resumo|o que (você precisa|é preciso) saber)\s*:?$/iu;

/** Is this a paragraph of the story's prose (long enough, scored good)? */
const prose = (u: CUnit) => u.kind === "body" && (u.score ?? 0) >= 1 && u.text.length >= 80;

/**
 * Bullets before the story's first paragraph are its highlights, a summary the page shows beside it:
 * not the story's text and never its headline. A labelled run after the story ends goes too.
 */
export function dropHighlights(units: CUnit[], markdown: boolean): void {
  const isBullet = (u: CUnit) => (markdown ? /^\s*[-*+]\s/.test(u.md ?? "") : BULLET.test(u.text)) && u.kind !== "remove" && u.kind !== "end";
  // Where the story's prose starts matters only to a scrape's unlabelled bullets (see beforeStory).
  const first = markdown ? -1 : units.findIndex(prose);
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const labelled = u.heading === 0 && u.text.length <= 40 && HIGHLIGHTS_LABEL.test(u.text.trim());
    let j = labelled ? i + 1 : i;
    while (j < units.length && isBullet(units[j]!)) j++;
    // Under a label, the lines set tight against it (no blank line between) are the highlights too.
    if (labelled && j === i + 1) while (j < units.length && units[j]!.start === units[j - 1]!.end + 1 && units[j]!.kind !== "remove" && units[j]!.kind !== "end") j++;
    const run = j - (labelled ? i + 1 : i);
    // Unlabelled, only in a scrape: an author's Markdown list is their text.
    const beforeStory = !markdown && first >= 0 && j <= first;
    if (run === 0 || (!labelled && (run < 2 || !beforeStory))) continue;
    for (let k = i; k < j; k++) {
      units[k]!.kind = "remove";
      units[k]!.why = k === i && labelled ? "highlights label" : "highlight bullet (a summary beside the story)";
    }
    i = j - 1;
  }
}

/** "Watch:", "WATCH |", "Video:", "Read more:", "Now playing:" and a title after it (or "Watch Title 01:45"), at the end of a paragraph. */
const TAIL_PROMO = /(?<=[.!?"”’)])\s+(?:(?:watch|video|listen|read more|related|see also|more|photos|gallery|now playing|up next|watch next)\s*(?:[:|]|—)\s+(?:[^.!?]|\.(?=\d)){3,140}[?!]?|watch\s+(?:[^.!?]|\.(?=\d)){3,140}[?!]?\s+\(?\d{1,2}:\d{2}\)?)$/iu;

const PROMO_MARK = /[:|—]/;

/** Cuts promos glued to the end of body paragraphs; the cut text is returned per unit so it is reported, not lost. */
export function cutInlinePromos(units: CUnit[]): Array<{ unit: CUnit; text: string }> {
  const cuts: Array<{ unit: CUnit; text: string }> = [];
  for (const u of units) {
    // A paragraph with a promo glued on can read like a headline until the promo is cut.
    if ((u.kind !== "body" && u.kind !== "headline") || u.text.length > 5000) continue;
    // Every promo TAIL_PROMO finds has a ":", "|" or "—" (after its label, or in the clip's length).
    if (!PROMO_MARK.test(u.text)) continue;
    const m = TAIL_PROMO.exec(u.text);
    if (!m || m.index < 40) continue;
    const tail = m[0];
    // The title after the label reads like a headline, not the story's next sentence.
    if (!/^\s+(?:[^:|—]{2,20}(?:[:|]|—)\s+|watch\s+)[\p{Lu}\p{N}]/iu.test(tail)) continue;
    u.text = u.text.slice(0, m.index);
    if (u.md) {
      const at = u.md.lastIndexOf(tail.trim());
      if (at > 0) u.md = u.md.slice(0, at).trimEnd();
    }
    cuts.push({ unit: u, text: tail.trim() });
    u.why = `${u.why}; promo "${tail.trim().slice(0, 40)}" cut from its end`;
  }
  return cuts;
}
