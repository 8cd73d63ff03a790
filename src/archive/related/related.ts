// Related coverage without comparing all pairs. Each body is read once by a linear character scanner that
// hashes words in place (no regex, no string per token) into a term table; each article keeps its top TF-IDF
// terms from a bounded vocabulary (no stopwords, no words in a single article, none in too many). Inverted
// indexes (entity → articles, term → articles, as flat typed arrays with capped postings) gather candidates;
// only candidates are scored: shared-entity rarity, term cosine, then closeness in time.
import { runSteps, type ParsedArticle } from "../../model/index.ts";
import type { EntityIndex } from "../entities/resolve.ts";
import { holdsAny, newRelatedMemo, sameList, termScans, unchanged, type RelatedMemo, type Run } from "./reuse.ts";
import { CLOSENESS, closeness, dayNumber, heavier, postings, ranksBefore, reason, type Related } from "./scoring.ts";
import type { BodyScan, TermCounts } from "./terms.ts";

export { newRelatedMemo, type RelatedMemo } from "./reuse.ts";
export type { Related } from "./scoring.ts";
export { TermTable, type TermCounts } from "./terms.ts";

/** How `relatedArticles` runs. */
export interface RelatedOptions {
  /** Related articles kept per article (default 5). */
  limit?: number;
  /** What the last call kept (a rebuild's); a one-off call makes its own. */
  memo?: RelatedMemo;
  /** Bodies' terms counted at parse time (`TermTable.countTerms`), per article id: those bodies are not scanned again here. */
  terms?: ReadonlyMap<string, TermCounts>;
}

/** Distinctive terms kept per article. */
const TOP_TERMS = 12;
/** Articles worked through between two of `relatedSteps`'s yields (a few milliseconds' work at most). */
const STEP = 1024;

/**
 * Up to `limit` related articles per article, best first, each with a reason. Deterministic: the result does
 * not depend on the order of `articles` (ties go to the closer date, then to the smaller id).
 */
export function relatedArticles(articles: readonly ParsedArticle[], entities: EntityIndex, options: RelatedOptions = {}): Map<string, Related[]> {
  return runSteps(relatedSteps(articles, entities, options));
}

/**
 * `relatedArticles` in steps: it yields between its phases and every `STEP` articles within them, so a
 * thread that must stay responsive (the dev server's builder) can take a turn. Run to its end it returns
 * the same lists.
 */
export function* relatedSteps(articles: readonly ParsedArticle[], entities: EntityIndex, options: RelatedOptions = {}): Generator<void, Map<string, Related[]>> {
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
    const counted = options.terms?.get(articles[i]!.id);
    let scan = scans.get(counted ?? body);
    if (!scan) scans.set(counted ?? body, (scan = counted ? table.intern(counted) : table.scan(body)));
    docScans[i] = scan;
    if (i % STEP === STEP - 1) yield;
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
  yield;
  for (let i = 0; i < n; i++) {
    if (i % STEP === STEP - 1) yield;
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

  yield;
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
  yield;
  const same = prev ? unchanged(prev, run, { entityId, entStart, entItems, entPost, termPost, pair }) : null;
  const entityAcc = new Float64Array(n);
  const dotAcc = new Float64Array(n);
  const mark = new Uint8Array(n);
  const touched: number[] = [];
  const best: Array<{ j: number; score: number; gap: number }> = [];
  const result = run.result;
  yield;
  for (let i = 0; i < n; i++) {
    if (i % STEP === STEP - 1) yield;
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
