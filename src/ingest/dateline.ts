// Datelines at the head of the first paragraph: "LONDON —", "KYIV, Ukraine —", "WASHINGTON (AP) —",
// "LONDON, March 3 (Reuters) -", "(CNN) —", "Kyiv, Ukraine –". Only the first 160 characters are looked at.
import places from "./rules/places.json" with { type: "json" };
import sources from "./rules/sources.json" with { type: "json" };

/** A dateline found at the head of a paragraph, and how much of the paragraph it takes. */
export interface Dateline {
  /** The place as written ("KYIV, Ukraine"), or null for a bare "(CNN) —". */
  place: string | null;
  source: string | null;
  /** Month and day a Reuters-style dateline carries ("March 3"), not a full date. */
  monthDay: string | null;
  /** Characters to cut from the paragraph. */
  length: number;
}

const WIRE: Record<string, string> = sources.wireTags;
const NOT_PLACES = new Set(places.notPlaces);
const MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?";
const CAPS_PLACE = "\\p{Lu}[\\p{Lu}\\p{M}.'’-]*(?:/\\p{Lu}[\\p{Lu}\\p{M}.'’-]*)?(?: \\p{Lu}[\\p{Lu}\\p{M}.'’-]*){0,3}";
const REGION = "\\p{Lu}[\\p{L}\\p{M}.'’-]*(?: \\p{Lu}[\\p{L}\\p{M}.'’-]*){0,2}";
const DASH = "\\s?(?:—|–|--|-|:)\\s+";
const CAPS = new RegExp(`^(${CAPS_PLACE})(?:, (${REGION}))?(?:,? (${MONTH} \\d{1,2}))?(?: \\(([\\p{L} .&-]{2,30})\\))?${DASH}`, "u");
const TAG_ONLY = new RegExp(`^\\(([\\p{L} .&-]{2,30})\\)${DASH}`, "u");
const MIXED = new RegExp(`^(\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?, ${REGION})(?: \\(([\\p{L} .&-]{2,30})\\))?\\s(?:—|–)\\s+`, "u");

function wire(tag: string | undefined): string | null {
  if (!tag) return null;
  return WIRE[tag.toLowerCase()] ?? tag;
}

/** The dateline opening `paragraph` ("KYIV, Ukraine —", "(CNN) —"), looked for in its first 160 characters; null when there is none. */
export function findDateline(paragraph: string): Dateline | null {
  const head = paragraph.slice(0, 160);
  let m = CAPS.exec(head);
  if (m) {
    const place = m[1]!;
    // An all-caps place of one short word could be an acronym opening a sentence ("NATO - …"): need 3+ letters and a dash.
    if (place.replace(/[^\p{Lu}]/gu, "").length < 3 || NOT_PLACES.has(place)) return null;
    if (m[0].trimEnd().endsWith(":") && !m[4]) return null; // "NOTE:" is not a dateline
    return { place: m[2] ? `${place}, ${m[2]}` : place, source: wire(m[4]), monthDay: m[3] ?? null, length: m[0].length };
  }
  if ((m = TAG_ONLY.exec(head))) return { place: null, source: wire(m[1]), monthDay: null, length: m[0].length };
  if ((m = MIXED.exec(head))) return { place: m[1]!, source: wire(m[2]), monthDay: null, length: m[0].length };
  return null;
}
