// Character classes for the hand-written scanners that read every word of every seed (line features,
// the entity tokenizer, template line keys): the same answers as the regex classes \p{L}\p{N}, \p{Lu}
// and \s, without a regex match per word. ASCII and Latin letters come from a table made as the module
// loads; any other character is asked of a sticky regex at its position (rare in most text).

const LETTER_OR_DIGIT = 1;
const UPPER = 2;
/** Basic Latin, Latin-1 and Latin Extended-A/B: the letters of the languages the archive reads most. */
const TABLE_END = 0x250;
const TABLE = new Uint8Array(TABLE_END);
for (let c = 0; c < TABLE_END; c++) {
  const ch = String.fromCharCode(c);
  TABLE[c] = (/[\p{L}\p{N}]/u.test(ch) ? LETTER_OR_DIGIT : 0) | (/\p{Lu}/u.test(ch) ? UPPER : 0);
}
const LETTER_OR_DIGIT_AT = /[\p{L}\p{N}]/uy;
const UPPER_AT = /\p{Lu}/uy;

/** Code units of the code point at `i` (2 for a surrogate pair, else 1; 0 past the end). */
export function codePointWidth(s: string, i: number): number {
  if (i >= s.length) return 0;
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) return 1;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/** Is the code point at `i` a letter or a digit (`[\p{L}\p{N}]`)? False past the end. */
export function isLetterOrDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < TABLE_END) return (TABLE[c]! & LETTER_OR_DIGIT) !== 0;
  if (c !== c) return false; // NaN: past the end
  LETTER_OR_DIGIT_AT.lastIndex = i;
  return LETTER_OR_DIGIT_AT.test(s);
}

/** Is the code point at `i` an uppercase letter (`\p{Lu}`)? False past the end. */
export function isUpperAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < TABLE_END) return (TABLE[c]! & UPPER) !== 0;
  if (c !== c) return false;
  UPPER_AT.lastIndex = i;
  return UPPER_AT.test(s);
}

/** Is this code unit white space as a regex's `\s` reads it (ECMAScript WhiteSpace and LineTerminator)? */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `s.replace(/\s+/g, " ")`, returning `s` itself when every space in it is already one " " (most prose). */
export function squashSpaces(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 ? isSpaceCode(s.charCodeAt(i + 1)) : isSpaceCode(c)) return s.replace(/\s+/g, " ");
  }
  return s;
}
