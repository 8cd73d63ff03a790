// Related coverage without comparing all pairs: inverted indexes (entity → articles, distinctive term → articles)
// gather candidates; only candidates are scored by shared-entity rarity, TF-IDF cosine and closeness in time.
import type { ParsedArticle } from "../model/index.ts";
import type { EntityIndex } from "./entities/resolve.ts";

export interface Related { id: string; score: number; reason: string }

/** Distinctive terms kept per article; postings longer than the cap are too common to say anything. */
const TOP_TERMS = 12;
const STOP = new Set(("the and for are but not you all any can had her was one our out his has have him its who did get may say said says " +
  "from with that this they will would there their what when which were been into than then them these some more also about after " +
  "over other could should while where just like such only most many much very because before being between both each even those " +
  "through during under again against among since until upon your year years time mr mrs ms new last first two three").split(" "));

interface Doc { id: string; index: number; day: number | null; terms: Map<string, number>; norm: number; entities: Array<{ slug: string; name: string }> }

export function relatedArticles(articles: readonly ParsedArticle[], entities: EntityIndex, options: { limit?: number } = {}): Map<string, Related[]> {
  const limit = options.limit ?? 5;
  const n = articles.length;
  const cap = Math.max(50, Math.min(300, Math.round(n * 0.03)));

  // Two passes over the text: document frequencies first, then each article's top terms. Holding every
  // article's full term table at once costs more in garbage collection than reading the text twice.
  const df = new Map<string, number>();
  for (const a of articles) for (const t of termCounts(a).keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = (d: number): number => Math.log(1 + n / d);

  const docs: Doc[] = articles.map((a, i) => {
    const top: Array<[string, number]> = [];
    for (const [t, c] of termCounts(a)) {
      const w = (1 + Math.log(c)) * idf(df.get(t)!);
      if (top.length === TOP_TERMS && !(w > top[TOP_TERMS - 1]![1] || (w === top[TOP_TERMS - 1]![1] && t < top[TOP_TERMS - 1]![0]))) continue;
      let k = Math.min(top.length, TOP_TERMS - 1);
      while (k > 0 && (w > top[k - 1]![1] || (w === top[k - 1]![1] && t < top[k - 1]![0]))) k--;
      top.splice(k, 0, [t, w]);
      if (top.length > TOP_TERMS) top.pop();
    }
    const terms = new Map(top);
    let norm = 0;
    for (const w of terms.values()) norm += w * w;
    return { id: a.id, index: i, day: dayNumber(a.date), terms, norm: Math.sqrt(norm) || 1, entities: entities.byArticle.get(a.id) ?? [] };
  });

  // Postings: entity → articles; distinctive term → (article, weight).
  const byEntity = new Map<string, number[]>();
  const byTerm = new Map<string, { docs: number[]; weights: number[] }>();
  const entityName = new Map<string, string>();
  for (const d of docs) {
    for (const e of d.entities) { push(byEntity, e.slug, d.index); entityName.set(e.slug, e.name); }
    for (const [t, w] of d.terms) {
      let p = byTerm.get(t);
      if (!p) byTerm.set(t, (p = { docs: [], weights: [] }));
      p.docs.push(d.index);
      p.weights.push(w / d.norm);
    }
  }

  // Score accumulators in typed arrays, reset through the list of touched articles: no all-pairs, no per-pair objects.
  const entityAcc = new Float64Array(n);
  const dotAcc = new Float64Array(n);
  const touched: number[] = [];
  const touch = (j: number): void => { if (entityAcc[j] === 0 && dotAcc[j] === 0) touched.push(j); };
  const result = new Map<string, Related[]>();
  for (const d of docs) {
    touched.length = 0;
    const slugs = [...new Set(d.entities.map((e) => e.slug))];
    for (const slug of slugs) {
      const list = byEntity.get(slug)!;
      if (list.length > cap) continue;
      const w = idf(list.length);
      for (const j of list) if (j !== d.index) { touch(j); entityAcc[j]! += w; }
    }
    for (const [t, w] of d.terms) {
      const { docs: list, weights } = byTerm.get(t)!;
      if (list.length > cap) continue;
      const wd = w / d.norm;
      for (let k = 0; k < list.length; k++) {
        const j = list[k]!;
        if (j === d.index) continue;
        touch(j);
        dotAcc[j]! += wd * weights[k]!;
      }
    }
    // Keep only the best `limit` (a small sorted array): no sort over every candidate.
    const best: Array<{ j: number; score: number }> = [];
    for (const j of touched) {
      const o = docs[j]!;
      const e = entityAcc[j]!;
      const time = d.day !== null && o.day !== null ? Math.exp(-Math.abs(d.day - o.day) / 365) : 0.5;
      const score = Math.round((e / (1 + e) + dotAcc[j]!) * (0.75 + 0.25 * time) * 1e6) / 1e6;
      entityAcc[j] = 0;
      dotAcc[j] = 0;
      if (best.length === limit && !better(score, o.id, best[limit - 1]!.score, docs[best[limit - 1]!.j]!.id)) continue;
      let k = best.length < limit ? best.length : limit - 1;
      while (k > 0 && better(score, o.id, best[k - 1]!.score, docs[best[k - 1]!.j]!.id)) k--;
      best.splice(k, 0, { j, score });
      if (best.length > limit) best.pop();
    }
    result.set(d.id, best.map(({ j, score }) => ({ id: docs[j]!.id, score, reason: reason(d, docs[j]!, slugs, byEntity, entityName, cap) })));
  }
  return result;
}

function termCounts(a: ParsedArticle): Map<string, number> {
  const tf = new Map<string, number>();
  for (const p of a.body) for (const m of p.toLowerCase().matchAll(/\p{L}{3,}/gu)) if (!STOP.has(m[0])) tf.set(m[0], (tf.get(m[0]) ?? 0) + 1);
  return tf;
}

/** Higher score first; ties broken by id. */
function better(score: number, id: string, otherScore: number, otherId: string): boolean {
  return score > otherScore || (score === otherScore && id < otherId);
}

/** "Also about: …" up to 3 shared entities, rarest first; else the top shared distinctive words. */
function reason(d: Doc, o: Doc, slugs: string[], byEntity: Map<string, number[]>, names: Map<string, string>, cap: number): string {
  const theirs = new Set(o.entities.map((e) => e.slug));
  const shared = slugs.filter((s) => theirs.has(s)).sort((x, y) => byEntity.get(x)!.length - byEntity.get(y)!.length || (x < y ? -1 : 1));
  const useful = shared.filter((s) => byEntity.get(s)!.length <= cap);
  if (shared.length) return `Also about: ${(useful.length ? useful : shared).slice(0, 3).map((s) => names.get(s)!).join(", ")}`;
  const common: Array<[string, number]> = [];
  for (const [t, w] of d.terms) { const v = o.terms.get(t); if (v !== undefined) common.push([t, w * v]); }
  common.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  return `Similar wording: ${common.slice(0, 3).map((c) => c[0]).join(", ")}`;
}

/** Days since the epoch for "YYYY[-MM[-DD…]]", or null. Only the calendar date matters here. */
function dayNumber(date: string | null): number | null {
  if (!date) return null;
  const [y, m, d] = date.slice(0, 10).split("-").map(Number);
  return Math.floor(Date.UTC(y!, (m ?? 1) - 1, d ?? 1) / 86_400_000);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
