// The hand-written scanners of the line features and template keys give what their regex
// definitions give, on any text: they replaced those regexes for speed, never for a different answer.
import assert from "node:assert/strict";
import test from "node:test";
import fc from "fast-check";
import stop from "../../src/ingest/features/stopwords.json" with { type: "json" };
import { countSentenceEnds, scanWords } from "../../src/ingest/features/line.ts";
import { lineKey } from "../../src/ingest/features/template.ts";

/** Text made of the pieces the scanners treat specially: case, apostrophes, dots, surrogates, spaces. */
const PIECES = ["a", "e", "s", "t", "the ", "The ", "DER ", "und ", "l’", "L'", "é", "É", "ß", "İ", "ǅ", "Ⅰ", "𝐀", "𝐚", "\ud835", "\udc00",
  "😀", " ", "  ", "\u00a0", "\u2003", "\t", "\n", ".", "..", "-", "'", "’", "’s ", "1", "٣", "—", "«", "“", "”", "Δ", "中", "К", "etc.", "U.S.", "Mr. ", "qu’il ", "d’un ", "des ", "y ", "|", "~"];
const text = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join("")),
  fc.string({ unit: "binary", maxLength: 40 }),
);

/** The definition scanWords replaced: words by regex, each lowercased and looked up in the stop lists. */
function wordsByRegex(head: string): { words: number; stopHits: number[]; caps: number } {
  const table = new Map<string, number>();
  ["en", "de", "fr", "es", "it", "pt"].forEach((lang, bit) => {
    for (const w of (stop as unknown as Record<string, string>)[lang]!.split(" ")) table.set(w, (table.get(w) ?? 0) | (1 << bit));
  });
  const words = head.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  const stopHits = [0, 0, 0, 0, 0, 0];
  let caps = 0;
  for (const w of words) {
    const bare = w.toLowerCase().replaceAll("’", "'").replace(/\.$/, "");
    const bits = table.get(bare) ?? 0;
    for (let i = 0; i < 6; i++) stopHits[i]! += (bits >> i) & 1;
    if (/^\p{Lu}/u.test(w)) caps++;
  }
  return { words: words.length, stopHits, caps };
}

/** The definition lineKey's one-pass ASCII path replaced: normalise by regex, then hash. */
function keyByRegex(line: string): number | null {
  const t = line.trim();
  if (t.length < 2 || t.length > 300) return null;
  const n = t.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/\s+/g, " ").replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
  if (n.length < 2) return null;
  const fnv = (seed: number) => {
    let h = seed >>> 0;
    for (let i = 0; i < n.length; i++) h = Math.imul(h ^ n.charCodeAt(i), 16777619) >>> 0;
    return h;
  };
  return fnv(2166136261) * 2 ** 21 + (fnv(374761393) & 0x1fffff);
}

test("scanWords counts words, function words and capitals as the word regex and stop lists do", () => {
  fc.assert(fc.property(text, (s) => assert.deepEqual(scanWords(s), wordsByRegex(s))), { numRuns: 5000 });
  assert.deepEqual(scanWords("The cat’s in the U.S. etc."), wordsByRegex("The cat’s in the U.S. etc."));
  assert.equal(scanWords("Der Hund und die Katze").stopHits[1], 3, "German function words counted for German");
});

test("lineKey gives the key of its normalised-by-regex definition, ASCII or not", () => {
  const ascii = fc.oneof(
    fc.array(fc.constantFrom("a", "B", "0", " ", "  ", "\t", "\r", "\v", ".", "-", "|", "'", '"', "Share this", "Home"), { maxLength: 30 }).map((a) => a.join("")),
    fc.string({ unit: "binary-ascii", maxLength: 40 }),
  );
  fc.assert(fc.property(fc.oneof(ascii, text), (s) => assert.equal(lineKey(s), keyByRegex(s))), { numRuns: 5000 });
  for (const s of ["x".repeat(300), "x".repeat(301), ` ${"x".repeat(300)} `, "--", "a.", "“Quoted”"]) assert.equal(lineKey(s), keyByRegex(s), s);
});

test("countSentenceEnds counts what the sentence-end regex matches", () => {
  const ends = fc.array(fc.constantFrom("a", " ", ".", "!", "?", "…", '"', "”", "’", ")", "]", "\n", "\u00a0", "x.y", "(", "“"), { maxLength: 30 }).map((a) => a.join(""));
  fc.assert(fc.property(fc.oneof(ends, text), (s) => assert.equal(countSentenceEnds(s), (s.match(/[.!?…](?:["”’)\]]+)?(?=\s|$)/gu) ?? []).length)), { numRuns: 5000 });
  assert.equal(countSentenceEnds("One. Two!” Three?) four"), 3);
});
