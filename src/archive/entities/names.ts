// Name normalisation shared by authors and entities: fold case and accents, drop titles and possessives,
// and split a person's name into first name, middle initials and surname.
import { HONORIFICS } from "./stoplists.ts";

// Module cache (pure): the folded key is a pure function of the text.
const foldCache = new Map<string, string>();

/** Lowercase, accents removed, curly apostrophes straightened, whitespace collapsed: the key two spellings share. */
export function fold(text: string): string {
  const hit = foldCache.get(text);
  if (hit !== undefined) return hit;
  const out = foldUncached(text);
  // Words repeat across articles; a bounded cache keeps this cheap without growing forever.
  if (foldCache.size > 200_000) foldCache.clear();
  foldCache.set(text, out);
  return out;
}

function foldUncached(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(text)) return text.toLowerCase().replace(/\s+/g, " ").trim();
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’‘`]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** "Smith’s" → "Smith", "Ukrainians’" → "Ukrainians". */
export function stripPossessive(word: string): string {
  return word.replace(/['’](?:s|S)?$/u, "");
}

const SUFFIXES = new Set(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]);

/** A person's name split for comparison, every part folded (see `fold`). */
export interface PersonName {
  /** Folded first name ("" when only a surname is known). */
  first: string;
  /** Folded initials of middle names ("q" for "Jane Q. Doe"). */
  middles: string[];
  /** Folded surname (last word, hyphenated parts kept: "cumming-bruce"). */
  last: string;
  /** Number of name words as written. */
  words: number;
  /** Folded generational suffix ("jr", "sr", "ii"…), "" when none: "John Doe Jr." is not "John Doe". */
  suffix: string;
}

// Module cache (pure): a parsed name is a pure function of the name as written.
const parseCache = new Map<string, PersonName>();

/** Parse a person's name as written; honorifics, "By", suffixes and possessives are ignored. Do not mutate the result. */
export function parsePersonName(name: string): PersonName {
  const hit = parseCache.get(name);
  if (hit !== undefined) return hit;
  const out = parseUncached(name);
  if (parseCache.size > 100_000) parseCache.clear();
  parseCache.set(name, out);
  return out;
}

function parseUncached(name: string): PersonName {
  let words = name.replace(/^\s*by\s+/i, "").split(/[\s,]+/).filter(Boolean);
  words = words.filter((w, i) => !(i === 0 && HONORIFICS.has(fold(w).replace(/\.$/, ""))));
  let suffix = "";
  while (words.length > 1 && SUFFIXES.has(fold(words[words.length - 1]!))) suffix = fold(words.pop()!).replace(/\.$/, "");
  const folded = words.map((w) => fold(stripPossessive(w)).replace(/\.$/, ""));
  if (folded.length === 0) return { first: "", middles: [], last: "", words: 0, suffix };
  if (folded.length === 1) return { first: "", middles: [], last: folded[0]!, words: 1, suffix };
  return {
    first: folded[0]!,
    middles: folded.slice(1, -1).map((m) => m.charAt(0)),
    last: folded[folded.length - 1]!,
    words: folded.length,
    suffix,
  };
}

/** Same first name and surname, and middle initials that do not contradict ("E." vs none is fine, "A." vs "B." is not). */
export function samePerson(a: PersonName, b: PersonName): boolean {
  if (a.first !== b.first || a.last !== b.last) return false;
  return middlesCompatible(a.middles, b.middles);
}

/** Whether two lists of middle initials agree as far as both go ("E." and none agree; "A." and "B." do not). */
export function middlesCompatible(a: readonly string[], b: readonly string[]): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Title-case a name written in capitals ("JANE DOE" → "Jane Doe"); names in mixed case are kept as written. */
export function properCase(name: string): string {
  const trimmed = name.replace(/\s+/g, " ").trim();
  if (/\p{Ll}/u.test(trimmed)) return trimmed;
  return trimmed.toLowerCase().replace(/(^|[\s\-'’.])(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** How "full" a variant is, to pick a display name: more words, then more letters. */
export function fullness(name: string): number {
  return name.split(/\s+/).length * 1000 + name.length;
}
