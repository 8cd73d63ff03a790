// Capitalised spans → cleaned name candidates: titles, honorifics, demonyms and sentence-initial words
// are peeled off, "X of Y" is split unless it is one institution's name, and the span gets a first guess of kind.
import { CITY_WITHOUT_CUE, cityByName, GEO_HEADS, ORG_ACRONYMS, ORG_ALIASES, ORG_HEADS, PLACE_ALIASES, US_STATES } from "./gazetteer.ts";
import { classifyWord, type WordClass } from "./lexicon.ts";
import { fold } from "./names.ts";
import { COMMON_WORDS, CONNECTORS, HONORIFICS, ROLE_NOUNS, TITLE_HEADS, TITLE_WORDS } from "./stoplists.ts";
import type { Token } from "./tokenize.ts";
import type { EntityKind, Evidence } from "./types.ts";

/** A capitalised span that may name an entity, with a first guess of its kind and the cues around it; extractMentions settles it with the rest of the article. */
export interface Candidate {
  tokens: Token[];
  /** First guess; null = unknown, decided with the rest of the article. */
  kind: EntityKind | null;
  /** What the first guess rests on (null with no guess). */
  evidence: Evidence | null;
  /** A title, honorific or appositive says this is a person. */
  personCue: boolean;
  /** "in X", "city of X" (weak) or "X, <country>" (strong): a single unknown word is probably a place. */
  placeCue: Evidence | null;
  /** Right after "Place," ("Dover, Del.", "Austin, TX"): where a state abbreviation names a state. */
  afterComma: boolean;
}

// Not "to": people are talked to, written to and compared to far more often than travelled to.
const PLACE_PREPOSITIONS = new Set(["in", "from", "near", "outside", "across", "into", "toward", "towards", "around", "through", "via"]);
const PLACE_NOUNS = new Set(["city", "town", "village", "region", "province", "capital", "port", "suburb", "oblast"]);
/**
 * Lowercase nouns right before a name that make it an organisation ("el partido Morena", "die Partei X" is
 * capitalised and not needed). Not English: "the party Trump hosted", "the firm Jones runs" name people.
 */
const ORG_NOUNS = new Set([
  "partido", "parti", "partito", "empresa", "entreprise", "azienda", "diario", "periódico", "periodico", "giornale",
  "jornal", "agencia", "agence", "agenzia", "grupo", "groupe", "gruppo", "sindicato", "syndicat", "sindacato",
]);

/** Articles and prepositions of the languages we read that may stand before a noun. */
const ARTICLES = new Set(["le", "la", "les", "l", "el", "los", "las", "der", "die", "das", "il", "lo", "gli", "o", "os", "as", "het", "de", "du", "des", "au", "aux", "al", "del", "a", "an", "the"]);
const bare = (t: Token): string => t.bare;
const isHead = (t: Token | undefined, heads: ReadonlySet<string>): boolean => t !== undefined && heads.has(bare(t));
const wordClass = (tokens: readonly Token[]): WordClass | null => classifyWord(fold(tokens.map((t) => t.text).join(" ")));

/** Split a paragraph's tokens into capitalised spans (connectors allowed between capitals) and clean each. */
export function findCandidates(tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.isWord || !t.cap) continue;
    let j = i + 1;
    if (!t.possessive) {
      while (j < tokens.length) {
        const n = tokens[j]!;
        if (n.isWord && n.cap && !n.sentenceStart) { j++; if (n.possessive) break; continue; }
        // Connectors may chain ("von der Leyen") but must lead to another capitalised word, never to a date
        // ("the Senate on Tuesday"). "and" joins only inside an institution's name ("Department of Health and
        // Human Services").
        let k = j;
        while (k < tokens.length && tokens[k]!.isWord && k - j < 2 && (CONNECTORS.has(tokens[k]!.lower) ||
          (tokens[k]!.lower === "and" && (institutionSoFar(tokens, i, j) || (headedAhead(tokens, k + 1) && unnamed(tokens.slice(i, j))))) ||
          // "International Committee of the Red Cross": "of the" inside an institution's name.
          (tokens[k]!.lower === "the" && k === j + 1 && tokens[j]!.lower === "of" && isHead(tokens[j - 1], ORG_HEADS)))) k++;
        const next = tokens[k];
        if (k > j && next?.isWord && next.cap && !next.sentenceStart && classifyWord(bare(next)) !== "calendar") { j = k; continue; }
        break;
      }
    }
    clean(tokens, i, j, out);
    i = j - 1;
  }
  return out;
}

/** "Department of Health…": an organisation head word followed by "of", "for" or "on" inside tokens[from, to). */
function institutionSoFar(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to - 1; k++) {
    const l = tokens[k]!.lower;
    if ((l === "of" || l === "for" || l === "on") && isHead(tokens[k - 1], ORG_HEADS)) return true;
  }
  return false;
}

/** "Arms Control and Disarmament Agency": the capitalised run after "and" ends in an organisation's head word. */
function headedAhead(tokens: readonly Token[], from: number): boolean {
  let k = from;
  // A possessive ends the run but belongs to it ("… and Trademark Office’s").
  while (k < tokens.length && tokens[k]!.isWord && tokens[k]!.cap && !tokens[k]!.sentenceStart) if (tokens[k++]!.possessive) break;
  return k > from && k - from <= 3 && isHead(tokens[k - 1], ORG_HEADS);
}

/** Not a name on its own (no head word, not listed): "Arms Control" may continue, "European Union" may not. */
function unnamed(left: readonly Token[]): boolean {
  const c = wordClass(left);
  return c !== "place" && c !== "organization" && !isHead(left[left.length - 1], ORG_HEADS) && !isHead(left[left.length - 1], GEO_HEADS);
}

function clean(all: readonly Token[], from: number, to: number, out: Candidate[], inheritedPersonCue = false): void {
  let s = from;
  let personCue = inheritedPersonCue;
  // Sentence-initial and heading words ("However", "In", "The") are not part of a name.
  // Lexicon words ("White", "Black") stay when the span is a known or headed name ("White House", "Black Sea").
  const headed = isHead(all[to - 1], ORG_HEADS) || isHead(all[to - 1], GEO_HEADS);
  // "Le Service", "Au Service", "The Commission": an article or preposition before a bare head word is no name.
  if (to - from === 2 && headed && ARTICLES.has(bare(all[from]!))) return;
  while (s < to) {
    const w = bare(all[s]!);
    const c = classifyWord(w);
    if (HONORIFICS.has(w) || titleLength(all, s, to) > 0 || (c !== "common" && c !== "calendar")) break;
    const initialNext = s + 1 < to && /^\p{Lu}\.$/u.test(all[s + 1]!.text); // "Avril D. Haines"
    // "Running for Senate": a sentence's first word, a common word, followed by a connector, is not the name's.
    const verbFirst = all[s]!.sentenceStart && c === "common" && s + 1 < to && CONNECTORS.has(all[s + 1]!.lower) && !isHead(all[s], ORG_HEADS) && !isHead(all[s], GEO_HEADS);
    if (verbFirst) { s += 2; continue; }
    if (COMMON_WORDS.has(w) || (all[s]!.sentenceStart && !headed && !initialNext && wordClass(all.slice(s, to)) === null)) s++;
    else break;
  }
  // Titles: "Mr.", "President", "Russian President", "Secretary of State", "Lt. Gen." — dropped, and they mark a person.
  for (let changed = true; changed && s < to; ) {
    changed = false;
    const k = titleLength(all, s, to);
    if (k > 0) { s += k; personCue = true; changed = true; continue; }
    const c = classifyWord(bare(all[s]!));
    if ((c === "demonym" || c === "place" || PLACE_ALIASES.has(bare(all[s]!))) && titleLength(all, s + 1, to) > 0) { s++; changed = true; }
  }
  if (s >= to) return;
  // "X of Y": one institution ("Bank of England", "Council on Foreign Relations") or a person and a place.
  const orgNamed = !personCue && isHead(all[to - 1], ORG_HEADS); // "Alternative for Germany Party"
  for (let i = s + 1; i < to - 1 && !orgNamed; i++) {
    const c = all[i]!;
    const l = c.lower;
    if (l !== "of" && l !== "on" && l !== "for") continue;
    const keep = !personCue && (isHead(all[i - 1], ORG_HEADS) || isHead(all[i - 1], GEO_HEADS) || wordClass(all.slice(s, to)) !== null);
    if (keep) continue;
    clean(all, s, i, out, personCue);
    clean(all, i + 1, to, out);
    return;
  }
  // The name is all[first, end): trimmed at both ends below.
  let first = s;
  let end = to;
  // Trailing connectors and dates are not part of a name ("NATO on", "Congress Wednesday").
  while (end > first && (CONNECTORS.has(all[end - 1]!.lower) || all[end - 1]!.lower === "and" || (end - first > 1 && classifyWord(bare(all[end - 1]!)) === "calendar"))) end--;
  if (end === first) return;
  const whole = wordClass(all.slice(first, end));
  const last = all[end - 1]!;
  // Nationality adjectives stay only inside a longer proper name ("European Union", "Crimean Peninsula").
  if (classifyWord(bare(all[first]!)) === "demonym" && whole === null && !isHead(last, ORG_HEADS) && !isHead(last, GEO_HEADS)) {
    while (first < end && classifyWord(bare(all[first]!)) === "demonym") first++;
    if (first === end) return;
  }
  const toks = all.slice(first, end);
  if (toks.length === 1 && !personCue) {
    const c = classifyWord(bare(toks[0]!));
    if (c === "common" || c === "calendar" || c === "demonym") return;
    // A bare institution or landform word ("Court", "Assembly", "Sea") is a common noun, not a name.
    if (c === null && (isHead(toks[0], ORG_HEADS) || isHead(toks[0], GEO_HEADS))) return;
    // "Chinese-Russian", "Soviet-style": adjectives, not names.
    const text = toks[0]!.text;
    if (text.includes("-") ? text.split("-").some((part) => classifyWord(fold(part)) === "demonym") : classifyWord(fold(text)) === "demonym") return;
  }
  if (toks.every((t) => classifyWord(bare(t)) === "calendar")) return;
  if (website(all, end)) return;
  // "el partido Morena": a lowercase organisation noun right before the name says what it is.
  const before = all[first - 1];
  const orgCue = !personCue && before !== undefined && before.isWord && !before.cap && ORG_NOUNS.has(before.lower);
  const guess = orgCue ? { kind: "organization" as const, evidence: "org-cue" as const } : guessKind(toks, personCue);
  const role = !personCue && appositive(all, first, end);
  out.push({ tokens: toks, kind: guess.kind, evidence: guess.evidence, personCue: personCue || role, placeCue: placeCue(all, first, end), afterComma: all[first - 1]?.text === "," && all[first - 2]?.cap === true });
}

/** Length of a title phrase at `s` that a name follows (0 when none). */
function titleLength(all: readonly Token[], s: number, to: number): number {
  let best = 0;
  for (let k = s; k < to; k++) {
    const w = bare(all[k]!);
    if (!TITLE_WORDS.has(w) && !HONORIFICS.has(w)) break;
    if (TITLE_HEADS.has(w) || HONORIFICS.has(w)) best = k - s + 1;
  }
  if (best === 0 || s + best >= to) return 0;
  // A title must be followed by a name, not by an institution ("State Department", "Security Council").
  const rest = all.slice(s + best, to);
  if (CONNECTORS.has(rest[0]!.lower) || isHead(rest[rest.length - 1], ORG_HEADS)) return 0;
  return best;
}

/** The first guess of a span's kind and the evidence it rests on (see types.ts for the codes). */
function guessKind(toks: readonly Token[], personCue: boolean): { kind: EntityKind | null; evidence: Evidence | null } {
  const is = (kind: EntityKind, evidence: Evidence) => ({ kind, evidence });
  if (personCue) return is("person", "title");
  // A word of two or three letters in mixed case ("Un", "Gb") is no acronym: only a cue or a full name can make it one.
  if (toks.length === 1 && toks[0]!.text.length <= 3 && /\p{Ll}/u.test(toks[0]!.text)) return NONE;
  const text = toks.map((t) => t.text).join(" ");
  const key = fold(text);
  if (PLACE_ALIASES.has(key)) return is("place", "gazetteer");
  if (ORG_ACRONYMS.has(text) || (text.includes(".") && ORG_ACRONYMS.has(text.replace(/\./g, "")))) return is("organization", "known-acronym");
  if (ORG_ALIASES.has(key)) return is("organization", "gazetteer");
  const whole = classifyWord(key);
  if (whole === "place") return is("place", "gazetteer");
  if (whole === "organization") return is("organization", "gazetteer");
  if (toks.length === 1 && /^(?:\p{Lu}\.?){2,6}$/u.test(text) && /\p{Lu}{2}|\./u.test(text)) return is("organization", "acronym");
  if (US_STATES.has(key)) return is("place", "gazetteer");
  const city = cityByName(key);
  if (toks.length === 1) return whole === null && city >= CITY_WITHOUT_CUE ? is("place", "city") : NONE;
  const last = toks[toks.length - 1]!;
  if (isHead(last, ORG_HEADS)) return is("organization", "org-suffix");
  if (isHead(last, GEO_HEADS)) return is("place", "place-suffix");
  // "Council on Foreign Relations", "Gulf of Mexico": the head word comes before the connector.
  const joint = toks.findIndex((t, i) => i > 0 && (t.lower === "of" || t.lower === "on" || t.lower === "for"));
  if (joint > 0 && isHead(toks[joint - 1], ORG_HEADS)) return is("organization", "org-suffix");
  if (joint > 0 && isHead(toks[joint - 1], GEO_HEADS)) return is("place", "place-suffix");
  if (city >= CITY_WITHOUT_CUE / 10) return is("place", "city");
  const firstClass = classifyWord(bare(toks[0]!));
  const hasInitial = toks.slice(1, -1).some((t) => /^\p{Lu}\.$/u.test(t.text));
  if (toks.length <= 4 && hasInitial) return is("person", "initial");
  if (toks.length <= 4 && firstClass === "first-name") return is("person", "first-name");
  if (toks.length <= 4 && classifyWord(bare(last)) === "last-name") return is("person", "surname");
  return NONE;
}

const NONE = { kind: null, evidence: null } as const;

/** "the foreign minister, X" / "X, a spokesman" / "X, who": an appositive naming someone's role. */
function appositive(all: readonly Token[], first: number, end: number): boolean {
  const p1 = all[first - 1], p2 = all[first - 2];
  if (p1?.text === "," && p2?.isWord && !p2.cap && ROLE_NOUNS.has(p2.lower)) return true;
  if (p1?.isWord && !p1.cap && ROLE_NOUNS.has(p1.lower) && p1.lower !== "who") return true;
  if (all[end]?.text === ",") {
    for (let k = end + 1; k < Math.min(end + 6, all.length); k++) {
      const w = all[k]!;
      if (!w.isWord || w.cap) break;
      if (ROLE_NOUNS.has(w.lower)) return true;
    }
  }
  return false;
}

function placeCue(all: readonly Token[], first: number, end: number): Evidence | null {
  const p1 = all[first - 1], p2 = all[first - 2];
  if (all[first]!.possessive || all[end - 1]!.possessive) return null;
  const n1 = all[end], n2 = all[end + 1];
  if (n1?.text === "," && n2 !== undefined && n2.cap && classifyWord(bare(n2)) === "place") return "comma-place";
  if (p1?.isWord && PLACE_PREPOSITIONS.has(p1.lower)) return "place-cue";
  if (p1?.lower === "of" && p2 && PLACE_NOUNS.has(p2.lower)) return "place-cue";
  return null;
}

const DOMAINS = new Set(["com", "org", "net", "gov", "edu", "io", "co", "uk", "de", "fr", "es", "it", "info", "news", "tv", "ru", "ua", "ca", "au", "in"]);

/** "Politico.com", "Example.co.uk": a website's name, not an organisation or a place. */
function website(all: readonly Token[], end: number): boolean {
  const dot = all[end], next = all[end + 1];
  return dot?.text === "." && next !== undefined && next.isWord && !next.cap && dot.end === next.start && all[end - 1]!.end === dot.start && DOMAINS.has(next.lower);
}
