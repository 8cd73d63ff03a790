// The hand-written scanners' character classes answer as the regex classes they stand for, for
// every code point (ASCII and Latin come from a table, the rest from a sticky regex).
import assert from "node:assert/strict";
import test from "node:test";
import { codePointWidth, isLetterOrDigitAt, isSpaceCode, isUpperAt, squashSpaces } from "../../src/model/chars.ts";

test("isLetterOrDigitAt, isUpperAt and codePointWidth agree with \\p{L}\\p{N}, \\p{Lu} and the code point's length", () => {
  const wrong: string[] = [];
  for (let cp = 0; cp < 0x110000; cp += cp < 0x30000 ? 1 : 97) {
    const s = `x${String.fromCodePoint(cp)}y`;
    const one = s.slice(1, -1);
    if (isLetterOrDigitAt(s, 1) !== /^[\p{L}\p{N}]/u.test(one)) wrong.push(`letter-or-digit U+${cp.toString(16)}`);
    if (isUpperAt(s, 1) !== /^\p{Lu}/u.test(one)) wrong.push(`upper U+${cp.toString(16)}`);
    if (codePointWidth(s, 1) !== one.length) wrong.push(`width U+${cp.toString(16)}`);
  }
  assert.deepEqual(wrong.slice(0, 10), []);
});

test("a lone surrogate is neither a letter nor upper case, and is one code unit wide", () => {
  for (const s of ["\ud835", "\udc00", "\ud835x"]) {
    assert.equal(isLetterOrDigitAt(s, 0), false);
    assert.equal(isUpperAt(s, 0), false);
    assert.equal(codePointWidth(s, 0), 1);
  }
  assert.equal(isLetterOrDigitAt("\ud835\udc00", 0), true, "MATHEMATICAL BOLD CAPITAL A is a letter");
  assert.equal(isUpperAt("\ud835\udc00", 0), true);
  assert.equal(isLetterOrDigitAt("a", 1), false, "past the end");
});

test("isSpaceCode agrees with \\s for every code unit", () => {
  const wrong: number[] = [];
  for (let c = 0; c < 0x10000; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
  assert.deepEqual(wrong, []);
});

test("squashSpaces is replace(/\\s+/g, \" \"), and gives back the same string when nothing needs squashing", async () => {
  const fc = (await import("fast-check")).default;
  const text = fc.array(fc.constantFrom("a", "b", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "\ufeff", "é", "😀"), { maxLength: 30 }).map((a: string[]) => a.join(""));
  fc.assert(fc.property(fc.oneof(text, fc.string({ unit: "binary", maxLength: 30 })), (s: string) => assert.equal(squashSpaces(s), s.replace(/\s+/g, " "))), { numRuns: 5000 });
  const prose = "One space between words, none at the ends.";
  assert.equal(squashSpaces(prose), prose);
  assert.equal(squashSpaces("a \t b\n"), "a b ");
});
