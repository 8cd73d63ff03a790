// "Did you mean …?": the closest known name to a misspelt one, for front-matter keys, config keys and
// command-line options. Damerau–Levenshtein (a swap of two letters is one edit) over short names.

/** Edits between two short strings: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The known name `word` is most likely a misspelling of, or null when none is close: at most one edit
 * for names of up to four letters, two for longer ones, ignoring case, hyphens and underscores.
 */
export function didYouMean(word: string, known: readonly string[]): string | null {
  const norm = (s: string) => s.toLowerCase().replace(/[-_]/g, "");
  const w = norm(word);
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const k of known) {
    if (k === word) return null;
    const dist = editDistance(w, norm(k));
    if (dist < bestDistance) [best, bestDistance] = [k, dist];
  }
  const allowed = w.length <= 4 ? 1 : 2;
  return bestDistance <= allowed ? best : null;
}
