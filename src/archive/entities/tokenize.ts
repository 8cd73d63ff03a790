// A linear, regex-driven tokenizer: words (with their possessive and abbreviation dots) and punctuation,
// each with its offsets in the paragraph and whether a sentence starts there.
import { ABBREVIATIONS } from "./stoplists.ts";

export interface Token {
  /** The word as written, possessive removed ("Putin’s" → "Putin"); abbreviation dots kept ("Mr.", "U.S."). */
  text: string;
  /** Lowercase form without a final dot, for list lookups. */
  lower: string;
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

const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’\-&][\p{L}\p{N}]+)*['’]?\.?|\S/gu;
const OPENERS = new Set(["“", "‘", '"', "(", "["]);
const ENDERS = new Set([".", "!", "?", ":", ";"]);

export function tokenize(paragraph: string): Token[] {
  const out: Token[] = [];
  let atStart = true;
  for (const m of paragraph.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index;
    const first = raw.charAt(0);
    if (!/[\p{L}\p{N}]/u.test(first)) {
      out.push({ text: raw, lower: raw, start, end: start + raw.length, isWord: false, cap: false, sentenceStart: false, possessive: false });
      if (ENDERS.has(raw)) atStart = true;
      else if (OPENERS.has(raw) && (raw !== '"' || atStart || /\s/.test(paragraph.charAt(start - 1) || " "))) atStart = true;
      continue;
    }
    let word = raw;
    let trailingDot = false;
    if (word.endsWith(".") && !/^(?:\p{Lu}\.){2,}$/u.test(word)) {
      const bare = word.slice(0, -1);
      // Keep the dot on initials and known abbreviations; otherwise it ends the sentence.
      if (!(bare.length === 1 || ABBREVIATIONS.has(bare.toLowerCase()))) { word = bare; trailingDot = true; }
    }
    let possessive = false;
    const poss = /['’]s?$/u.exec(word);
    if (poss && word.length > poss[0].length) { word = word.slice(0, poss.index); possessive = true; }
    const cap = /^\p{Lu}/u.test(word) && !/-\p{Ll}/u.test(word);
    out.push({
      text: word, lower: word.toLowerCase().replace(/\.$/, ""), start, end: start + word.length,
      isWord: true, cap, sentenceStart: atStart, possessive,
    });
    atStart = false;
    if (trailingDot) {
      const at = start + raw.length - 1;
      out.push({ text: ".", lower: ".", start: at, end: at + 1, isWord: false, cap: false, sentenceStart: false, possessive: false });
      atStart = true;
    }
  }
  return out;
}
