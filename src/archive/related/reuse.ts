// What a related-coverage run keeps for the next (after an edit): which articles' lists certainly
// stand, so only the others are scored again.
import { outranks, type Related } from "./scoring.ts";
import { TABLE_LIMIT, TermTable, type BodyScan } from "./terms.ts";

/** What one call computed, kept so that the next call (after an edit) scores only the articles it must. */
export interface Run {
  /** The term table the scans index into, the limit and posting cap used, and the article ids in order. */
  table: TermTable; limit: number; cap: number; ids: string[];
  /** Per article, its body's scan; per term id, how many articles hold it. */
  scans: BodyScan[]; df: Int32Array;
  /** Per article: its day, its entities' names in order, its top terms and weights. */
  day: Int32Array; entRow: string[]; topStart: Int32Array; topTerm: Int32Array; topWeight: Float64Array;
  /** Per entity slug: how many articles hold it, and its name (reasons print names). */
  entInfo: Map<string, { df: number; name: string }>;
  /** The related lists it returned, per article id. */
  result: Map<string, Related[]>;
  /** Per article: its last kept related article's exact score, gap and id, and how many it kept. */
  worstScore: Float64Array; worstGap: Int32Array; worstId: string[]; kept: Int32Array;
}

/** Whether a body's terms include a flagged one. */
export function holdsAny(terms: readonly number[], flagged: Uint8Array): boolean {
  for (let k = 0; k < terms.length; k++) if (flagged[terms[k]!]) return true;
  return false;
}

/** Whether two lists of ids are equal, in order. */
export function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Per article, 1 when its related list is certainly the one `prev` computed. An article's list depends on its
 * own day, entities and top terms, the same of its candidates, and its entities' document frequencies. So a
 * list stands unless: the article itself changed; it holds an entity whose frequency or name changed; its list
 * named a changed article; or a changed article is now its candidate and ranks above its last kept one (the
 * other candidates' scores did not move, so only such a newcomer can enter).
 */
export function unchanged(prev: Run, cur: Run, at: {
  entityId: Map<string, number>; entStart: Int32Array; entItems: Int32Array; entPost: { start: Int32Array; items: Int32Array }; termPost: { start: Int32Array; items: Int32Array };
  pair: (i: number, j: number) => { score: number; gap: number };
}): Uint8Array {
  const n = cur.ids.length;
  const dirty = new Uint8Array(n);
  const changed: number[] = [];
  for (let i = 0; i < n; i++) {
    if (cur.day[i] !== prev.day[i] || cur.entRow[i] !== prev.entRow[i] || !sameRun(prev, cur, i)) { dirty[i] = 1; changed.push(i); }
  }
  for (const [slug, info] of cur.entInfo) {
    const before = prev.entInfo.get(slug);
    if (before && before.df === info.df && before.name === info.name) continue;
    const e = at.entityId.get(slug)!;
    for (let p = at.entPost.start[e]!; p < at.entPost.start[e + 1]!; p++) dirty[at.entPost.items[p]!] = 1;
  }
  if (changed.length) {
    const changedIds = new Set(changed.map((i) => cur.ids[i]!));
    for (let i = 0; i < n; i++) if (!dirty[i] && prev.result.get(cur.ids[i]!)!.some((r) => changedIds.has(r.id))) dirty[i] = 1;
    for (const j of changed) {
      const enter = (i: number): void => {
        if (dirty[i] || i === j) return;
        if (prev.kept[i]! < cur.limit) { dirty[i] = 1; return; }
        const { score, gap } = at.pair(i, j);
        if (outranks(score, gap, cur.ids[j]!, prev.worstScore[i]!, prev.worstGap[i]!, prev.worstId[i]!)) dirty[i] = 1;
      };
      for (let k = cur.topStart[j]!; k < cur.topStart[j + 1]!; k++) {
        const t = cur.topTerm[k]!;
        for (let p = at.termPost.start[t]!; p < at.termPost.start[t + 1]!; p++) enter(at.termPost.items[p]!);
      }
      for (let k = at.entStart[j]!; k < at.entStart[j + 1]!; k++) {
        const e = at.entItems[k]!;
        const from = at.entPost.start[e]!, to = at.entPost.start[e + 1]!;
        if (to - from > cur.cap) continue;
        for (let p = from; p < to; p++) enter(at.entPost.items[p]!);
      }
    }
  }
  for (let i = 0; i < n; i++) dirty[i] = dirty[i] ? 0 : 1;
  return dirty;
}

/** Whether article i kept the same top terms with the same weights. */
function sameRun(prev: Run, cur: Run, i: number): boolean {
  const a = prev.topStart[i]!, b = cur.topStart[i]!, len = cur.topStart[i + 1]! - b;
  if (prev.topStart[i + 1]! - a !== len) return false;
  for (let k = 0; k < len; k++) if (prev.topTerm[a + k] !== cur.topTerm[b + k] || prev.topWeight[a + k] !== cur.topWeight[b + k]) return false;
  return true;
}

/** What `relatedArticles` keeps for its next call, owned by whoever rebuilds: the term table with each body's scan, and the last run. */
export interface RelatedMemo {
  /** The term table and each body's scan, by the identity of the body or of its terms counted at parse time. */
  terms: { table: TermTable; scans: WeakMap<object, BodyScan> } | null;
  /** What the last call computed. */
  lastRun: Run | null;
}

/** A memo with nothing in it yet (a one-off build's: dropped with the archive it made). */
export function newRelatedMemo(): RelatedMemo {
  return { terms: null, lastRun: null };
}

/**
 * One term table shared by every call with the same memo, with each body's scan kept by the body's identity: records of unchanged
 * files are the same objects across rebuilds, so only edited bodies are read again. Term ids never reach the
 * output (ties are broken by spelling), so results do not depend on what the table saw before.
 */
export function termScans(memo: RelatedMemo): NonNullable<RelatedMemo["terms"]> {
  if (!memo.terms || memo.terms.table.size > TABLE_LIMIT) memo.terms = { table: new TermTable(), scans: new WeakMap() };
  return memo.terms;
}

