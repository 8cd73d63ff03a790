// One identity, one key: the other names of a place or an organisation (acronyms, nicknames, other languages,
// "Department of State" / "State Department") fold to the key of the name they stand for.
import { ORG_ACRONYMS, ORG_ALIASES, PLACE_ALIASES } from "./gazetteer.ts";
import { fold } from "./names.ts";

const HEAD_FIRST = /^(department|ministry|office|bureau|agency|ministerium|ministere|ministerio|ministero) (?:of|for) (?:the )?(.+)$/;

/** The key every name of one place or organisation shares. */
export function identityKey(name: string): string {
  const acronym = ORG_ACRONYMS.get(name) ?? ORG_ACRONYMS.get(name.replace(/^the /i, "")) ?? (name.includes(".") ? ORG_ACRONYMS.get(name.replace(/\./g, "")) : undefined);
  let key = fold(acronym ?? name);
  if (key.startsWith("the ")) key = key.slice(4);
  const alias = PLACE_ALIASES.get(key) ?? ORG_ALIASES.get(key);
  if (alias) key = fold(alias);
  // "Department of Homeland Security" and "Homeland Security Department" are one department.
  const m = HEAD_FIRST.exec(key);
  if (m) key = `${m[2]} ${m[1]}`;
  // "Health and Human Services" is the department's name without "Department".
  if (key.endsWith(" department") && key.indexOf(" ") < key.length - 11) key = key.slice(0, -11);
  // "NBC News" is NBC's newsroom; "ExxonMobil" and "Exxon Mobil" are one company.
  const outlet = / news$/.test(key) ? ORG_ACRONYMS.get(name.replace(/ News$/, "")) : undefined;
  if (outlet) key = fold(outlet);
  return key.replace(/[\s-]+/g, "");
}

/** "FBI", "U.N.", "AfD": a name written as an acronym (two to six capitals, dots and "&" allowed). */
export function isAcronym(name: string): boolean {
  const letters = name.replace(/[.&]/g, "");
  return letters.length >= 2 && letters.length <= 6 && /^\p{Lu}[\p{Lu}\p{Ll}]*$/u.test(letters) && (letters.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

const SMALL = new Set(["of", "the", "and", "for", "on", "in", "at", "to", "de", "du", "des", "la", "le", "el", "del", "der", "die", "das", "für", "fur", "&"]);

/** The capitals an acronym of this name would have ("Federal Bureau of Investigation" → "FBI"); "" when too short. */
export function initialsOf(name: string): string {
  const words = name.split(/[\s-]+/).filter((w) => w && !SMALL.has(w.toLowerCase()));
  if (words.length < 2) return "";
  // A dotted acronym inside the name gives all its letters ("U.N. Security Council" → "UNSC").
  return words.map((w) => (/^(?:\p{Lu}\.){2,}$/u.test(w) ? w.replace(/\./g, "") : w.charAt(0).toUpperCase())).join("");
}
