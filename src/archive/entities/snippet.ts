// A short context for an entity page: the sentence around the first mention, cut to ~200 characters.
const MAX = 200;

/** The sentence of `paragraph` holding the mention at `start` (`length` characters), cut with "…" to about 200 characters around the mention; "" for an empty paragraph. */
export function snippetAround(paragraph: string, start: number, length: number): string {
  if (!paragraph) return "";
  // Sentence bounds: the nearest ". " (not after an initial or "Mr") before, and the next sentence end after.
  // Both found by short scans from the mention, never by a regex over the whole paragraph.
  const from = sentenceStart(paragraph, start);
  const to = sentenceEnd(paragraph, start + length);
  let text = paragraph.slice(from, to).trim();
  if (text.length <= MAX) return text;
  // Too long: a window centred on the mention, cut at spaces.
  const mid = start - from + Math.floor(length / 2);
  let a = Math.max(0, mid - MAX / 2), b = Math.min(text.length, a + MAX);
  a = Math.max(0, b - MAX);
  if (a > 0) a = text.indexOf(" ", a) + 1 || a;
  if (b < text.length) b = text.lastIndexOf(" ", b) > a ? text.lastIndexOf(" ", b) : b;
  text = `${a > 0 ? "…" : ""}${text.slice(a, b).trim()}${b < text.length ? "…" : ""}`;
  return text;
}

const NOT_ENDS = new Set(["Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col"]);
/** How far back to look for the sentence start: a longer sentence is cut to a window around the mention anyway. */
const LOOK_BACK = 600;
const isWordChar = (ch: string): boolean => /[\p{L}\p{N}_]/u.test(ch);
const isSpace = (ch: string): boolean => ch === " " || ch === "\n" || ch === "\t" || ch === "\r" || ch === "\u00a0" || /\s/.test(ch);

/** Is the ".", "!" or "?" at `k` the end of a sentence: followed by a space (after an optional closing quote),
 *  not closing an initial ("U.S.", "John F.") or an abbreviated title ("Mr.")? Returns the offset after the mark
 *  and its quote, or -1. `limit` bounds the look ahead. */
function sentenceEndAt(paragraph: string, k: number, limit: number): number {
  let e = k + 1;
  if (e < limit && (paragraph[e] === "”" || paragraph[e] === '"' || paragraph[e] === "’")) e++;
  if (e >= limit || !isSpace(paragraph[e]!)) return -1;
  let w = k;
  while (w > 0 && isWordChar(paragraph[w - 1]!)) w--;
  const word = paragraph.slice(w, k);
  if ((word.length === 1 && /\p{Lu}/u.test(word)) || NOT_ENDS.has(word)) return -1;
  return e;
}

/** Where the sentence holding offset `from` ends (after its mark), scanning forward a bounded distance. */
function sentenceEnd(paragraph: string, from: number): number {
  const stop = Math.min(paragraph.length, from + LOOK_BACK);
  for (let k = from; k < stop; k++) {
    const ch = paragraph[k]!;
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    const e = sentenceEndAt(paragraph, k, paragraph.length);
    if (e >= 0) return e;
  }
  return stop;
}

/** Where the sentence holding offset `start` begins: after the last ". ", "! " or "? " before it (scanning back, bounded). */
function sentenceStart(paragraph: string, start: number): number {
  const stop = Math.max(0, start - LOOK_BACK);
  for (let k = start - 1; k >= stop; k--) {
    const ch = paragraph[k]!;
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    let e = k + 1;
    if (e < start && (paragraph[e] === "”" || paragraph[e] === '"' || paragraph[e] === "’")) e++;
    if (e >= start || !isSpace(paragraph[e]!)) continue;
    while (e < start && isSpace(paragraph[e]!)) e++;
    // Not after an initial ("U.S.", "John F.") or an abbreviated title ("Mr.").
    let w = k;
    while (w > 0 && isWordChar(paragraph[w - 1]!)) w--;
    const word = paragraph.slice(w, k);
    if ((word.length === 1 && /\p{Lu}/u.test(word)) || NOT_ENDS.has(word)) continue;
    return e;
  }
  return 0;
}
