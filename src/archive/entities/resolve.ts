// resolveEntities: merge per-article mentions into archive-wide entities in one pass over the mentions.
// People are keyed by first name + surname (middle initials must agree); a bare surname joins the one
// full name that has it, if exactly one does. Places and organisations are keyed by their folded name.
import { slugify, type ParsedArticle, type SiteConfig } from "../../model/index.ts";
import { fold, fullness, middlesCompatible, parsePersonName } from "./names.ts";
import { snippetAround } from "./snippet.ts";
import type { EntityKind, Mention } from "./types.ts";

export interface EntityArticle { articleId: string; snippet: string; count: number }
export interface Entity { slug: string; name: string; kind: EntityKind; aliases: string[]; articles: EntityArticle[] }
export interface EntityIndex {
  /** entities with a page: those in >= 2 articles (plus config `add`), minus `suppress`; sorted by coverage desc then name */
  entities: Entity[];
  /** per article id: the entities with a page that it mentions, with the surface forms used in that article */
  byArticle: Map<string, Array<{ slug: string; kind: EntityKind; name: string; surfaces: string[] }>>;
}

interface Cluster {
  names: Map<string, number>; // spelling → mentions
  kinds: Map<EntityKind, number>;
  middles: string[];
  forced: { name: string; kind: EntityKind } | null;
  perArticle: Map<string, { count: number; first: Mention; surfaces: Set<string> }>;
}

const newCluster = (): Cluster => ({ names: new Map(), kinds: new Map(), middles: [], forced: null, perArticle: new Map() });
const bareKey = (name: string): string => fold(name).replace(/^the /, "");

export function resolveEntities(mentions: ReadonlyMap<string, Mention[]>, articles: readonly ParsedArticle[], config: SiteConfig): EntityIndex {
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

  const record = (c: Cluster, articleId: string, m: Mention, name: string): void => {
    c.names.set(name, (c.names.get(name) ?? 0) + 1);
    c.kinds.set(m.kind, (c.kinds.get(m.kind) ?? 0) + 1);
    const row = c.perArticle.get(articleId);
    if (row) { row.count++; row.surfaces.add(m.text); }
    else c.perArticle.set(articleId, { count: 1, first: m, surfaces: new Set([m.text]) });
  };

  // Pass 1: full names and places/organisations. Pass 2: bare surnames, once every full name is known.
  const deferred: Array<[string, Mention, string]> = [];
  const ids = [...mentions.keys()].sort();
  for (const id of ids) {
    for (const m of mentions.get(id)!) {
      const name = merge.get(bareKey(m.name)) ?? m.name;
      const forced = forcedBy.get(bareKey(name)) ?? forcedBy.get(bareKey(m.text));
      if (forced) { record(forced, id, m, name); continue; }
      if (m.kind !== "person") {
        const key = `n:${bareKey(name)}`;
        let c = byName.get(key);
        if (!c) byName.set(key, (c = newCluster()));
        record(c, id, m, name);
        continue;
      }
      const p = parsePersonName(name);
      if (p.words < 2) { deferred.push([id, m, name]); continue; }
      const c = personCluster(people, bySurname, p);
      record(c, id, m, name);
      // A one-word surface an article resolved to this full name ("Mr. Li" → "Li Wei") names it elsewhere too.
      if (!/\s/.test(m.text.trim())) {
        const word = parsePersonName(m.text).last;
        if (word !== p.last) { const set = bySurname.get(word) ?? new Set(); set.add(c); bySurname.set(word, set); }
      }
    }
  }
  for (const [id, m, name] of deferred) {
    const surname = parsePersonName(name).last;
    const candidates = bySurname.get(surname);
    let c = candidates && candidates.size === 1 ? [...candidates][0]! : undefined;
    if (!c) {
      const key = `p:|${surname}`;
      c = byName.get(key);
      if (!c) byName.set(key, (c = newCluster()));
    }
    record(c, id, m, name);
  }

  // Entities with a page, sorted by coverage, with unique slugs.
  const order = new Map(articles.map((a, i) => [a.id, i]));
  const all = [...new Set([...byName.values(), ...[...people.values()].flat(), ...forcedBy.values()])];
  const pages: Array<{ c: Cluster; name: string; kind: EntityKind }> = [];
  for (const c of all) {
    const extracted = c.forced?.name ?? displayName(c);
    const name = rename.get(bareKey(extracted)) ?? extracted;
    if ([name, extracted, ...c.names.keys()].some((n) => suppress.has(bareKey(n)))) continue;
    if (!c.forced && c.perArticle.size < 2) continue;
    pages.push({ c, name, kind: c.forced?.kind ?? majority(c.kinds) });
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
    const rows = [...c.perArticle].sort((x, y) => (order.get(x[0]) ?? 1e9) - (order.get(y[0]) ?? 1e9) || cmp(x[0], y[0]));
    entities.push({
      slug, name, kind,
      aliases: [...new Set([...c.names.keys(), ...[...c.perArticle.values()].flatMap((r) => [...r.surfaces])])].filter((n) => n !== name).sort(),
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
  return { entities, byArticle };
}

/** The cluster of a full person name: same first name and surname, initials not contradicting. */
function personCluster(people: Map<string, Cluster[]>, bySurname: Map<string, Set<Cluster>>, p: ReturnType<typeof parsePersonName>): Cluster {
  const key = `${p.first}|${p.last}`;
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
  const names = [...c.names].sort((x, y) => (person ? fullness(y[0]) - fullness(x[0]) : 0) || y[1] - x[1] || cmp(x[0], y[0]));
  return names[0]![0];
}

function majority(kinds: Map<EntityKind, number>): EntityKind {
  return [...kinds].sort((x, y) => y[1] - x[1] || cmp(x[0], y[0]))[0]?.[0] ?? "organization";
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
