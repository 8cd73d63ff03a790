// Whether a credited name is a person's name that deserves an author page. A byline that names a desk, a
// project, a blog, a job title or a phrase ("Rust Community", "Software Engineer", "New Year Resolutions")
// stays on its article as written, but it gets no author page: an author page is a person's.
import { ORG_HEADS } from "./entities/gazetteer.ts";
import { fold } from "./entities/names.ts";
import { TITLE_WORDS } from "./entities/stoplists.ts";

/** Last words of a credit that name a group or a publication, not a person. */
const GROUP_WORDS = new Set([
  "blog", "community", "team", "design", "staff", "desk", "editors", "editorial", "newsroom", "contributors", "admin",
  "webmaster", "release", "wire", "apps", "reports", "report", "writers", "reporters", "redaccion", "redaktion", "redaction",
]);
/** Job nouns: a credit ending in one is a title ("Software Engineer", "Chief Correspondent"), not a name. */
const JOB_WORDS = new Set([
  "engineer", "developer", "designer", "mechanic", "writer", "correspondent", "editor", "reporter", "manager", "director",
  "officer", "scientist", "analyst", "producer", "columnist", "contributor", "photographer", "intern", "lead", "maintainer",
  "evangelist", "advocate", "architect", "strategist", "specialist", "consultant", "coordinator", "researcher", "journalist",
  "periodista", "redactor", "redactora", "corresponsal", "redakteur", "redakteurin", "korrespondent", "korrespondentin",
  "journaliste", "correspondant", "correspondante", "giornalista", "corrispondente", "jornalista", "correspondente", "verslaggever",
]);

/** A person's name, as far as the words can tell (names the configuration lists are always accepted by the caller). */
export function isAuthorName(spelling: string): boolean {
  const words = spelling.split(/\s+/).filter(Boolean);
  if (words.length === 0 || /\d/.test(spelling) || /['’]s\b/u.test(spelling)) return false;
  const folded = words.map((w) => fold(w).replace(/[.,]$/, ""));
  if (folded[0] === "the") return false;
  const last = folded[folded.length - 1]!;
  if (words.length > 1 && (ORG_HEADS.has(last) || GROUP_WORDS.has(last) || JOB_WORDS.has(last))) return false;
  if (words.length === 1) return !GROUP_WORDS.has(last) && !JOB_WORDS.has(last) && !TITLE_WORDS.has(last);
  // "Staff Writer", "Senior Editor": only title words.
  return !folded.every((w) => TITLE_WORDS.has(w) || JOB_WORDS.has(w) || w === "staff");
}
