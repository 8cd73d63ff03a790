// One cheap question per word: what is this, as far as shipped lists and compromise's lexicon know?
// We only read compromise's word → tag table (a hash lookup); its full parser is far too slow for 10,000 articles.
import nlp from "compromise";
import { COUNTRIES, DEMONYMS, ORGANIZATIONS, PLACES } from "./gazetteer.ts";
import { CALENDAR_WORDS, COMMON_WORDS } from "./stoplists.ts";

export type WordClass = "first-name" | "last-name" | "place" | "organization" | "demonym" | "calendar" | "common";

const world = nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } };
const lexicon = world.model.one.lexicon;

const PLACE_TAGS = new Set(["Country", "City", "Region", "Place"]);
const ORG_TAGS = new Set(["Organization", "SportsTeam", "Company"]);
const FIRST_TAGS = new Set(["FirstName", "MaleName", "FemaleName"]);
const PROPER_TAGS = new Set([...PLACE_TAGS, ...ORG_TAGS, ...FIRST_TAGS, "LastName", "Person", "ProperNoun", "Honorific", "Abbreviation"]);

const own = new Map<string, WordClass>();
for (const w of COMMON_WORDS) own.set(w, "common");
for (const w of CALENDAR_WORDS) own.set(w, "calendar");
for (const w of DEMONYMS) own.set(w, "demonym");
for (const w of [...COUNTRIES, ...PLACES]) own.set(w, "place");
for (const w of ORGANIZATIONS) own.set(w, "organization");

const cache = new Map<string, WordClass | null>();

/** Classify a lowercase, diacritic-folded word or phrase; null when nothing is known about it. */
export function classifyWord(key: string): WordClass | null {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const result = own.get(key) ?? fromLexicon(key);
  cache.set(key, result);
  return result;
}

function fromLexicon(key: string): WordClass | null {
  const raw = lexicon[key];
  if (raw === undefined) return null;
  const tags = Array.isArray(raw) ? raw : [raw];
  if (tags.includes("Demonym")) return "demonym";
  if (tags.some((t) => PLACE_TAGS.has(t))) return "place";
  if (tags.some((t) => ORG_TAGS.has(t))) return "organization";
  if (tags.some((t) => FIRST_TAGS.has(t))) return "first-name";
  if (tags.includes("LastName") || tags.includes("Person")) return "last-name";
  if (tags.includes("WeekDay") || tags.includes("Month") || tags.includes("Date")) return "calendar";
  if (tags.some((t) => PROPER_TAGS.has(t))) return null;
  return "common";
}
