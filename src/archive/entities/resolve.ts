// resolveEntities: merge per-article mentions into archive-wide entities in one pass over the mentions.
// People are keyed by first name + surname (middle initials must agree); a bare surname joins the one
// full name that has it, if exactly one does. Places and organisations are keyed by their folded name.
import { slugify, type ParsedArticle, type SiteConfig } from "../../model/index.ts";
import { fold, fullness, middlesCompatible, parsePersonName, properCase } from "./names.ts";
import { snippetAround } from "./snippet.ts";
import { absorbAcronyms, majority, newCluster, ownerOfSurname, type Cluster } from "./clusters.ts";
import { FIRST_NAME_FORMS } from "./gazetteer.ts";
import { identityKey } from "./identity.ts";
import { WEAK_EVIDENCE, type EntityKind, type Evidence, type Mention } from "./types.ts";

/** One article on an entity's page: its id, the text around its first mention, and how many mentions it has. */
export interface EntityArticle { articleId: string; snippet: string; count: number }
/** An entity page: a site-unique slug, the display name, its kind, every other spelling seen, and its articles in archive order. */
export interface Entity {
  slug: string; name: string; kind: EntityKind; aliases: string[]; articles: EntityArticle[];
  /** Why it is of its kind: each kind of evidence and how many mentions carried it, most first. */
  evidence: Array<[Evidence, number]>;
}
/** A name seen in two articles or more that got no page, and why (for `entities --explain`). */
export interface RejectedEntity { name: string; kind: EntityKind; articles: number; reason: string }
/** The archive's entity pages, the ones each article mentions, and the names that got no page. */
export interface EntityIndex {
  /** entities with a page: those in >= 2 articles (plus config `add`), minus `suppress`; sorted by coverage desc then name */
  entities: Entity[];
  /** per article id: the entities with a page that it mentions, with the surface forms used in that article */
  byArticle: Map<string, Array<{ slug: string; kind: EntityKind; name: string; surfaces: string[] }>>;
  /** names in two articles or more that got no page for want of evidence of their kind */
  rejected?: RejectedEntity[];
}

/** The key two spellings of a place or organisation share: folded, without a leading "the". */
function bareKey(name: string): string {
  const key = fold(name);
  return key.startsWith("the ") ? key.slice(4) : key;
}

/** The inputs and result of the last resolution, kept by whoever rebuilds (the dev server's rebuild state) to answer a rebuild whose edit changed no mention. */
export interface EntityMemo {
  last: { mentions: Map<string, readonly Mention[]>; ids: string[]; bodies: Array<readonly string[]>; rules: SiteConfig["entities"]; index: EntityIndex } | null;
}

/**
 * The archive's entities. The index depends only on the mentions (per article, in order), the articles' ids,
 * order and bodies (snippets, added names) and the rules; when all of those equal the last call's (an edit
 * that touched no name), the last index is the answer. Unchanged records are the same objects, so the check
 * compares contents only for what an edit replaced.
 */
export function resolveEntities(mentions: ReadonlyMap<string, Mention[]>, articles: readonly ParsedArticle[], config: SiteConfig, memo: EntityMemo = { last: null }): EntityIndex {
  const { last } = memo;
  if (last && sameInputs(last, mentions, articles, config.entities)) {
    // Keep the newest objects, so the next comparison is by identity again.
    memo.last = { ...last, mentions: new Map(mentions), bodies: articles.map((a) => a.body) };
    return last.index;
  }
  const index = resolveFresh(mentions, articles, config);
  memo.last = { mentions: new Map(mentions), ids: articles.map((a) => a.id), bodies: articles.map((a) => a.body), rules: config.entities, index };
  return index;
}

function sameInputs(prev: NonNullable<EntityMemo["last"]>, mentions: ReadonlyMap<string, Mention[]>, articles: readonly ParsedArticle[], rules: SiteConfig["entities"]): boolean {
  if (prev.rules !== rules || prev.ids.length !== articles.length || prev.mentions.size !== mentions.size) return false;
  for (let i = 0; i < articles.length; i++) {
    const a = articles[i]!;
    if (a.id !== prev.ids[i]) return false;
    const before = prev.bodies[i]!;
    if (a.body === before) continue;
    // Bodies matter for the snippets around mentions and, with names added by the rules, as text to search.
    if (rules.add.length ? !sameStrings(a.body, before) : !(mentions.get(a.id) ?? []).every((m) => a.body[m.paragraph] === before[m.paragraph])) return false;
  }
  const before = prev.mentions.entries();
  for (const [id, list] of mentions) {
    const next = before.next();
    if (next.done || next.value[0] !== id) return false;
    if (next.value[1] !== list && !sameMentions(next.value[1], list)) return false;
  }
  return true;
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function sameMentions(a: readonly Mention[], b: readonly Mention[]): boolean {
  return a.length === b.length && a.every((m, i) => {
    const o = b[i]!;
    return m.text === o.text && m.kind === o.kind && m.paragraph === o.paragraph && m.start === o.start && m.name === o.name;
  });
}

function resolveFresh(mentions: ReadonlyMap<string, Mention[]>, articles: readonly ParsedArticle[], config: SiteConfig): EntityIndex {
  const rules = config.entities;
  const merge = new Map(Object.entries(rules.merge).map(([k, v]) => [bareKey(k), v]));
  const rename = new Map(Object.entries(rules.rename).map(([k, v]) => [bareKey(k), v]));
  const suppress = new Set(rules.suppress.map(bareKey));

  const byName = new Map<string, Cluster>(); // "n:" + folded place/org name, or "p:first|last" → cluster
  const people = new Map<string, Cluster[]>(); // "first|last" → clusters (split by conflicting initials)
  const bySurname = new Map<string, Set<Cluster>>();
  const forcedBy = new Map<string, Cluster>(); // config `add` names and aliases
  for (const add of rules.add) {
    const c = newCluster();
    c.forced = { name: add.name, kind: add.kind };
    for (const n of [add.name, ...add.aliases]) forcedBy.set(bareKey(n), c);
  }

  const order = new Map(articles.map((a, i) => [a.id, i]));
  const record = (c: Cluster, articleId: string, m: Mention, name: string, count = 1): void => {
    c.names.set(name, (c.names.get(name) ?? 0) + count);
    // A cue next to the name ("el partido X") says more about its kind than a list it happens to be on.
    c.kinds.set(m.kind, (c.kinds.get(m.kind) ?? 0) + count * (m.evidence === "org-cue" ? 3 : 1));
    const why = m.evidence ?? "config";
    c.evidence.set(why, (c.evidence.get(why) ?? 0) + count);
    const row = c.perArticle.get(articleId);
    if (row) { row.count += count; row.surfaces.add(m.text); }
    else c.perArticle.set(articleId, { count, first: m, surfaces: new Set([m.text]), order: order.get(articleId) ?? 1e9 });
  };

  // Pass 1: full names and places/organisations. Pass 2: bare surnames, once every full name is known.
  // An article names the same thing many times: identical mentions are settled once, with their count.
  const deferred: Array<[string, Mention, string, number]> = [];
  const seenForced = new Set<string>(); // article, paragraph, offset of mentions already given to an added entity
  const ids = [...mentions.keys()].sort();
  const groups = new Map<string, { m: Mention; count: number }>();
  for (const id of ids) {
    const list = mentions.get(id)!;
    groups.clear();
    for (const m of list) {
      const key = `${m.kind}\u0000${m.name}\u0000${m.text}`;
      const g = groups.get(key);
      if (g) g.count++;
      else groups.set(key, { m, count: 1 });
    }
    for (const { m, count } of groups.values()) {
      const name = merge.get(bareKey(m.name)) ?? m.name;
      const forced = forcedBy.size ? forcedBy.get(bareKey(name)) ?? forcedBy.get(bareKey(m.text)) : undefined;
      if (forced) {
        record(forced, id, m, name, count);
        for (const x of list) if (x.kind === m.kind && x.name === m.name && x.text === m.text) seenForced.add(`${id}\u0000${x.paragraph}\u0000${x.start}`);
        continue;
      }
      if (m.kind !== "person") {
        const key = `n:${identityKey(name)}`;
        let c = byName.get(key);
        if (!c) byName.set(key, (c = newCluster()));
        record(c, id, m, name, count);
        continue;
      }
      const p = parsePersonName(name);
      if (p.words < 2) { deferred.push([id, m, name, count]); continue; }
      const c = personCluster(people, bySurname, p);
      record(c, id, m, name, count);
      // A one-word surface an article resolved to this full name ("Mr. Li" → "Li Wei") names it elsewhere too.
      if (m.text.indexOf(" ") < 0) {
        const word = parsePersonName(m.text).last;
        if (word !== p.last) { const set = bySurname.get(word) ?? new Set(); set.add(c); bySurname.set(word, set); }
      }
    }
  }
  // Config `add`: its names and aliases are searched for in every body, not only among the scanner's candidates,
  // so an added entity gets every article that names it (one alternation, one pass per paragraph).
  if (rules.add.length) {
    const owner = new Map<string, Cluster>();
    for (const c of new Set(forcedBy.values())) {
      const add = rules.add.find((x) => x.name === c.forced!.name)!;
      for (const n of [add.name, ...add.aliases]) if (n.trim() && !owner.has(n.trim())) owner.set(n.trim(), c);
    }
    const pattern = searchPattern([...owner.keys()]);
    for (const a of articles) {
      a.body.forEach((text, paragraph) => {
        for (const hit of text.matchAll(pattern)) {
          const c = owner.get(hit[0])!;
          if (seenForced.has(`${a.id}\u0000${paragraph}\u0000${hit.index}`)) continue;
          const m: Mention = { text: hit[0], kind: c.forced!.kind, paragraph, start: hit.index, name: c.forced!.name };
          record(c, a.id, m, c.forced!.name);
        }
      });
    }
  }
  for (const [id, m, name, count] of deferred) {
    const surname = parsePersonName(name).last;
    let c = ownerOfSurname(bySurname.get(surname));
    if (!c) {
      const key = `p:|${surname}`;
      c = byName.get(key);
      if (!c) byName.set(key, (c = newCluster()));
    }
    record(c, id, m, name, count);
  }

  absorbAcronyms(byName);

  // Entities with a page, sorted by coverage, with unique slugs.
  const all = [...new Set([...byName.values(), ...[...people.values()].flat(), ...forcedBy.values()])];
  const pages: Array<{ c: Cluster; name: string; kind: EntityKind }> = [];
  const rejected: RejectedEntity[] = [];
  for (const c of all) {
    const extracted = c.forced?.name ?? displayName(c);
    const name = rename.get(bareKey(extracted)) ?? extracted;
    if ([name, extracted, ...c.names.keys()].some((n) => suppress.has(bareKey(n)))) continue;
    if (!c.forced && c.perArticle.size < 2) continue;
    const kind = c.forced?.kind ?? majority(c.kinds);
    // A bare surname that several people in the archive share ("Obama") is no page of its own: it is one of them.
    const namesakes = kind === "person" && !c.forced && c.names.size > 0 && [...c.names.keys()].every((n) => !n.includes(" ")) ? bySurname.get(parsePersonName(extracted).last) : undefined;
    if (namesakes && namesakes.size > 1) {
      rejected.push({ name, kind, articles: c.perArticle.size, reason: `ambiguous surname: ${[...namesakes].map(displayName).sort().join(", ")}` });
      continue;
    }
    // Weak evidence alone ("in X", an acronym nobody expands) makes no page.
    if (!c.forced && [...c.evidence.keys()].every((e) => WEAK_EVIDENCE.has(e))) {
      rejected.push({ name, kind, articles: c.perArticle.size, reason: `only weak evidence: ${[...c.evidence.keys()].join(", ")}` });
      continue;
    }
    pages.push({ c, name, kind });
  }
  pages.sort((x, y) => y.c.perArticle.size - x.c.perArticle.size || cmp(x.name, y.name) || cmp(x.kind, y.kind));

  const used = new Set<string>();
  const bodies = new Map(articles.map((a) => [a.id, a.body]));
  const entities: Entity[] = [];
  const byArticle: EntityIndex["byArticle"] = new Map(articles.map((a) => [a.id, []]));
  for (const { c, name, kind } of pages) {
    const base = slugify(name, "entity");
    let slug = base;
    for (let i = 2; used.has(slug); i++) slug = `${base}-${i}`;
    used.add(slug);
    const rows = [...c.perArticle].sort((x, y) => x[1].order - y[1].order || cmp(x[0], y[0]));
    entities.push({
      slug, name, kind,
      aliases: aliasesOf(c, name),
      evidence: [...c.evidence].sort((x, y) => y[1] - x[1] || cmp(x[0], y[0])),
      articles: rows.map(([articleId, r]) => ({
        articleId, count: r.count,
        snippet: snippetAround(bodies.get(articleId)?.[r.first.paragraph] ?? "", r.first.start, r.first.text.length),
      })),
    });
    for (const [articleId, r] of rows) {
      const list = byArticle.get(articleId) ?? [];
      list.push({ slug, kind, name, surfaces: [...r.surfaces].sort((a, b) => b.length - a.length || cmp(a, b)) });
      byArticle.set(articleId, list);
    }
  }
  rejected.sort((x, y) => y.articles - x.articles || cmp(x.name, y.name));
  return { entities, byArticle, rejected };
}

/** Every other spelling and surface form of a cluster, sorted. */
function aliasesOf(c: Cluster, name: string): string[] {
  const all = new Set(c.names.keys());
  for (const r of c.perArticle.values()) for (const s of r.surfaces) all.add(s);
  all.delete(name);
  return [...all].sort();
}

/** Exact, case-sensitive matches of any of `surfaces` on word boundaries, longest first. */
function searchPattern(surfaces: string[]): RegExp {
  const escape = (x: string): string => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const sorted = [...surfaces].sort((a, b) => b.length - a.length || cmp(a, b));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.map(escape).join("|")})(?![\\p{L}\\p{N}])`, "gu");
}

/** The cluster of a full person name: same first name and surname, initials not contradicting. */
function personCluster(people: Map<string, Cluster[]>, bySurname: Map<string, Set<Cluster>>, p: ReturnType<typeof parsePersonName>): Cluster {
  // "Chuck Schumer" and "Charles E. Schumer": a short form of a first name is the same first name.
  const key = `${FIRST_NAME_FORMS.get(p.first) ?? p.first}|${p.last}|${p.suffix}`;
  const list = people.get(key) ?? [];
  let c = list.find((x) => middlesCompatible(x.middles, p.middles));
  if (!c) {
    c = newCluster();
    list.push(c);
    people.set(key, list);
    const set = bySurname.get(p.last) ?? new Set();
    set.add(c);
    bySurname.set(p.last, set);
  }
  if (p.middles.length > c.middles.length) c.middles = p.middles;
  return c;
}

/** People: the fullest spelling ("Jane Q. Doe"); places and organisations: the most used one. */
function displayName(c: Cluster): string {
  const person = majority(c.kinds) === "person";
  // A spelling in mixed case carries the real capitalisation ("Donald J. Trump", not a wire's "DONALD J. TRUMP").
  const caps = (n: string): number => Number(n.length > 4 && !/\p{Ll}/u.test(n));
  const names = [...c.names].sort((x, y) => (person ? fullness(y[0]) - fullness(x[0]) || caps(x[0]) - caps(y[0]) : 0) || y[1] - x[1] || cmp(x[0], y[0]));
  const best = names[0]![0];
  return person && caps(best) ? properCase(best) : best;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
