// End-of-story credit lines ("A reported from P, and B from Q.", "Reporting was contributed by …",
// "A contributed research.", "(Reporting by A; Editing by B)", "AP writers A and B contributed …").
// A line is a credit line only if EVERY sentence in it parses as a credit; a body sentence that merely
// mentions a reporter never does. Machine-paraphrased connectives ("was once contributed by way of") are normalised first.
import type { Byline } from "../model/index.ts";
import places from "./rules/places.json" with { type: "json" };
import { splitNames } from "./names.ts";

const REGIONS = new Set(places.regions.map((r) => r.toLowerCase()));
const ABBREV = new Set(["mr", "mrs", "ms", "dr", "jr", "sr", "st", "gen", "lt", "col", "sgt", "rev", "gov", "sen", "rep", "calif", "fla", "mass", "ill", "pa", "va", "md", "wash", "tex", "ga", "mich", "ariz", "conn", "d.c", "u.s", "u.k", "n.y", "n.j", "mt", "ft"]);

export interface CreditParse {
  bylines: Byline[];
  /** Editors named in the line: accounted for, but not credited as authors. */
  editors: string[];
}

/** Split at sentence ends, but not after an initial ("Jane Q. Public") or an abbreviation ("Washington, D.C."). */
export function splitSentences(s: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== "." || s[i + 1] !== " ") continue;
    let j = i - 1;
    while (j >= 0 && s[j] !== " ") j--;
    const word = s.slice(j + 1, i).replace(/^[("“]/, "");
    if (/^\p{Lu}$/u.test(word) || ABBREV.has(word.toLowerCase())) continue;
    out.push(s.slice(start, i + 1).trim());
    start = i + 2;
  }
  const last = s.slice(start).trim();
  if (last) out.push(last);
  return out;
}

/** Paraphrase noise a rewriting tool adds to the fixed credit formulas. */
function normalise(s: string): string {
  return s
    .replace(/[\u2019]/g, "'")
    .replace(/\s+/g, " ")
    .replace(/\b(was|were) (once|additionally|also) /gi, "$1 ")
    .replace(/\bby way of\b/gi, "by")
    .replace(/\bthrough\b/gi, "by")
    .replace(/\bcontributed (?:additional )?reporting\b/gi, "contributed reporting")
    .trim()
    .replace(/[.]$/, "");
}

/** "A from P, B and C from Q, and D" → people with locations. Preposition is "from" or "in". */
export function parseLocatedList(s: string, role: Byline["role"]): Byline[] | null {
  const chunks = s.split(/ (?:from|in) /);
  const out: Byline[] = [];
  let pending: string[] | null = splitNames(chunks[0] ?? "");
  if (!pending) return null;
  for (let c = 1; c < chunks.length; c++) {
    const items = chunks[c]!.split(/, /);
    let place = items.shift()!.trim();
    // A single-word or listed region continues the place ("Kyiv, Ukraine", "San José, Costa Rica").
    while (items.length > 0) {
      const next = items[0]!.trim();
      if (/^and /i.test(next)) break;
      const lower = next.toLowerCase().replace(/[.,]$/, "");
      if ((/^\p{Lu}[\p{L}\p{M}.'-]*\.?$/u.test(next) && !next.includes(" ")) || REGIONS.has(lower) || REGIONS.has(lower + ".")) {
        place += ", " + next;
        items.shift();
      } else break;
    }
    place = place.replace(/^and /i, "").replace(/[,.;]+$/, "").trim();
    // "in Kyiv and John Roe": the place ends where a list of people begins.
    const and = place.indexOf(" and ");
    if (and > 0 && splitNames(place.slice(and + 5))) {
      items.unshift(place.slice(and + 5));
      place = place.slice(0, and);
    }
    if (!/^\p{Lu}/u.test(place) || place.split(" ").length > 6) return null;
    if (!pending) return null;
    for (const name of pending) out.push({ name, role, location: place });
    pending = null;
    if (items.length > 0) {
      pending = splitNames(items.join(", "));
      if (!pending) return null;
    }
  }
  for (const name of pending ?? []) out.push({ name, role, location: null });
  return out;
}

const ROLE_OF_SEGMENT: [RegExp, Byline["role"] | "editor"][] = [
  [/^(?:additional|further) reporting by /i, "contributor"],
  [/^(?:reporting|reported|writing|written|text|words) by /i, "author"],
  [/^(?:research|researched) by /i, "research"],
  [/^(?:editing|edited|compiled|produced|graphics|photos|video|production|design) by /i, "editor"],
];

function parseSentence(raw: string, out: CreditParse): boolean {
  const s = normalise(raw);
  let m: RegExpMatchArray | null;
  // (Reporting by A in P; Editing by B)
  if ((m = s.match(/^\((.*)\)$/)) || /^(?:additional )?reporting by .+;/i.test(s)) {
    const inner = m ? m[1]! : s;
    for (const seg of inner.split(/\s*;\s*/)) {
      const hit = ROLE_OF_SEGMENT.find(([re]) => re.test(seg));
      if (!hit) return false;
      const rest = seg.replace(hit[0], "").replace(/\.$/, "");
      if (hit[1] === "editor") {
        const names = splitNames(rest.replace(/ in .*$/, ""));
        if (!names) return false;
        out.editors.push(...names);
      } else {
        const people = parseLocatedList(rest, hit[1]);
        if (!people) return false;
        out.bylines.push(...people);
      }
    }
    return true;
  }
  if ((m = s.match(/^(.+?) (?:reported|wrote|reports) from (.+)$/))) return push(parseLocatedList(`${m[1]} from ${m[2]}`, "author"), out);
  if ((m = s.match(/^(?:additional )?reporting (?:was |has been )?contributed by (.+)$/i))) return push(parseLocatedList(m[1]!, "contributor"), out);
  if ((m = s.match(/^research (?:was |has been )?contributed by (.+)$/i))) return push(parseLocatedList(m[1]!, "research"), out);
  if ((m = s.match(/^(?:additional|further) reporting (?:by|from) (.+)$/i))) return push(parseLocatedList(m[1]!, "contributor"), out);
  if ((m = s.match(/^(.+?) contributed research(?: from (.+))?$/i))) return push(parseLocatedList(m[2] ? `${m[1]} from ${m[2]}` : m[1]!, "research"), out);
  if ((m = s.match(/^(.+?) contributed reporting(?: and research)?(?: (?:from|in) (.+))?$/i))) return push(parseLocatedList(m[2] ? `${m[1]} from ${m[2]}` : m[1]!, "contributor"), out);
  // Associated Press writers A in P and B contributed to this report.
  if ((m = s.match(/^(?:the )?(?:associated press|ap|reuters|afp|cnn|bloomberg)(?:'s)? (?:staff )?(?:writers?|reporters?|correspondents?|journalists?) (.+?) contributed(?: to this (?:report|story|article))?(?: from (.+))?$/i)))
    return push(parseLocatedList(m[2] ? `${m[1]} from ${m[2]}` : m[1]!, "contributor"), out);
  if ((m = s.match(/^(.+?) contributed to this (?:report|story|article)(?: from (.+))?$/i))) return push(parseLocatedList(m[2] ? `${m[1]} from ${m[2]}` : m[1]!, "contributor"), out);
  return false;
}

function push(people: Byline[] | null, out: CreditParse): boolean {
  if (!people || people.length === 0) return false;
  out.bylines.push(...people);
  return true;
}

/** Parse a whole line as credits, or null when any sentence of it is not a credit. */
export function parseCreditLine(text: string): CreditParse | null {
  if (text.length > 2000 || text.length < 8) return null;
  // Cheap gate: every credit form has one of these words; most body paragraphs have none.
  if (!/contribut|reported|reporting|research|writing|written|editing/i.test(text)) return null;
  const out: CreditParse = { bylines: [], editors: [] };
  const t = text.trim().replace(/^[—–-]+\s*/, "");
  const sentences = /^\(.*\)$/.test(t) ? [t] : splitSentences(t);
  for (const s of sentences) if (!parseSentence(s, out)) return null;
  return out.bylines.length + out.editors.length > 0 ? out : null;
}
