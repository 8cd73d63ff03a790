// Top-of-story bylines: "By Jane Doe and John Roe", "By JANE DOE, Associated Press", "By Jane Doe in Kyiv | March 3, 2022",
// and the Guardian's bare "Jane Doe in Kyiv" under a headline (only trusted before the body starts).
import type { Byline } from "../model/index.ts";
import sources from "./rules/sources.json" with { type: "json" };
import { parseLocatedList } from "./credits.ts";

const NAMES: Record<string, string> = sources.names;
const TITLES = /\b(staff|senior|chief|special|writer|correspondent|reporter|editor|columnist|contributor|bureau|analyst|producer|special to|journalist|photographer|intern|engineer|developer|designer|manager|director|scientist|researcher|maintainer|lead|officer|redactor|redactora|periodista|corresponsal|korrespondent|korrespondentin|redakteur|redakteurin|journaliste|correspondant|correspondante|giornalista|corrispondente|jornalista|correspondente|verslaggever|correspondent)\b/i;
/** "example.com", "news.example.co.uk": a site named as the writer's affiliation. */
const SITE = /^(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|gov|edu|info|news|io|co|[a-z]{2})$/iu;
/** The last word of a publication's name ("The Example Gazette", "Example News"). */
const OUTLET_HEAD = /\b(?:Times|Post|Journal|News|Press|Tribune|Herald|Gazette|Chronicle|Telegraph|Guardian|Observer|Daily|Weekly|Magazine|Review|Report|Wire|Agency|Network|Radio|TV|Television|Media|Online|Today|Independent|Standard|Express|Mirror|Mail|Sun|Star|Globe|Courier|Bulletin|Record|Register|Dispatch|Inquirer|Examiner|Sentinel|Monitor|Insider|Reuters)$/u;
/** Byline prefixes in the languages we read. */
const PREFIX = /^(?:by|written by|words by|story by|text by|report by|reported by|por|escrito por|texto de|texto:|von|text von|par|texte de|di|de|door|av|af|przez|pelo|pela)[:\s]\s*(.+)$/i;

/** The names a byline line credits, a publication named beside them ("By Jane Doe, Associated Press"), and the parts after a "|". */
export interface TopByline {
  bylines: Byline[];
  source: string | null;
  /** Parts after a "|" that may carry a date. */
  rest: string[];
}

function parseNames(s: string): TopByline | null {
  const [head, ...rest] = s.split(/\s+[|·•]\s+/);
  let names = (head ?? "").trim().replace(/(?<!\b(?:Jr|Sr|\p{Lu}))\.$/u, "");
  let source: string | null = null;
  let title: string | undefined;
  let affiliation: string | undefined;
  names = names.replace(/\s+(?:and|with) agencies$/i, "");
  // "Jane Doe (Reuters)": an affiliation in brackets.
  const bracket = /^(.+?)\s*\(([^()]{2,60})\)$/.exec(names);
  if (bracket && !TITLES.test(bracket[2]!)) { names = bracket[1]!; affiliation = bracket[2]!.trim(); source = NAMES[affiliation.toLowerCase()] ?? null; }
  // Trailing ", Associated Press" / ", Staff Writer" / ", example.com": an affiliation or a title, not a person.
  for (let i = 0; i < 3; i++) {
    const comma = names.lastIndexOf(", ");
    if (comma < 0) break;
    const tail = names.slice(comma + 2).trim();
    const known = NAMES[tail.toLowerCase()];
    if (known) { source = known; affiliation ??= known; }
    else if (TITLES.test(tail)) title ??= tail;
    else if (SITE.test(tail) || OUTLET_HEAD.test(tail)) affiliation ??= tail;
    else break;
    names = names.slice(0, comma);
  }
  let bylines = parseLocatedList(names, "author") ?? accountsOrGroup(names);
  if (!bylines) {
    // "By Jane Doe, Canadian Digital Service": an organisation named after the people, in title case.
    const comma = names.lastIndexOf(", ");
    const tail = comma > 0 ? names.slice(comma + 2).trim() : "";
    const head = names.slice(0, comma);
    const people = tail && properPhrase(tail) ? parseLocatedList(head, "author") ?? accountsOrGroup(head) : null;
    if (people) { bylines = people; affiliation ??= tail; }
  }
  if (!bylines || bylines.length === 0) return null;
  // One title or affiliation after a list of names belongs to each of them.
  for (const b of bylines) {
    if (title) b.title ??= title;
    if (affiliation) b.affiliation ??= affiliation;
  }
  return { bylines, source, rest };
}

const CONNECTORS = new Set(["of", "for", "and", "&", "the", "de", "du", "des", "der", "die", "das", "del", "la", "le", "el", "da", "do", "di", "y", "et", "und", "e"]);

/** "Canadian Digital Service", "Ministry of Health": up to six words, each capitalised or a connector. */
function properPhrase(s: string): boolean {
  const words = s.split(/\s+/);
  return words.length <= 6 && /^\p{Lu}/u.test(s) && words.every((w) => CONNECTORS.has(w.toLowerCase()) || /^[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*$/u.test(w));
}

const ROLE_ACCOUNTS = new Set(["admin", "administrator", "editor", "editors", "staff", "guest", "user", "webmaster", "root", "team", "anonymous", "unknown", "author", "redaktion", "rédaction", "redacción", "redazione", "redação", "now", "contrast", "design", "default", "far", "then", "way"]);

/**
 * Names that are not personal names but are who signed: account names blogs sign with ("robacarp",
 * "ckerr and georgexu99") and a group ("The Nim Community", "Editorial Board"), or null.
 */
function accountsOrGroup(names: string): Byline[] | null {
  const t = names.trim();
  if (/^(?:the\s+)?(?:\p{Lu}[\p{L}\p{N}.'’-]*\s+){1,4}(?:team|community|staff|desk|editors|editorial board|newsroom|core team|project|foundation|working group|collective)$/iu.test(t) && /^\p{Lu}/u.test(t))
    return [{ name: t, role: "author", location: null }];
  const parts = t.split(/\s*,\s*(?:(?:and|y|und|et|e)\s+)?|\s+(?:and|&|y|und|et|e)\s+/).filter(Boolean);
  // An account name is one lower-case token ("robacarp", "dawidd6"); a CMS's role account names nobody.
  const account = (h: string) => /^\p{Ll}[\p{Ll}\p{N}_.-]{2,29}$/u.test(h) && !ROLE_ACCOUNTS.has(h);
  return parts.length > 0 && parts.length <= 8 && parts.every(account) ? parts.map((name) => ({ name, role: "author", location: null })) : null;
}

/** A byline line that opens with "By", "Por", "Von"… read into bylines; null when it does not open so, is over 300 characters or names nobody. */
export function parseTopByline(text: string): TopByline | null {
  if (text.length > 300) return null;
  const m = PREFIX.exec(text.trim());
  if (!m) return null;
  return parseNames(m[1]!);
}

/** "Jane Doe in Kyiv" / "Jane Doe and John Roe": a byline only where the caller expects one (right under a headline). */
export function parseBareByline(text: string): TopByline | null {
  const t = text.trim();
  if (t.length > 160 || /[.!?:]$/.test(t) && !/\b\p{Lu}\.$/u.test(t)) return null;
  return parseNames(t);
}
