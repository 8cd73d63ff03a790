// End-of-story credit lines ("A reported from P, and B from Q.", "Reporting was contributed by …",
// "A contributed research.", "(Reporting by A; Editing by B)", "AP writers A and B contributed …").
// A line is a credit line only if EVERY sentence in it parses as a credit; a body sentence that merely
// mentions a reporter never does. Machine-paraphrased connectives ("was once contributed by way of") are normalised first.
import type { Byline } from "../model/index.ts";
import places from "./rules/places.json" with { type: "json" };
import { splitNames, splitPeople, type PersonCredit } from "./names.ts";

const REGIONS = new Set(places.regions.map((r) => r.toLowerCase()));
const ABBREV = new Set(["mr", "mrs", "ms", "dr", "jr", "sr", "st", "gen", "lt", "col", "sgt", "rev", "gov", "sen", "rep", "calif", "fla", "mass", "ill", "pa", "va", "md", "wash", "tex", "ga", "mich", "ariz", "conn", "d.c", "u.s", "u.k", "n.y", "n.j", "mt", "ft"]);

/** What a credit line says: the bylines it credits (with roles and places) and the editors it names. */
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
  let pending: PersonCredit[] | null = splitPeople(chunks[0] ?? "");
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
    for (const p of pending) out.push(credited(p, role, place));
    pending = null;
    if (items.length > 0) {
      pending = splitPeople(items.join(", "));
      if (!pending) return null;
    }
  }
  for (const p of pending ?? []) out.push(credited(p, role, null));
  return out;
}

function credited(p: PersonCredit, role: Byline["role"], location: string | null): Byline {
  return p.affiliation ? { name: p.name, role, location, affiliation: p.affiliation } : { name: p.name, role, location };
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
  if ((m = s.match(/^\((.*)\)$/)) || (/;/.test(s) && ROLE_OF_SEGMENT.some(([re]) => re.test(s)))) {
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
  // A lone "Editing by A" / "Compiled by A and B": accounted for, not credited as authors.
  if ((m = s.match(/^(?:editing|edited|compiled|produced) by (.+)$/i))) {
    const names = splitNames(m[1]!.replace(/ in .*$/, ""));
    if (!names) return false;
    out.editors.push(...names);
    return true;
  }
  // USA Today: "Contributing: A, B" (a trailing ", USA TODAY" names the paper).
  if ((m = s.match(/^contributing:\s*(.+)$/i))) return push(parseLocatedList(m[1]!.replace(/,\s*(?:usa today|the associated press|associated press|reuters)$/i, ""), "contributor"), out);
  // A signature under the story: "— Jane Doe".
  if ((m = raw.match(/^\s*[—–]\s*(\p{Lu}.{2,60})$/u)) && !/[.!?]$/.test(m[1]!.replace(/\b(?:Jr|Sr)\.$/, ""))) return push(parseLocatedList(m[1]!, "author"), out);
  if ((m = s.match(/^(.+?) (?:reported|wrote|reports) from (.+)$/))) return push(parseLocatedList(`${m[1]} from ${m[2]}`, "author"), out);
  // "The Example Post's Jane Doe reported.": a possessive credit with no place.
  if ((m = s.match(/^(.+?['’]s? .+?) (?:reported|wrote|contributed)(?: to this (?:report|story|article))?$/))) return push(parseLocatedList(m[1]!, "contributor"), out);
  if ((m = s.match(/^(?:additional )?reporting (?:was |has been )?contributed by (.+)$/i))) return push(parseLocatedList(m[1]!, "contributor"), out);
  if ((m = s.match(/^research (?:was |has been )?contributed by (.+)$/i))) return push(parseLocatedList(m[1]!, "research"), out);
  if ((m = s.match(/^(?:additional|further) reporting (?:by|from) (.+)$/i))) return push(parseLocatedList(m[1]!, "contributor"), out);
  if ((m = s.match(/^(.+?) contributed research(?: from (.+))?$/i))) return push(parseLocatedList(m[2] ? `${m[1]} from ${m[2]}` : m[1]!, "research"), out);
  if ((m = s.match(/^(.+?) contributed reporting(?: and research)?(?: (?:from|in) (.+))?$/i))) return push(parseLocatedList(m[2] ? `${m[1]} from ${m[2]}` : m[1]!, "contributor"), out);
  // Associated Press writers A in P and B contributed to this report.
  if ((m = s.match(/^(?:the )?(?:associated press|ap|reuters|afp|cnn|bloomberg)(?:'s)? (?:staff )?(?:writers?|reporters?|correspondents?|journalists?) (.+?) contributed(?: to this (?:report|story|article))?(?: from (.+))?$/i)))
    return push(parseLocatedList(m[2] ? `${m[1]} from ${m[2]}` : m[1]!, "contributor"), out);
  if ((m = s.match(/^(.+?) contributed to this (?:report|story|article)(?: from (.+))?$/i))) return push(parseLocatedList(m[2] ? `${m[1]} from ${m[2]}` : m[1]!, "contributor"), out);
  // "Translated by A", "Übersetzt von A", "Traducido por A": a translator is a contributor.
  if ((m = s.match(/^(?:translated by|translation by|übersetzt von|übersetzung:?|traduit par|traduction:?|traducido por|traducción:?|tradotto da|traduzione di|traduzido por|tradução:?)\s+(.+?)\.?$/i))) return push(parseLocatedList(m[1]!, "contributor") ?? handles(m[1]!, "contributor"), out);
  // A lone "Written by A and B." under a post: names, or the account names blogs sign with ("ckerr").
  if ((m = s.match(/^(?:written|words|text|story) by (.+?)\.?$/i))) return push(parseLocatedList(m[1]!, "author") ?? handles(m[1]!), out);
  return false;
}

/** "ckerr, VerteDinde and georgexu99": account names, one word each, or null. */
function handles(list: string, role: Byline["role"] = "author"): Byline[] | null {
  const parts = list.split(/\s*,\s*(?:(?:and|y|und|et|e)\s+)?|\s+(?:and|&|y|und|et|e)\s+/).filter(Boolean);
  return parts.length > 0 && parts.length <= 8 && parts.every((h) => /^[\p{L}\p{N}_.-]{2,40}$/u.test(h)) ? parts.map((name) => ({ name, role, location: null })) : null;
}

function push(people: Byline[] | null, out: CreditParse): boolean {
  if (!people || people.length === 0) return false;
  out.bylines.push(...people);
  return true;
}

const GATE_WORDS = new Set(["translated", "translation", "übersetzt", "traduit", "traducido", "tradotto", "traduzido", "reporting", "reported", "reports", "wrote", "research", "researched", "writing", "written", "words", "text", "editing", "edited", "compiled", "produced", "graphics", "photos", "video", "production", "design"]);

/** Cheap gate (string search, no regex over the whole line): every credit form passes it; most paragraphs do not. */
function creditGate(text: string): boolean {
  if (text.includes("ontribut") || text.includes("ONTRIBUT")) return true;
  // "The Example Post's Jane Doe reported."
  if ((text.includes("'s ") || text.includes("’s ")) && /\b(?:reported|wrote)\.?$/.test(text.trimEnd())) return true;
  const c = text.trimStart().charAt(0);
  if (c === "—" || c === "–" || c === "(" || c === "-") return true;
  if (/^\s*(?:translat|übersetz|tradu)/i.test(text)) return true;
  // Every " by ", " from ", " By " and " From " (one pass; overlapping ones too), and the word before it.
  GATE_SEPARATOR.lastIndex = 0;
  for (let m = GATE_SEPARATOR.exec(text); m !== null; m = GATE_SEPARATOR.exec(text)) {
    const i = m.index;
    GATE_SEPARATOR.lastIndex = i + 1;
    const start = text.lastIndexOf(" ", i - 1) + 1;
    if (GATE_WORDS.has(text.slice(start, i).replace(/^\W+/, "").toLowerCase())) return true;
  }
  return false;
}
const GATE_SEPARATOR = / (?:[bB]y|[fF]rom) /g;

/** Parse a whole line as credits, or null when any sentence of it is not a credit. */
export function parseCreditLine(text: string): CreditParse | null {
  if (text.length > 2000 || text.length < 8) return null;
  // Cheap gate: every credit form has one of these words; most body paragraphs have none.
  // Cheap gate: every credit form has one of these; most body paragraphs have none.
  if (!creditGate(text)) return null;
  const out: CreditParse = { bylines: [], editors: [] };
  const signature = /^\s*[—–]\s*\p{Lu}[^.!?]{2,60}$/u.test(text);
  const t = signature ? text.trim() : text.trim().replace(/^[—–-]+\s*/, "");
  const sentences = /^\(.*\)$/.test(t) || signature ? [t] : splitSentences(t);
  for (const s of sentences) if (!parseSentence(s, out)) return null;
  return out.bylines.length + out.editors.length > 0 ? out : null;
}
