// Person names in bylines and credit lines: what counts as a name, how a list of names splits,
// and how an ALL-CAPS wire byline is shown. Diacritics, hyphens, apostrophes and initials are kept.

const PARTICLES = new Set(["de", "da", "del", "della", "der", "den", "di", "du", "dos", "das", "van", "von", "bin", "ibn", "al", "el", "le", "la", "y", "ter", "ten", "st."]);
const NOT_NAME_WORDS = new Set([
  "The", "A", "An", "This", "That", "These", "Those", "He", "She", "They", "We", "It", "His", "Her", "Their", "Our",
  "In", "On", "At", "For", "From", "With", "And", "But", "Or", "Of", "To", "By", "As", "After", "Before", "Reporting",
  "Editing", "Writing", "Staff", "Contributed", "Research", "News", "Press", "Associated", "Agencies", "Reuters", "Times",
  "Mr.", "Mrs.", "Ms.", "Dr.", "President", "Minister", "Prime", "Secretary", "General", "Officials", "Monday", "Tuesday",
  "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
  "August", "September", "October", "November", "December", "Leave", "Reply", "Comment", "Sign", "Share", "Save",
  // Desks, press-release headings and CMS accounts: a line of these is not a person.
  "Release", "Immediate", "Media", "Contact", "Office", "Desk", "Team", "Editorial", "Board", "Newsroom", "Redacción",
  "Redaccion", "Redaktion", "Rédaction", "Redazione", "Redação", "Redactie", "Agencia", "Agencias", "Agenturen", "Admin",
  "Administrator", "Guest", "Author", "Editor", "Editors", "Wire", "Services", "Department", "Ministry", "Government",
  "University", "Company", "Inc.", "Ltd.", "Daily", "Weekly", "Online", "Digital", "Updated", "Published", "Posted", "Page",
]);

const TOKEN = /^(\p{Lu}\.(\p{Lu}\.)*|\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lu}[\p{L}\p{M}]*(-\p{Lu}[\p{L}\p{M}]*)*,? ?(Jr\.|Sr\.|II|III|IV)?|O’\p{Lu}\p{L}*|O'\p{Lu}\p{L}*)$/u;

/** A person's name: 2–6 capitalised tokens (particles allowed inside), at least one not an initial. */
export function isPersonName(raw: string): boolean {
  const name = raw.trim();
  if (name.length < 3 || name.length > 60) return false;
  const tokens = name.split(" ");
  if (tokens.length < 2 || tokens.length > 6) return false;
  let full = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (i > 0 && i < tokens.length - 1 && PARTICLES.has(t.toLowerCase())) continue;
    if ((t === "Jr." || t === "Sr." || t === "II" || t === "III") && i === tokens.length - 1) continue;
    if (!TOKEN.test(t)) return false;
    if (NOT_NAME_WORDS.has(t)) return false;
    if (!/^\p{Lu}\.$/u.test(t)) full++;
  }
  return full >= 1 && !/^\p{Lu}\.$/u.test(tokens[tokens.length - 1]!);
}

/** A credited person as written: the name, and what stood around it that is not the name. */
export interface PersonCredit { name: string; title?: string; affiliation?: string }

/** "A, B and C" / "A and B" / "A & B" → ["A", "B", "C"]; null when any part is not a name. */
export function splitNames(raw: string): string[] | null {
  return splitPeople(raw)?.map((p) => p.name) ?? null;
}

/** Like splitNames, keeping an outlet's possessive ("CNN's Jane Doe") as the person's affiliation. */
export function splitPeople(raw: string): PersonCredit[] | null {
  const s = raw.trim().replace(/^and\s+/i, "").replace(/(?<!\b(?:Jr|Sr|\p{Lu}))[,;.]+$/u, "").replace(/[,;]+$/, "").trim();
  if (!s) return null;
  const parts = s.split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s+&\s+/).map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) return null;
  const out: PersonCredit[] = [];
  for (const p of parts) {
    const one = person(p);
    if (one) { out.push(one); continue; }
    // "Maria Silva e João Souza", "Anna Roth und Ben Sauer": "and" in another language, only when both sides are names
    // (so "José Ortega y Gasset" stays one person).
    const more = p.split(/\s+(?:y|e|und|et|en|og|och)\s+/).map(person);
    if (more.length < 2 || more.some((x) => x === null)) return null;
    out.push(...(more as PersonCredit[]));
  }
  return out;
}

function person(raw: string): PersonCredit | null {
  const { rest, affiliation } = peelOutlet(raw);
  const name = displayName(rest);
  if (!isPersonName(name)) return null;
  return affiliation ? { name, affiliation } : { name };
}

/** "CNN's Jane Doe", "The Post’s Jane Doe": the outlet before a possessive is an affiliation, not part of the name. */
export function peelOutlet(raw: string): { rest: string; affiliation?: string } {
  const m = /^((?:The\s+)?\p{Lu}[\p{L}\p{N}.&-]*(?:\s+\p{Lu}[\p{L}\p{N}.&-]*){0,3})['’]s?\s+(\p{Lu}.*)$/u.exec(raw.trim());
  if (!m || !isPersonName(displayName(m[2]!))) return { rest: raw.trim() };
  return { rest: m[2]!, affiliation: m[1]! };
}

/** ALL-CAPS wire names become title case ("JANE DOE-ROE" → "Jane Doe-Roe"); mixed case is kept as written. */
export function displayName(raw: string): string {
  const s = raw.trim().replace(/\s+/g, " ");
  if (/\p{Ll}/u.test(s)) return s;
  return s
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{Ll})/gu, (_m, pre: string, ch: string) => pre + ch.toUpperCase())
    .replace(/\bMc(\p{Ll})/gu, (_m, ch: string) => "Mc" + ch.toUpperCase());
}
