// A linear, regex-driven tokenizer: words (with their possessive and abbreviation dots) and punctuation,
// each with its offsets in the paragraph and whether a sentence starts there.
import { fold } from "./names.ts";
import { ABBREVIATIONS } from "./stoplists.ts";
import { codePointWidth, isLetterOrDigitAt, isSpaceCode, isUpperAt } from "../../model/chars.ts";

/** One word or punctuation mark of a paragraph, with its offsets (string indices) and the casing facts the entity scanner asks about. */
export interface Token {
  /** The word as written, possessive removed ("Smith’s" → "Smith"); abbreviation dots kept ("Mr.", "U.S."). */
  text: string;
  /** Lowercase form without a final dot, for list lookups. */
  lower: string;
  /** Folded form (lowercase, no diacritics) without a final dot, for lexicon and gazetteer lookups. */
  bare: string;
  start: number;
  /** End of `text` in the paragraph (before any possessive ending). */
  end: number;
  isWord: boolean;
  /** Starts with a capital letter (and is not a lowercase-hyphenated compound like "Soviet-era"). */
  cap: boolean;
  /** First word of a sentence or of a quotation: its capital proves nothing. */
  sentenceStart: boolean;
  /** Was followed by ’s or ’: a name can end here but not go on. */
  possessive: boolean;
}

/** A token whose lowercase form is made only when asked for (most words are never looked up by it). */
class WordToken implements Token {
  private low: string | null = null;
  private folded: string | null = null;
  constructor(
    public text: string, public start: number, public end: number, public isWord: boolean, public cap: boolean,
    public sentenceStart: boolean, public possessive: boolean,
  ) {}
  get lower(): string {
    if (this.low === null) {
      const w = this.text;
      this.low = this.isWord && w.charCodeAt(w.length - 1) === 46 ? w.slice(0, -1).toLowerCase() : this.isWord ? w.toLowerCase() : w;
    }
    return this.low;
  }
  // Asked for several times per capitalised word while spans are cleaned: worked out once.
  get bare(): string {
    if (this.folded === null) {
      const f = fold(this.text);
      this.folded = f.charCodeAt(f.length - 1) === 46 ? f.slice(0, -1) : f;
    }
    return this.folded;
  }
}

const OPENERS = new Set(["“", "‘", '"', "(", "["]);
const ENDERS = new Set([".", "!", "?", ":", ";"]);

/**
 * Where the word at `i` (a letter or digit) ends, as `/(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’\-&][\p{L}\p{N}]+)*['’]?\.?/u`
 * reads it there: initials with their dots ("U.S."), or a run of letters and digits joined by
 * apostrophes, hyphens and ampersands, with a closing apostrophe and a dot. Scanned by hand: the
 * regex's match objects were the tokenizer's main cost.
 */
function wordEnd(s: string, i: number): number {
  let p = i;
  let initials = 0;
  while (s.charCodeAt(p + codePointWidth(s, p)) === 46 && isUpperAt(s, p)) {
    p += codePointWidth(s, p) + 1;
    initials++;
  }
  if (initials >= 2) return p;
  p = lettersEnd(s, i);
  for (;;) {
    const c = s.charCodeAt(p);
    if ((c !== 39 && c !== 0x2019 && c !== 45 && c !== 38) || !isLetterOrDigitAt(s, p + 1)) break;
    p = lettersEnd(s, p + 1);
  }
  const c = s.charCodeAt(p);
  if (c === 39 || c === 0x2019) p++;
  if (s.charCodeAt(p) === 46) p++;
  return p;
}

/** The end of the run of letters and digits that starts at `i` (ASCII ones read inline). */
function lettersEnd(s: string, i: number): number {
  let p = i + codePointWidth(s, i);
  for (;;) {
    const c = s.charCodeAt(p);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) p++;
    else if (c >= 128 && isLetterOrDigitAt(s, p)) p += codePointWidth(s, p);
    else return p;
  }
}

/** Splits one paragraph into tokens in a single pass, marking where sentences and quotations start. */
export function tokenize(paragraph: string): Token[] {
  const out: Token[] = [];
  let atStart = true;
  const n = paragraph.length;
  for (let next = 0; next < n; ) {
    if (isSpaceCode(paragraph.charCodeAt(next))) {
      next++;
      continue;
    }
    const start = next;
    // A letter or digit opens a word; anything else that is not space is a token of one character.
    const wordLike = isLetterOrDigitAt(paragraph, start);
    next = wordLike ? wordEnd(paragraph, start) : start + codePointWidth(paragraph, start);
    const raw = paragraph.slice(start, next);
    if (!wordLike) {
      out.push(new WordToken(raw, start, next, false, false, false, false));
      if (ENDERS.has(raw)) atStart = true;
      else if (OPENERS.has(raw) && (raw !== '"' || atStart || /\s/.test(paragraph.charAt(start - 1) || " "))) atStart = true;
      continue;
    }
    const c0 = raw.charCodeAt(0);
    const ascii = c0 < 128;
    let word = raw;
    let trailingDot = false;
    if (word.charCodeAt(word.length - 1) === 46 && !/^(?:\p{Lu}\.){2,}$/u.test(word)) {
      const bare = word.slice(0, -1);
      // Keep the dot on initials and known abbreviations; otherwise it ends the sentence.
      if (!(bare.length === 1 || ABBREVIATIONS.has(bare.toLowerCase()))) { word = bare; trailingDot = true; }
    }
    let possessive = false;
    const lastCh = word.charAt(word.length - 1);
    if (lastCh === "'" || lastCh === "’" || lastCh === "s" || lastCh === "S") {
      const poss = /['’][sS]?$/u.exec(word);
      if (poss && word.length > poss[0].length) { word = word.slice(0, poss.index); possessive = true; }
    }
    const cap = (ascii ? c0 >= 65 && c0 <= 90 : /^\p{Lu}/u.test(word)) && !(word.includes("-") && /-\p{Ll}/u.test(word));
    out.push(new WordToken(word, start, start + word.length, true, cap, atStart, possessive));
    atStart = false;
    if (trailingDot) {
      const at = start + raw.length - 1;
      out.push(new WordToken(".", at, at + 1, false, false, false, false));
      atStart = true;
    }
  }
  return out;
}
