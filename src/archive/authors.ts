// Authors: one page per person however their name is written in credit lines.
import { slugify, type BylineRole, type ParsedArticle, type SiteConfig } from "../model/index.ts";
import { isAuthorName } from "./author-names.ts";
import { fold, fullness, middlesCompatible, parsePersonName, properCase } from "./entities/names.ts";

/** One byline crediting an author: the article, the byline's role and place, and the name exactly as the byline wrote it. */
export interface AuthorCredit { articleId: string; role: BylineRole; location: string | null; nameAsWritten: string }
/** An author page: a site-unique slug, the display name (the configured name, else the fullest spelling), every cleaned spelling seen, and the credits in article order. */
export interface Author { slug: string; name: string; variants: string[]; credits: AuthorCredit[] }
/** Every author page (sorted by slug) and, per article, the page each byline links to. */
export interface AuthorIndex {
  authors: Author[];
  /** per article id: the author slug of each byline, in byline order ("" for a credit with no author page) */
  slugsByArticle: Map<string, string[]>;
}

interface Group { configName: string | null; middles: string[]; variants: Set<string>; credits: AuthorCredit[] }

/** Byline prefixes in the languages we read ("By", "Por", "Von", "Par", "Di", "De", "Door"…). */
const PREFIX = /^\s*(?:by|written by|por|escrito por|von|par|di|de|door|av|af|przez|pelo|pela)[:\s]+(?=\p{Lu})/iu;
/** An outlet's possessive before the name ("CNN's Jane Doe", "The Post’s Jane Doe"). */
const OUTLET = /^(?:The\s+)?\p{Lu}[\p{L}\p{N}.&-]*(?:\s+\p{Lu}[\p{L}\p{N}.&-]*){0,3}['’]s?\s+(?=\p{Lu}\S*\s+\p{Lu})/u;
/** A title or an affiliation after a comma or a bar ("Jane Doe, Staff Writer", "Jane Doe | example.com"). */
const TAIL = /\s*(?:,|\||·|—|–)\s*(?:[^,|]*\b(?:staff|writer|correspondent|reporter|editor|columnist|contributor|journalist|engineer|developer|designer|manager|director|scientist|periodista|redakteur\w*|journaliste|giornalista|jornalista|verslaggever)\b[^,|]*|[\w.-]+\.(?:com|org|net|co\.uk|de|fr|es|it)|(?:the )?associated press|reuters|afp|ap)\s*$/iu;

/** "By JANE DOE," → "JANE DOE"; "Por Juan Pérez, Staff Writer" → "Juan Pérez": ingest peels these, but records vary. */
export function cleanByline(name: string): string {
  let s = name.replace(PREFIX, "").replace(/\s+/g, " ").replace(/[\s,;:]+$/u, "").trim();
  for (let i = 0; i < 2 && TAIL.test(s); i++) s = s.replace(TAIL, "").trim();
  s = s.replace(OUTLET, "");
  // A final period ends the credit line unless it closes an initial or "Jr.".
  return /(?:^|\s)(?:\p{L}|jr|sr)\.$/iu.test(s) ? s : s.replace(/\.$/u, "");
}

/** The last resolution, kept by whoever rebuilds: the index depends only on the articles' ids and bylines, in order, and the configured authors. */
export interface AuthorMemo {
  last: { ids: string[]; bylines: Array<ParsedArticle["bylines"]>; rules: SiteConfig["authors"]; index: AuthorIndex } | null;
}

/** Author pages; with a memo, the last index again when no id, order or byline changed since the last call (most edits). */
export function resolveAuthors(articles: readonly ParsedArticle[], config: SiteConfig, memo: AuthorMemo = { last: null }): AuthorIndex {
  let { last } = memo;
  if (!last || !sameBylines(last, articles, config.authors)) {
    last = memo.last = { ids: [], bylines: [], rules: config.authors, index: resolveFresh(articles, config) };
  }
  // Keep the newest objects, so the next comparison is by identity again.
  last.ids = articles.map((a) => a.id);
  last.bylines = articles.map((a) => a.bylines);
  return last.index;
}

function sameBylines(prev: NonNullable<AuthorMemo["last"]>, articles: readonly ParsedArticle[], rules: SiteConfig["authors"]): boolean {
  if (prev.rules !== rules || prev.ids.length !== articles.length) return false;
  return articles.every((a, i) => {
    const before = prev.bylines[i]!;
    return a.id === prev.ids[i] && (a.bylines === before || (a.bylines.length === before.length && a.bylines.every((b, k) => b.name === before[k]!.name && b.role === before[k]!.role && b.location === before[k]!.location)));
  });
}

function resolveFresh(articles: readonly ParsedArticle[], config: SiteConfig): AuthorIndex {
  // Config aliases force merges: every spelling they list points at one group.
  const configGroups = new Map<string, Group>();
  for (const entry of config.authors) {
    const group: Group = { configName: entry.name, middles: [], variants: new Set(), credits: [] };
    for (const n of [entry.name, ...entry.aliases]) if (!configGroups.has(fold(cleanByline(n)))) configGroups.set(fold(cleanByline(n)), group);
  }

  // Distinct spellings, fullest first, so that "Jane Q. Doe" founds the group that "Jane Doe" joins.
  const spellings = new Set<string>();
  for (const a of articles) for (const b of a.bylines) spellings.add(cleanByline(b.name));
  const forcedNames = new Set(configGroups.keys());
  // A desk, a blog, a job title is credited on its article but gets no author page.
  const ordered = [...spellings].filter((s) => s && (forcedNames.has(fold(s)) || isAuthorName(s))).sort((x, y) => {
    const d = parsePersonName(y).middles.length - parsePersonName(x).middles.length;
    return d !== 0 ? d : x < y ? -1 : x > y ? 1 : 0;
  });

  const groupOf = new Map<string, Group>(); // folded spelling → group
  const clusters = new Map<string, Group[]>(); // "first|last" → groups with that first name and surname
  for (const spelling of ordered) {
    const key = fold(spelling);
    const forced = configGroups.get(key);
    if (forced) { groupOf.set(key, forced); continue; }
    if (groupOf.has(key)) continue;
    const p = parsePersonName(spelling);
    const nameKey = `${p.first}|${p.last}`;
    const list = clusters.get(nameKey) ?? [];
    const compatible = list.filter((g) => g.configName === null && middlesCompatible(g.middles, p.middles));
    let group: Group;
    // Exactly one compatible identity: same person. None or several (ambiguous "John Smith"): a separate identity.
    if (compatible.length === 1 && !(p.middles.length === 0 && list.length > 1)) group = compatible[0]!;
    else {
      group = { configName: null, middles: p.middles, variants: new Set(), credits: [] };
      list.push(group);
      clusters.set(nameKey, list);
    }
    if (p.middles.length > group.middles.length) group.middles = p.middles;
    groupOf.set(key, group);
  }

  const slugsByArticleGroups = new Map<string, Array<Group | null>>();
  for (const a of articles) {
    const row: Array<Group | null> = [];
    for (const b of a.bylines) {
      const written = cleanByline(b.name);
      const group = groupOf.get(fold(written));
      // Kept in the row so that slugs stay aligned with the article's bylines ("" = no page).
      if (!group) { row.push(null); continue; }
      group.variants.add(written);
      group.credits.push({ articleId: a.id, role: b.role, location: b.location, nameAsWritten: b.name });
      row.push(group);
    }
    slugsByArticleGroups.set(a.id, row);
  }

  // Display names and unique slugs, in a deterministic order.
  const groups = [...new Set(groupOf.values())].filter((g) => g.credits.length > 0);
  const named = groups.map((g) => ({ g, name: displayName(g) }));
  named.sort((x, y) => cmp(slugify(x.name, "author"), slugify(y.name, "author")) || cmp(x.name, y.name) || cmp([...x.g.variants].sort().join("|"), [...y.g.variants].sort().join("|")));
  const used = new Set<string>();
  const slugOf = new Map<Group, string>();
  const authors: Author[] = [];
  for (const { g, name } of named) {
    const base = slugify(name, "author");
    let slug = base;
    for (let i = 2; used.has(slug); i++) slug = `${base}-${i}`;
    used.add(slug);
    slugOf.set(g, slug);
    authors.push({ slug, name, variants: [...g.variants].sort(), credits: g.credits });
  }
  authors.sort((x, y) => cmp(x.slug, y.slug));

  const slugsByArticle = new Map<string, string[]>();
  for (const [id, row] of slugsByArticleGroups) slugsByArticle.set(id, row.map((g) => (g ? slugOf.get(g)! : "")));
  return { authors, slugsByArticle };
}

function displayName(g: Group): string {
  if (g.configName) return g.configName;
  const best = [...g.variants].sort((x, y) => fullness(properCase(y)) - fullness(properCase(x)) || mixedFirst(x, y) || cmp(x, y))[0]!;
  return properCase(best);
}

/** Prefer a spelling written in mixed case: it carries the real capitalisation ("McDonald", not "Mcdonald"). */
function mixedFirst(x: string, y: string): number {
  return Number(!/\p{Ll}/u.test(x)) - Number(!/\p{Ll}/u.test(y));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
