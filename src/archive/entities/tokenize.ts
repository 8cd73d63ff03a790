// A linear, regex-driven tokenizer: words (with their possessive and abbreviation dots) and punctuation,
// each with its offsets in the paragraph and whether a sentence starts there.
import { fold } from "./names.ts";
import { ABBREVIATIONS } from "./stoplists.ts";

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

const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’\-&][\p{L}\p{N}]+)*['’]?\.?|\S/gu;
const OPENERS = new Set(["“", "‘", '"', "(", "["]);
const ENDERS = new Set([".", "!", "?", ":", ";"]);

/** Splits one paragraph into tokens in a single regex pass, marking where sentences and quotations start. */
export function tokenize(paragraph: string): Token[] {
  const out: Token[] = [];
  let atStart = true;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(paragraph); m !== null; m = TOKEN.exec(paragraph)) {
    const raw = m[0];
    const start = m.index;
    const c0 = raw.charCodeAt(0);
    const ascii = c0 < 128;
    const wordLike = ascii ? (c0 >= 97 && c0 <= 122) || (c0 >= 65 && c0 <= 90) || (c0 >= 48 && c0 <= 57) : /^[\p{L}\p{N}]/u.test(raw);
    if (!wordLike) {
      out.push(new WordToken(raw, start, start + raw.length, false, false, false, false));
      if (ENDERS.has(raw)) atStart = true;
      else if (OPENERS.has(raw) && (raw !== '"' || atStart || /\s/.test(paragraph.charAt(start - 1) || " "))) atStart = true;
      continue;
    }
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
