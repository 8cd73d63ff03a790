// The entity tokenizer's hand-written scan splits text as its regex definition does: same tokens,
// offsets, casing and sentence starts on any text.
import assert from "node:assert/strict";
import test from "node:test";
import fc from "fast-check";
import { ABBREVIATIONS } from "../../src/archive/entities/stoplists.ts";
import { tokenize, type Token } from "../../src/archive/entities/tokenize.ts";

/** The tokenizer as its one regex defines it (what the scan replaced for speed). */
function tokensByRegex(paragraph: string): unknown[] {
  const out: unknown[] = [];
  let atStart = true;
  for (const m of paragraph.matchAll(/(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’\-&][\p{L}\p{N}]+)*['’]?\.?|\S/gu)) {
    const raw = m[0];
    const start = m.index;
    if (!/^[\p{L}\p{N}]/u.test(raw)) {
      out.push([raw, start, start + raw.length, false, false, false, false]);
      if ([".", "!", "?", ":", ";"].includes(raw)) atStart = true;
      else if (["“", "‘", '"', "(", "["].includes(raw) && (raw !== '"' || atStart || /\s/.test(paragraph.charAt(start - 1) || " "))) atStart = true;
      continue;
    }
    let word = raw;
    let dot = false;
    if (word.endsWith(".") && !/^(?:\p{Lu}\.){2,}$/u.test(word) && !(word.length === 2 || ABBREVIATIONS.has(word.slice(0, -1).toLowerCase()))) {
      word = word.slice(0, -1);
      dot = true;
    }
    const poss = /['’][sS]?$/u.exec(word);
    const possessive = poss !== null && word.length > poss[0].length;
    if (possessive) word = word.slice(0, poss.index);
    const cap = /^\p{Lu}/u.test(word) && !/-\p{Ll}/u.test(word);
    out.push([word, start, start + word.length, true, cap, atStart, possessive]);
    atStart = false;
    if (dot) {
      out.push([".", start + raw.length - 1, start + raw.length, false, false, false, false]);
      atStart = true;
    }
  }
  return out;
}

const shape = (ts: Token[]) => ts.map((t) => [t.text, t.start, t.end, t.isWord, t.cap, t.sentenceStart, t.possessive]);
const PIECES = ["a", "b", "s", "the ", "The ", "l’", "L'", "é", "É", "İ", "ǅ", "Ⅰ", "𝐀", "𝐚", "\ud835", "\udc00", "😀", " ", "\u00a0", "\u2003", "\n",
  ".", "..", "-", "'", "’", "’s ", "'s", "1", "٣", "—", "«", "Δ", "中", "К", "etc.", "U.S.", "U.", "S.", "A", "&", "Mr. ", "“", '"', "(", "[", "!", "?", ":", ";", "Smith’s ", "Jones' ", "Soviet-era ", "AT&T", "\u2028", "\ufeff", "\u200b"];

test("tokenize splits any text as the token regex does", () => {
  const text = fc.oneof(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join("")), fc.string({ unit: "binary", maxLength: 40 }), fc.string({ unit: "grapheme", maxLength: 30 }));
  fc.assert(fc.property(text, (s) => assert.deepEqual(shape(tokenize(s)), tokensByRegex(s))), { numRuns: 5000 });
});

test("tokenize keeps initials whole, ends sentences at a dot and strips possessives", () => {
  const ts = tokenize("Officials in the U.S. met Smith’s team. Then “Mr. Li” left.");
  assert.deepEqual(ts.filter((t) => t.isWord).map((t) => t.text), ["Officials", "in", "the", "U.S.", "met", "Smith", "team", "Then", "Mr.", "Li", "left"]);
  assert.equal(ts.find((t) => t.text === "Smith")!.possessive, true);
  assert.equal(ts.find((t) => t.text === "Then")!.sentenceStart, true);
  assert.equal(ts.find((t) => t.text === "Mr.")!.sentenceStart, true, "after an opening quote");
  assert.equal(ts.find((t) => t.text === "U.S.")!.bare, "u.s", "bare is folded, without the final dot");
});
