// How related articles are scored and ranked: closeness in time, the order of candidates, inverted
// lists and the reason shown beside each.
import type { TermTable } from "./terms.ts";

/** A related article, with its score and the reason shown beside it. */
export interface Related {
  /** The related article's id. */
  id: string;
  /** Higher is closer (shared rare entities, shared distinctive terms, near in time). */
  score: number;
  /** "Also about: …" or "Similar wording: …". */
  reason: string;
}

/** Gaps beyond ten years weigh as ten years; an undated pair weighs as about eight months (e^-g/365 = 0.5). */
export const MAX_GAP = 3650;
/** The gap index of a pair in which one article has no date. */
export const UNDATED_GAP = MAX_GAP + 1;
/** The weight of closeness in time, per gap index. */
export const CLOSENESS = new Float64Array(UNDATED_GAP + 1);
for (let g = 0; g <= MAX_GAP; g++) CLOSENESS[g] = 0.75 + 0.25 * Math.exp(-g / 365);
CLOSENESS[UNDATED_GAP] = 0.75 + 0.25 * 0.5;

/** Closeness in time as a table index: day buckets (a year's gap weighs e^-1); undated pairs sit halfway. */
export function closeness(di: number, dj: number): number {
  return di < 0 || dj < 0 ? UNDATED_GAP : Math.min(MAX_GAP, di > dj ? di - dj : dj - di);
}

/** Higher score first; then the closer date; then the smaller id. */
export function ranksBefore(score: number, gap: number, id: string, other: { j: number; score: number; gap: number }, ids: readonly string[]): boolean {
  return outranks(score, gap, id, other.score, other.gap, ids[other.j]!);
}

/** Higher score first; then the closer date; then the smaller id. */
export function outranks(score: number, gap: number, id: string, otherScore: number, otherGap: number, otherId: string): boolean {
  if (score !== otherScore) return score > otherScore;
  if (gap !== otherGap) return gap < otherGap;
  return id < otherId;
}

/** Heavier term first; equal weights by spelling, so the choice does not depend on input order. */
export function heavier(w: number, t: number, ow: number, ot: number, table: TermTable): boolean {
  return w > ow || (w === ow && table.word(t) < table.word(ot));
}

/** Inverted lists of `keys` (runs per article) as one flat array: `items[start[key]..start[key+1]]`, article order. */
export function postings(keyCount: number, runStart: Int32Array, keys: Int32Array, n: number): { start: Int32Array; items: Int32Array } {
  const start = new Int32Array(keyCount + 1);
  const total = runStart[n]!;
  for (let k = 0; k < total; k++) start[keys[k]! + 1]!++;
  for (let key = 0; key < keyCount; key++) start[key + 1]! += start[key]!;
  const fill = start.slice(0, keyCount);
  const items = new Int32Array(total);
  for (let i = 0; i < n; i++) for (let k = runStart[i]!; k < runStart[i + 1]!; k++) items[fill[keys[k]!]!++] = i;
  return { start, items };
}

/** "Also about: …" up to three shared entities, rarest first; "Similar wording: …" only when none is shared. */
export function reason(
  i: number, j: number, entStart: Int32Array, entItems: Int32Array, entDf: (e: number) => number, names: readonly string[], cap: number,
  topStart: Int32Array, topTerm: Int32Array, topWeight: Float64Array, table: TermTable,
): string {
  const theirs = new Set<number>();
  for (let k = entStart[j]!; k < entStart[j + 1]!; k++) theirs.add(entItems[k]!);
  const shared: number[] = [];
  for (let k = entStart[i]!; k < entStart[i + 1]!; k++) if (theirs.has(entItems[k]!)) shared.push(entItems[k]!);
  if (shared.length) {
    shared.sort((x, y) => entDf(x) - entDf(y) || (names[x]! < names[y]! ? -1 : names[x]! > names[y]! ? 1 : 0));
    const useful = shared.filter((e) => entDf(e) <= cap);
    return `Also about: ${(useful.length ? useful : shared).slice(0, 3).map((e) => names[e]!).join(", ")}`;
  }
  const mine = new Map<number, number>();
  for (let k = topStart[i]!; k < topStart[i + 1]!; k++) mine.set(topTerm[k]!, topWeight[k]!);
  const common: Array<[string, number]> = [];
  for (let k = topStart[j]!; k < topStart[j + 1]!; k++) {
    const w = mine.get(topTerm[k]!);
    if (w !== undefined) common.push([table.word(topTerm[k]!), w * topWeight[k]!]);
  }
  common.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  return `Similar wording: ${common.slice(0, 3).map((c) => c[0]).join(", ")}`;
}

/** Days since year 0 for "YYYY[-MM[-DD…]]", -1 when undated. Only the calendar date matters here. */
export function dayNumber(date: string | null): number {
  if (!date) return -1;
  const y = Number(date.slice(0, 4)), m = date.length >= 7 ? Number(date.slice(5, 7)) : 1, d = date.length >= 10 ? Number(date.slice(8, 10)) : 1;
  const days = Math.floor(Date.UTC(y, m - 1, d) / 86_400_000) + 719_528;
  return Number.isFinite(days) && days >= 0 ? days : -1;
}

