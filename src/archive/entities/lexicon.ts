// One cheap question per word: what is this, as far as shipped lists and compromise's lexicon know?
// We only read compromise's word → tag table (a hash lookup); its full parser is far too slow for 10,000 articles.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { COUNTRIES, DEMONYMS, FUNCTION_WORDS, ORGANIZATIONS, PLACES } from "./gazetteer.ts";
import { cachedPackageTable } from "./package-table.ts";
import { CALENDAR_WORDS, COMMON_WORDS } from "./stoplists.ts";

/** What one folded word is known as: shipped lists first, compromise's lexicon second (classifyWord answers null for a word neither knows). */
export type WordClass = "first-name" | "last-name" | "place" | "organization" | "demonym" | "calendar" | "common";

const PLACE_TAGS = new Set(["Country", "City", "Region", "Place"]);
const ORG_TAGS = new Set(["Organization", "SportsTeam", "Company"]);
const FIRST_TAGS = new Set(["FirstName", "MaleName", "FemaleName"]);
const PROPER_TAGS = new Set([...PLACE_TAGS, ...ORG_TAGS, ...FIRST_TAGS, "LastName", "Person", "ProperNoun", "Honorific", "Abbreviation"]);

const own = new Map<string, WordClass>();
for (const w of COMMON_WORDS) own.set(w, "common");
// Other languages' articles, prepositions and conjunctions: capitalised only at the start of a sentence.
for (const w of FUNCTION_WORDS) own.set(w, "common");
for (const w of CALENDAR_WORDS) own.set(w, "calendar");
for (const w of DEMONYMS) own.set(w, "demonym");
for (const w of [...COUNTRIES, ...PLACES]) own.set(w, "place");
for (const w of ORGANIZATIONS) own.set(w, "organization");

// Module cache (pure): a word's class is a pure function of the word (the shipped lists and lexicon are constant).
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
  return lexicon.get(key) ?? null;
}

function classOfTags(raw: string | string[]): WordClass | null {
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

/** compromise's lexicon reduced to our word classes, keyed also by this file, whose tag → class rules made it. */
function loadLexicon(): Map<string, WordClass> {
  const rules = createHash("sha1").update(readFileSync(fileURLToPath(import.meta.url))).digest("hex").slice(0, 12);
  return cachedPackageTable<WordClass>("compromise", "lexicon", rules, (load) => {
    const nlp = load("compromise") as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } };
    const table = new Map<string, WordClass>();
    for (const [word, tags] of Object.entries(nlp.world().model.one.lexicon)) {
      const c = classOfTags(tags);
      if (c) table.set(word, c);
    }
    return table;
  });
}

const lexicon = loadLexicon();
