// Related coverage without comparing all pairs. Each body is read once by a linear character scanner that
// hashes words in place (no regex, no string per token) into a term table; each article keeps its top TF-IDF
// terms from a bounded vocabulary (no stopwords, no words in a single article, none in too many). Inverted
// indexes (entity → articles, term → articles, as flat typed arrays with capped postings) gather candidates;
// only candidates are scored: shared-entity rarity, term cosine, then closeness in time.
import type { ParsedArticle } from "../model/index.ts";
import type { EntityIndex } from "./entities/resolve.ts";

export interface Related { id: string; score: number; reason: string }

/** Distinctive terms kept per article. */
const TOP_TERMS = 12;
/** Words shorter than this are never terms. */
const MIN_LEN = 3;
const STOPWORDS = ("the and for are but not you all any can had her was one our out his has have him its who did get may say said says " +
  "from with that this they will would there their what when which were been into than then them these some more also about after " +
  "over other could should while where just like such only most many much very because before being between both each even those " +
  "through during under again against among since until upon your year years time mr mrs ms new last first two three how now off own " +
  "she too why yet per via week weeks day days month months told according people").split(" ");

/**
 * Up to `limit` related articles per article, best first, each with a reason. Deterministic: the result does
 * not depend on the order of `articles` (ties go to the closer date, then to the smaller id).
 */
export function relatedArticles(articles: readonly ParsedArticle[], entities: EntityIndex, options: { limit?: number; memo?: RelatedMemo } = {}): Map<string, Related[]> {
  const memo = options.memo ?? newRelatedMemo();
  const limit = options.limit ?? 5;
  const n = articles.length;
  // A posting list longer than this says little ("Russia" in a war archive) and would cost a pass over many articles.
  const cap = Math.max(50, Math.min(200, Math.round(n * 0.02)));

  // 1. Term frequencies, one linear pass over each body (only bodies not seen before: a rebuild after an edit
  // scans the edited articles alone), and each term's article count.
  const { table, scans } = termScans(memo);
  const ids = articles.map((a) => a.id);
  // The last call's run, when it was over the same articles in the same order: what an edit left alone is reused.
  const { lastRun } = memo;
  const prev = lastRun && lastRun.table === table && lastRun.limit === limit && lastRun.cap === cap && sameList(lastRun.ids, ids) ? lastRun : null;
  const docScans = new Array<BodyScan>(n);
  for (let i = 0; i < n; i++) {
    const body = articles[i]!.body;
    let scan = scans.get(body);
    if (!scan) {
      const touched = table.scanArticle(body);
      scan = { terms: Int32Array.from(touched), counts: Int32Array.from(touched, (t) => table.take(t)) };
      scans.set(body, scan);
    }
    docScans[i] = scan;
  }
  const df = new Int32Array(table.size); // sized once every body is scanned: scanning adds terms
  for (const scan of docScans) for (const t of scan.terms) df[t]!++;
  const idf = (d: number): number => Math.log(1 + n / d);
  // Terms whose article count moved since the last run: only articles holding one need their top terms again.
  const moved = new Uint8Array(table.size);
  let anyMoved = false;
  if (prev) for (let t = 0; t < table.size; t++) if (df[t] !== (prev.df[t] ?? 0)) { moved[t] = 1; anyMoved = true; }

  // 2. Each article's top terms from the bounded vocabulary (in at least 2 articles, at most `cap` and at most
  // half of them: a word nearly every article uses is a stopword of this archive), weights normalised.
  const maxDf = Math.min(cap, Math.max(2, Math.floor(n / 2)));
  const topStart = new Int32Array(n + 1);
  const topTerm = new Int32Array(n * TOP_TERMS);
  const topWeight = new Float64Array(n * TOP_TERMS);
  const bestT: number[] = [], bestW: number[] = [];
  let tops = 0;
  for (let i = 0; i < n; i++) {
    const { terms, counts } = docScans[i]!;
    if (prev && prev.scans[i] === docScans[i] && !(anyMoved && holdsAny(terms, moved))) {
      const from = prev.topStart[i]!, to = prev.topStart[i + 1]!;
      topTerm.set(prev.topTerm.subarray(from, to), tops); topWeight.set(prev.topWeight.subarray(from, to), tops);
      tops += to - from;
      topStart[i + 1] = tops;
      continue;
    }
    bestT.length = 0; bestW.length = 0;
    for (let k = 0; k < terms.length; k++) {
      const t = terms[k]!, d = df[t]!;
      if (d < 2 || d > maxDf) continue;
      const w = (1 + Math.log(counts[k]!)) * idf(d);
      const m = bestT.length;
      if (m === TOP_TERMS && !heavier(w, t, bestW[m - 1]!, bestT[m - 1]!, table)) continue;
      let at = m === TOP_TERMS ? m - 1 : m;
      while (at > 0 && heavier(w, t, bestW[at - 1]!, bestT[at - 1]!, table)) { if (at < TOP_TERMS) { bestT[at] = bestT[at - 1]!; bestW[at] = bestW[at - 1]!; } at--; }
      bestT[at] = t; bestW[at] = w;
      if (bestT.length > TOP_TERMS) { bestT.length = TOP_TERMS; bestW.length = TOP_TERMS; }
    }
    let norm = 0;
    for (const w of bestW) norm += w * w;
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < bestT.length; k++) { topTerm[tops] = bestT[k]!; topWeight[tops] = bestW[k]! / norm; tops++; }
    topStart[i + 1] = tops;
  }

  // 3. Postings: term → (article, weight), entity → articles, as flat arrays (counting sort by key).
  const termPost = postings(table.size, topStart, topTerm, n);
  const termPostWeight = new Float64Array(termPost.items.length);
  {
    const fill = termPost.start.slice(0, table.size);
    for (let i = 0; i < n; i++) for (let k = topStart[i]!; k < topStart[i + 1]!; k++) termPostWeight[fill[topTerm[k]!]!++] = topWeight[k]!;
  }
  const entityId = new Map<string, number>();
  const entityName: string[] = [];
  const entitySlug: string[] = [];
  const entStart = new Int32Array(n + 1);
  const entList: number[] = [];
  for (let i = 0; i < n; i++) {
    const seen = new Set<number>();
    for (const e of entities.byArticle.get(articles[i]!.id) ?? []) {
      let id = entityId.get(e.slug);
      if (id === undefined) { id = entityName.length; entityId.set(e.slug, id); entityName.push(e.name); entitySlug.push(e.slug); }
      if (!seen.has(id)) { seen.add(id); entList.push(id); }
    }
    entStart[i + 1] = entList.length;
  }
  const entItems = Int32Array.from(entList);
  const entPost = postings(entityName.length, entStart, entItems, n);
  const entDf = (e: number): number => entPost.start[e + 1]! - entPost.start[e]!;
  const entIdf = new Float64Array(entityName.length);
  for (let e = 0; e < entityName.length; e++) entIdf[e] = idf(entDf(e));

  // 4. Scores for candidates only, in typed accumulators reset through the list of touched articles. After an edit,
  // only articles whose list can differ from the last call's are scored again (see `unchanged`).
  const day = new Int32Array(n);
  for (let i = 0; i < n; i++) day[i] = dayNumber(articles[i]!.date);
  const entRow = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    let row = "";
    for (let k = entStart[i]!; k < entStart[i + 1]!; k++) row += `${entitySlug[entItems[k]!]}\u0000`;
    entRow[i] = row;
  }
  const entInfo = new Map<string, { df: number; name: string }>();
  for (const [slug, e] of entityId) entInfo.set(slug, { df: entDf(e), name: entityName[e]! });
  const run: Run = { table, limit, cap, ids, scans: docScans, df, day, entRow, entInfo, topStart, topTerm, topWeight, result: new Map(), worstScore: new Float64Array(n), worstGap: new Int32Array(n), worstId: new Array<string>(n), kept: new Int32Array(n) };
  const pair = (i: number, j: number): { score: number; gap: number } => {
    let e = 0, dot = 0;
    for (let k = entStart[i]!; k < entStart[i + 1]!; k++) {
      const x = entItems[k]!;
      if (entDf(x) > cap) continue;
      for (let q = entStart[j]!; q < entStart[j + 1]!; q++) if (entItems[q] === x) { e += entIdf[x]!; break; }
    }
    for (let k = topStart[i]!; k < topStart[i + 1]!; k++) {
      const t = topTerm[k]!;
      for (let q = topStart[j]!; q < topStart[j + 1]!; q++) if (topTerm[q] === t) { dot += topWeight[k]! * topWeight[q]!; break; }
    }
    const gap = closeness(day[i]!, day[j]!);
    return { score: (e / (1 + e) + dot) * CLOSENESS[gap]!, gap };
  };
  const same = prev ? unchanged(prev, run, { entityId, entStart, entItems, entPost, termPost, pair }) : null;
  const entityAcc = new Float64Array(n);
  const dotAcc = new Float64Array(n);
  const mark = new Uint8Array(n);
  const touched: number[] = [];
  const best: Array<{ j: number; score: number; gap: number }> = [];
  const result = run.result;
  for (let i = 0; i < n; i++) {
    if (same?.[i]) {
      result.set(ids[i]!, prev!.result.get(ids[i]!)!);
      run.worstScore[i] = prev!.worstScore[i]!; run.worstGap[i] = prev!.worstGap[i]!; run.worstId[i] = prev!.worstId[i]!; run.kept[i] = prev!.kept[i]!;
      continue;
    }
    touched.length = 0;
    for (let k = entStart[i]!; k < entStart[i + 1]!; k++) {
      const e = entItems[k]!;
      const from = entPost.start[e]!, to = entPost.start[e + 1]!;
      if (to - from > cap) continue;
      const w = entIdf[e]!;
      for (let p = from; p < to; p++) {
        const j = entPost.items[p]!;
        if (j === i) continue;
        if (!mark[j]) { mark[j] = 1; touched.push(j); }
        entityAcc[j]! += w;
      }
    }
    for (let k = topStart[i]!; k < topStart[i + 1]!; k++) {
      const t = topTerm[k]!, wd = topWeight[k]!;
      for (let p = termPost.start[t]!, to = termPost.start[t + 1]!; p < to; p++) {
        const j = termPost.items[p]!;
        if (j === i) continue;
        if (!mark[j]) { mark[j] = 1; touched.push(j); }
        dotAcc[j]! += wd * termPostWeight[p]!;
      }
    }
    // Keep only the best `limit` in a small sorted array: no sort over every candidate.
    best.length = 0;
    const di = day[i]!;
    for (const j of touched) {
      const e = entityAcc[j]!;
      const gap = closeness(di, day[j]!);
      const score = (e / (1 + e) + dotAcc[j]!) * CLOSENESS[gap]!;
      entityAcc[j] = 0; dotAcc[j] = 0; mark[j] = 0;
      const m = best.length;
      if (m === limit && !ranksBefore(score, gap, ids[j]!, best[m - 1]!, ids)) continue;
      let at = m === limit ? m - 1 : m;
      while (at > 0 && ranksBefore(score, gap, ids[j]!, best[at - 1]!, ids)) { if (at < limit) best[at] = best[at - 1]!; at--; }
      best[at] = { j, score, gap };
      if (best.length > limit) best.length = limit;
    }
    const worst = best[best.length - 1];
    if (worst) { run.worstScore[i] = worst.score; run.worstGap[i] = worst.gap; run.worstId[i] = ids[worst.j]!; }
    run.kept[i] = best.length;
    result.set(ids[i]!, best.map(({ j, score }) => ({
      id: ids[j]!, score: Math.round(score * 1e6) / 1e6,
      reason: reason(i, j, entStart, entItems, entDf, entityName, cap, topStart, topTerm, topWeight, table),
    })));
  }
  memo.lastRun = run;
  return result;
}

/** Closeness in time as a table index: day buckets (a year's gap weighs e^-1); undated pairs sit halfway. */
function closeness(di: number, dj: number): number {
  return di < 0 || dj < 0 ? UNDATED_GAP : Math.min(MAX_GAP, di > dj ? di - dj : dj - di);
}

/** What one call computed, kept so that the next call (after an edit) scores only the articles it must. */
interface Run {
  table: TermTable; limit: number; cap: number; ids: string[];
  /** Per article, its body's scan; per term id, how many articles hold it. */
  scans: BodyScan[]; df: Int32Array;
  /** Per article: its day, its entities' names in order, its top terms and weights. */
  day: Int32Array; entRow: string[]; topStart: Int32Array; topTerm: Int32Array; topWeight: Float64Array;
  /** Per entity slug: how many articles hold it, and its name (reasons print names). */
  entInfo: Map<string, { df: number; name: string }>;
  result: Map<string, Related[]>;
  /** Per article: its last kept related article's exact score, gap and id, and how many it kept. */
  worstScore: Float64Array; worstGap: Int32Array; worstId: string[]; kept: Int32Array;
}

function holdsAny(terms: Int32Array, flagged: Uint8Array): boolean {
  for (let k = 0; k < terms.length; k++) if (flagged[terms[k]!]) return true;
  return false;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
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
function unchanged(prev: Run, cur: Run, at: {
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

/** Higher score first; then the closer date; then the smaller id. */
function ranksBefore(score: number, gap: number, id: string, other: { j: number; score: number; gap: number }, ids: readonly string[]): boolean {
  return outranks(score, gap, id, other.score, other.gap, ids[other.j]!);
}

function outranks(score: number, gap: number, id: string, otherScore: number, otherGap: number, otherId: string): boolean {
  if (score !== otherScore) return score > otherScore;
  if (gap !== otherGap) return gap < otherGap;
  return id < otherId;
}

/** Heavier term first; equal weights by spelling, so the choice does not depend on input order. */
function heavier(w: number, t: number, ow: number, ot: number, table: TermTable): boolean {
  return w > ow || (w === ow && table.word(t) < table.word(ot));
}

/** Inverted lists of `keys` (runs per article) as one flat array: `items[start[key]..start[key+1]]`, article order. */
function postings(keyCount: number, runStart: Int32Array, keys: Int32Array, n: number): { start: Int32Array; items: Int32Array } {
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
function reason(
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
function dayNumber(date: string | null): number {
  if (!date) return -1;
  const y = Number(date.slice(0, 4)), m = date.length >= 7 ? Number(date.slice(5, 7)) : 1, d = date.length >= 10 ? Number(date.slice(8, 10)) : 1;
  const days = Math.floor(Date.UTC(y, m - 1, d) / 86_400_000) + 719_528;
  return Number.isFinite(days) && days >= 0 ? days : -1;
}

/** Gaps beyond ten years weigh as ten years; an undated pair weighs as about eight months (e^-g/365 = 0.5). */
const MAX_GAP = 3650;
const UNDATED_GAP = MAX_GAP + 1;
const CLOSENESS = new Float64Array(UNDATED_GAP + 1);
for (let g = 0; g <= MAX_GAP; g++) CLOSENESS[g] = 0.75 + 0.25 * Math.exp(-g / 365);
CLOSENESS[UNDATED_GAP] = 0.75 + 0.25 * 0.5;

/** A body's terms (ids in the table that scanned it) with their counts, in first-seen order. */
interface BodyScan { terms: Int32Array; counts: Int32Array }

/** Words a table may hold before it is replaced with its scans: typing new words into a live preview must not grow it forever. */
const TABLE_LIMIT = 1 << 21;

/** What `relatedArticles` keeps for its next call, owned by whoever rebuilds: the term table with each body's scan, and the last run. */
export interface RelatedMemo {
  terms: { table: TermTable; scans: WeakMap<readonly string[], BodyScan> } | null;
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
function termScans(memo: RelatedMemo): NonNullable<RelatedMemo["terms"]> {
  if (!memo.terms || memo.terms.table.size > TABLE_LIMIT) memo.terms = { table: new TermTable(), scans: new WeakMap() };
  return memo.terms;
}

// ---------------------------------------------------------------------------------------------------------------
// The term table: an open-addressing hash table keyed by the lowercase letters of a word as they sit in the text.
// A word's hash is computed while scanning; only a word never seen before is sliced into a string.

const letterClass = new Uint8Array(65536); // 0 unknown, 1 letter, 2 not a letter
const lowerOf = new Uint16Array(65536);
for (let c = 0; c < 128; c++) {
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  letterClass[c] = letter ? 1 : 2;
  lowerOf[c] = c >= 65 && c <= 90 ? c + 32 : c;
}
function classify(c: number): void {
  const ch = String.fromCharCode(c);
  letterClass[c] = /\p{L}/u.test(ch) ? 1 : 2;
  lowerOf[c] = ch.toLowerCase().charCodeAt(0) || c;
}

class TermTable {
  private words: string[] = [];
  private stop: boolean[] = [];
  private counts = new Int32Array(1024);
  private slots = new Int32Array(1 << 14).fill(-1);
  private hashes: number[] = [];
  private touched: number[] = [];

  constructor() {
    for (const w of STOPWORDS) this.scanArticle([w]);
    for (const t of this.touched) { this.stop[t] = true; this.counts[t] = 0; }
    this.touched.length = 0;
  }

  get size(): number { return this.words.length; }
  word(t: number): string { return this.words[t]!; }

  /** Counts the article's terms; returns the term ids it holds (read their counts with `take`). */
  scanArticle(body: readonly string[]): number[] {
    this.touched.length = 0;
    for (const text of body) {
      const len = text.length;
      let start = -1, h = 0;
      for (let p = 0; p < len; p++) {
        const c = text.charCodeAt(p);
        let lower: number;
        if (c < 128) {
          lower = c | 32; // ASCII letters only; everything else ends a word
          if (lower < 97 || lower > 122) lower = -1;
        } else {
          if (letterClass[c] === 0) classify(c);
          lower = letterClass[c] === 1 ? lowerOf[c]! : -1;
        }
        if (lower >= 0) {
          if (start < 0) { start = p; h = 0x811c9dc5; }
          h = Math.imul(h ^ lower, 0x01000193);
        } else if (start >= 0) {
          if (p - start >= MIN_LEN) this.add(text, start, p, h >>> 0);
          start = -1;
        }
      }
      if (start >= 0 && len - start >= MIN_LEN) this.add(text, start, len, h >>> 0);
    }
    return this.touched;
  }

  /** The count of a touched term, resetting it for the next article. */
  take(t: number): number {
    const c = this.counts[t]!;
    this.counts[t] = 0;
    return c;
  }

  private add(text: string, start: number, end: number, hash: number): void {
    const mask = this.slots.length - 1;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const t = this.slots[s]!;
      if (t < 0) { this.insert(foldUnits(text.slice(start, end)), hash, s); this.count(this.words.length - 1); return; }
      if (this.hashes[t] === hash && this.same(t, text, start, end)) { if (!this.stop[t]) this.count(t); return; }
    }
  }

  private count(t: number): void {
    if (this.counts[t]! === 0) this.touched.push(t);
    this.counts[t]!++;
  }

  private same(t: number, text: string, start: number, end: number): boolean {
    const w = this.words[t]!;
    if (w.length !== end - start) return false;
    for (let k = 0; k < w.length; k++) if (w.charCodeAt(k) !== lowerOf[text.charCodeAt(start + k)]!) return false;
    return true;
  }

  /** `word` is already lowercased per code unit (what `same` compares against). */
  private insert(word: string, hash: number, slot: number): void {
    const t = this.words.length;
    this.words.push(word);
    this.hashes.push(hash);
    this.stop.push(false);
    if (t >= this.counts.length) { const c = new Int32Array(this.counts.length * 2); c.set(this.counts); this.counts = c; }
    this.slots[slot] = t;
    if (this.words.length * 2 > this.slots.length) this.grow();
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let t = 0; t < this.words.length; t++) {
      let s = this.hashes[t]! & mask;
      while (slots[s]! >= 0) s = (s + 1) & mask;
      slots[s] = t;
    }
    this.slots = slots;
  }
}

/** Lowercase one code unit at a time (what the scanner hashes), so stored words match the scanned text exactly. */
function foldUnits(word: string): string {
  let out = "";
  for (let k = 0; k < word.length; k++) out += String.fromCharCode(lowerOf[word.charCodeAt(k)]!);
  return out;
}
