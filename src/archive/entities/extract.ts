// extractMentions: one linear pass per paragraph, then one pass over the article's candidates to settle
// what single words and unknown spans are (a surname of a full name used here, a cued person, a place).
import type { ParsedArticle } from "../../model/index.ts";
import { CITY_WITH_CUE, cityByName, NOT_ACRONYMS, NOT_ENTITIES, ORG_ALIASES, PLACE_ALIASES, STATE_ABBREVIATIONS, US_STATE_CODES } from "./gazetteer.ts";
import { classifyWord } from "./lexicon.ts";
import { fold, fullness, middlesCompatible, parsePersonName, properCase } from "./names.ts";
import { findCandidates, type Candidate } from "./spans.ts";
import { COMMON_WORDS } from "./stoplists.ts";
import { tokenize } from "./tokenize.ts";
import type { EntityKind, Evidence, Mention } from "./types.ts";

interface Found extends Candidate { paragraph: number; name: string }

/**
 * How much of one article's body the scanner reads. Real articles are a few dozen kilobytes;
 * a megabyte-long scraped line of repeated names would otherwise cost seconds for no new entity.
 */
const MAX_SCANNED_CHARS = 100_000;

/** Mentions of people, places and organisations in one article's body. Pure: depends on the body only. */
export function extractMentions(article: ParsedArticle): Mention[] {
  const found: Found[] = [];
  let budget = MAX_SCANNED_CHARS;
  article.body.forEach((full, paragraph) => {
    if (budget <= 0) return;
    const text = full.length > budget ? full.slice(0, budget) : full;
    budget -= text.length;
    for (const c of findCandidates(tokenize(text))) {
      const f = c as Found;
      f.paragraph = paragraph;
      f.name = c.tokens.length === 1 ? c.tokens[0]!.text : c.tokens.map((t) => t.text).join(" ");
      found.push(f);
    }
  });

  // Evidence gathered over the whole article.
  const cuedWords = new Set<string>(); // single words with a title or honorific ("Mr. Xi")
  const placeWords = new Map<string, Evidence>(); // single words after "in", "city of", before ", Ukraine"
  for (const f of found) {
    if (f.tokens.length !== 1) continue;
    const key = fold(f.name);
    if (f.personCue) cuedWords.add(key);
    // "in X" and a town of that name: a place; a village of a few hundred or thousand people named like a
    // programming language or a product ("in Elixir", "in Scala") is not enough.
    else if (f.placeCue && placeWords.get(key) !== "comma-place") placeWords.set(key, f.placeCue === "place-cue" && cityByName(key) >= CITY_WITH_CUE ? "city" : f.placeCue);
  }
  // Unknown multi-word spans are people when one of their words is a cued surname ("Mr. Li" → "Li Wei").
  for (const f of found) {
    if (f.kind === null && f.tokens.length > 1 && f.tokens.length <= 4 && f.tokens.some((t) => cuedWords.has(fold(t.text)))) { f.kind = "person"; f.evidence = "title"; }
  }
  const people = new FullNames();
  for (const f of found) if (f.kind === "person" && f.tokens.length > 1) people.add(f.name);

  const out: Mention[] = [];
  for (const f of found) {
    let kind = f.kind;
    let name = f.name;
    let evidence = f.evidence;
    if (f.tokens.length === 1) {
      const key = fold(name);
      const full = kind === null || kind === "person" ? people.bySurname(key) : null;
      const state = kind !== "person" ? stateAfterComma(f) : null;
      if (full) { kind = "person"; name = full; evidence = evidence ?? "full-name"; }
      else if (state) { kind = "place"; name = state; evidence = "gazetteer"; }
      else if (kind === null && cuedWords.has(key)) { kind = "person"; evidence = "title"; }
      else if (kind === null && placeWords.has(key)) { kind = "place"; evidence = placeWords.get(key)!; }
    } else if (kind === "person") {
      name = people.canonical(name);
    }
    if (kind === null || notAnEntity(name, f)) continue;
    const first = f.tokens[0]!, last = f.tokens[f.tokens.length - 1]!;
    const text = article.body[f.paragraph]!.slice(first.start, last.end);
    out.push({ text, kind, paragraph: f.paragraph, start: first.start, name: kind === "person" ? name : placeName(name, kind), evidence: evidence ?? "title" });
  }
  return out;
}

/** Common words, software, products, diseases, works and plain-language acronyms listed in data/evidence.json. */
function notAnEntity(name: string, f: Found): boolean {
  const text = f.tokens.length === 1 ? f.tokens[0]!.text : name;
  // "I", "I’ve" after a title-like word: a pronoun, not a name.
  if (f.tokens.length === 1 && (COMMON_WORDS.has(fold(text)) || /['’](?:ve|ll|re|d|m)$/iu.test(text) || text.length < 2)) return true;
  return NOT_ACRONYMS.has(text) || NOT_ENTITIES.has(fold(name)) || NOT_ENTITIES.has(fold(text));
}

/** "Dover, Del.": a state abbreviation right after a place and a comma. */
function stateAfterComma(f: Found): string | null {
  const t = f.tokens[0]!;
  const state = STATE_ABBREVIATIONS.get(fold(t.text)) ?? STATE_ABBREVIATIONS.get(t.bare) ?? US_STATE_CODES.get(t.text);
  return state && f.afterComma ? state : null;
}

/** "U.S." → "United States", "E.U." → "European Union", "LONDON" → "London"; other organisations keep their spelling ("NATO"). */
function placeName(name: string, kind: EntityKind): string {
  const alias = PLACE_ALIASES.get(fold(name)) ?? ORG_ALIASES.get(fold(name));
  if (alias) return alias;
  if (kind === "place" && name.length > 4 && !/\p{Ll}/u.test(name)) return properCase(name);
  return name;
}

/** The full person names of one article, by surname and (for family-name-first names) by first word. */
class FullNames {
  private byKey = new Map<string, string[]>(); // "first|last" → spellings (may hold conflicting initials)
  private byLast = new Map<string, Set<string>>();
  private byFirst = new Map<string, Set<string>>();

  add(name: string): void {
    const p = parsePersonName(name);
    if (p.words < 2) return;
    const key = `${p.first}|${p.last}|${p.suffix}`;
    const list = this.byKey.get(key) ?? [];
    if (!list.includes(name)) list.push(name);
    this.byKey.set(key, list);
    push(this.byLast, p.last, key);
    if (p.words === 2) push(this.byFirst, p.first, key);
  }

  /** The fullest spelling of the same person used in this article ("Jane Doe" → "Jane Q. Doe"). */
  canonical(name: string): string {
    const p = parsePersonName(name);
    const same = (this.byKey.get(`${p.first}|${p.last}|${p.suffix}`) ?? []).filter((n) => middlesCompatible(parsePersonName(n).middles, p.middles));
    return same.sort((a, b) => fullness(b) - fullness(a) || (a < b ? -1 : 1))[0] ?? name;
  }

  /** The one full name with this surname, or null when none or several. */
  bySurname(word: string): string | null {
    // A lone first name ("Jane") is not a surname; family-name-first names ("Li Wei") are matched on their first word.
    let keys = this.byLast.get(word) ?? (classifyWord(word) === "first-name" ? undefined : this.byFirst.get(word));
    // "Trump" beside "Donald Trump" and "Donald Trump Jr.": the one without a suffix.
    if (keys && keys.size > 1) keys = new Set([...keys].filter((k) => k.endsWith("|")));
    if (!keys || keys.size !== 1) return null;
    const list = this.byKey.get([...keys][0]!) ?? [];
    const best = this.canonical(list[0] ?? "");
    // Conflicting initials ("John A. Smith", "John B. Smith"): the surname alone is ambiguous.
    return list.every((n) => this.canonical(n) === best) ? best : null;
  }
}

function push(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}
