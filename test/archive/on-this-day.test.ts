// "On this day": per dated article, up to ten articles of the same month and day in other years, newest first.
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { onThisDay } from "../../src/archive/groups.ts";
import type { Article } from "../../src/model/index.ts";

/** The definition, one article at a time (quadratic in a day's articles, as the archive stage once was). */
function reference(dated: readonly Article[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const a of dated) {
    if (a.date!.length < 10) continue;
    const others = dated.filter((b) => b.date!.length >= 10 && b.date!.slice(5, 10) === a.date!.slice(5, 10) && b.date!.slice(0, 4) !== a.date!.slice(0, 4)).reverse();
    if (others.length) out.set(a.id, others.slice(0, 10).map((b) => b.id));
  }
  return out;
}

const ids = (m: Map<string, Article[]>): Map<string, string[]> => new Map([...m].map(([id, list]) => [id, list.map((b) => b.id)]));

test("should list up to ten articles of the same day in other years, newest first", () => {
  const date = fc.tuple(fc.integer({ min: 2001, max: 2006 }), fc.constantFrom("03-01", "03-02", "12-31"), fc.constantFrom("", "T10:00")).map(([y, md, t]) => `${y}-${md}${t}`);
  const dates = fc.array(fc.oneof({ weight: 9, arbitrary: date }, { weight: 1, arbitrary: fc.constantFrom("2003-03", "2004") }), { minLength: 20, maxLength: 80 });
  fc.assert(fc.property(dates, (list) => {
    // Dated articles arrive oldest first, as the archive orders them.
    const dated = list.sort().map((d, i) => ({ id: `a${i}`, date: d }) as Article);
    assert.deepEqual(ids(onThisDay(dated)), reference(dated));
  }), { numRuns: 500 });
});
