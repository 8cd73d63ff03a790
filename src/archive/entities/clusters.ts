// The cluster of mentions that becomes one entity page, and the archive-wide merge of acronyms into the
// organisation they abbreviate.
import { initialsOf, isAcronym } from "./identity.ts";
import { parsePersonName } from "./names.ts";
import type { EntityKind, Evidence, Mention } from "./types.ts";

/** The mentions gathered for one identity during one resolveEntities call (which owns and mutates it): spellings, kinds and evidence counted, and per article its mention count, first mention, surface forms and archive position. */
export interface Cluster {
  names: Map<string, number>; // spelling → mentions
  kinds: Map<EntityKind, number>;
  evidence: Map<Evidence, number>;
  middles: string[];
  forced: { name: string; kind: EntityKind } | null;
  perArticle: Map<string, { count: number; first: Mention; surfaces: Set<string>; order: number }>;
}

/** A cluster with nothing counted and no name forced by the configuration. */
export const newCluster = (): Cluster => ({ names: new Map(), kinds: new Map(), evidence: new Map(), middles: [], forced: null, perArticle: new Map() });
/**
 * An acronym and the one full name whose initials it is ("FBI" and "Federal Bureau of Investigation") are one
 * organisation across the archive; an acronym two full names share is left alone (ambiguous).
 */
export function absorbAcronyms(byName: Map<string, Cluster>): void {
  const byInitials = new Map<string, Set<string>>();
  for (const [key, c] of byName) {
    if (!key.startsWith("n:") || majority(c.kinds) === "person") continue;
    for (const n of c.names.keys()) {
      const ini = initialsOf(n);
      if (!ini) continue;
      const set = byInitials.get(ini) ?? new Set();
      set.add(key);
      byInitials.set(ini, set);
    }
  }
  for (const [key, c] of [...byName]) {
    const names = [...c.names.keys()];
    // Only an acronym nothing else explains, of three letters or more: two letters stand for too many things.
    if (![...c.evidence.keys()].every((e) => e === "acronym") || !names.every((n) => isAcronym(n) && n.replace(/\./g, "").length >= 3)) continue;
    const targets = new Set(names.flatMap((n) => [...(byInitials.get(n.replace(/\./g, "")) ?? [])]).filter((k) => k !== key));
    if (targets.size !== 1) continue;
    const into = byName.get([...targets][0]!)!;
    absorb(into, c);
    byName.delete(key);
  }
}

function absorb(into: Cluster, from: Cluster): void {
  for (const [n, k] of from.names) into.names.set(n, (into.names.get(n) ?? 0) + k);
  for (const [n, k] of from.kinds) into.kinds.set(n, (into.kinds.get(n) ?? 0) + k);
  // The expansion is the evidence that makes the acronym an organisation.
  for (const [n, k] of from.evidence) { const e = n === "acronym" ? "known-acronym" : n; into.evidence.set(e, (into.evidence.get(e) ?? 0) + k); }
  for (const [id, r] of from.perArticle) {
    const row = into.perArticle.get(id);
    if (!row) { into.perArticle.set(id, r); continue; }
    row.count += r.count;
    for (const s of r.surfaces) row.surfaces.add(s);
    if (r.first.paragraph < row.first.paragraph || (r.first.paragraph === row.first.paragraph && r.first.start < row.first.start)) row.first = r.first;
  }
}

/**
 * The person a bare surname names across the archive: the only full name with it, else the one without a
 * suffix ("Trump" beside "Trump Jr."), else one named in three times as many articles as the others together.
 */
export function ownerOfSurname(candidates: Set<Cluster> | undefined): Cluster | undefined {
  if (!candidates || candidates.size === 0) return undefined;
  const list = [...candidates];
  if (list.length === 1) return list[0];
  const plain = list.filter((c) => ![...c.names.keys()].some((n) => parsePersonName(n).suffix));
  if (plain.length === 1) return plain[0];
  const sorted = [...plain].sort((a, b) => b.perArticle.size - a.perArticle.size);
  const rest = sorted.slice(1).reduce((n, c) => n + c.perArticle.size, 0);
  return sorted.length > 0 && sorted[0]!.perArticle.size >= 3 * rest ? sorted[0] : undefined;
}

/** The kind most mentions gave. */
export function majority(kinds: Map<EntityKind, number>): EntityKind {
  return [...kinds].sort((x, y) => y[1] - x[1] || cmp(x[0], y[0]))[0]?.[0] ?? "organization";
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
