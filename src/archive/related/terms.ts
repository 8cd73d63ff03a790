// The term table of related coverage: an open-addressing hash table keyed by the lowercase letters
// of a word as they sit in the text. A word's hash is computed while scanning; only a word never seen
// before is sliced into a string.

/** Words shorter than this are never terms. */
const MIN_LEN = 3;
const STOPWORDS = ("the and for are but not you all any can had her was one our out his has have him its who did get may say said says " +
  "from with that this they will would there their what when which were been into than then them these some more also about after " +
  "over other could should while where just like such only most many much very because before being between both each even those " +
  "through during under again against among since until upon your year years time mr mrs ms new last first two three how now off own " +
  "she too why yet per via week weeks day days month months told according people").split(" ");

/** A body's terms (ids in the table that scanned it) with their counts, in first-seen order. */
export interface BodyScan { terms: readonly number[]; counts: readonly number[] }

/**
 * A body's terms as words rather than ids, so a scan made in one table (a worker's, at parse time)
 * can be read into another (the build's): `words` are the distinct terms, folded as the table folds
 * them and joined by single spaces (one string per body, not one per word), `counts` theirs in order.
 */
export interface TermCounts { words: string; counts: readonly number[] }

/** Words a table may hold before it is replaced with its scans: typing new words into a live preview must not grow it forever. */
export const TABLE_LIMIT = 1 << 21;


// Module cache (pure): the class and lowercase form of each UTF-16 code unit, filled in as units are
// first met, are a pure function of the unit (`classify`), the same in every build.
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

/** Words and their per-article counts, by id. */
export class TermTable {
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

  /**
   * The body's terms and counts, as plain arrays of small integers: they live in the JavaScript heap.
   * A typed array per body is an off-heap buffer per body, and V8 answers every 64 MB of those with
   * a full collection of the whole heap: at 100,000 articles (300 MB of scans) several, each
   * marking gigabytes of records, which made the archive stage grow faster than the archive.
   */
  scan(body: readonly string[]): BodyScan {
    const terms = this.scanArticle(body).slice();
    return { terms, counts: terms.map((t) => this.take(t)) };
  }

  /** The body's terms and counts by spelling (see `TermCounts`), for a table elsewhere to `intern`. */
  countTerms(body: readonly string[]): TermCounts {
    const terms = this.scanArticle(body);
    const counts = terms.map((t) => this.take(t));
    return { words: terms.map((t) => this.words[t]!).join(" "), counts };
  }

  /**
   * The scan `countTerms` made elsewhere, as ids of this table: the same as `scan` of the body here.
   * Read in place like a body (hashed as it goes, compared without slicing): only a new word becomes a string.
   */
  intern(counted: TermCounts): BodyScan {
    const text = counted.words;
    const terms: number[] = [];
    let start = 0, h = 0x811c9dc5;
    for (let p = 0; p <= text.length; p++) {
      const c = p < text.length ? text.charCodeAt(p) : 32;
      if (c !== 32) { h = Math.imul(h ^ c, 0x01000193); continue; }
      if (p > start) terms.push(this.idOf(text, start, p, h >>> 0));
      start = p + 1;
      h = 0x811c9dc5;
    }
    return { terms, counts: counted.counts };
  }

  /** The id of the folded word text[start, end) (inserted when new): its code units are the lowercase units the scanner hashes. */
  private idOf(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const t = this.slots[s]!;
      if (t < 0) { this.insert(text.slice(start, end), hash, s); return this.words.length - 1; }
      if (this.hashes[t] === hash && sameUnits(this.words[t]!, text, start, end)) return t;
    }
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

/** Whether `word` is text[start, end), unit for unit. */
function sameUnits(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** Lowercase one code unit at a time (what the scanner hashes), so stored words match the scanned text exactly. */
function foldUnits(word: string): string {
  let out = "";
  for (let k = 0; k < word.length; k++) out += String.fromCharCode(lowerOf[word.charCodeAt(k)]!);
  return out;
}
