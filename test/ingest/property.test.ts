// Property: for any mix of article text, boilerplate, credits, garbage, unicode and line endings,
// parseSource never throws, every article passes the schema, and every non-blank line is accounted for once.
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { parseSource } from "../../src/ingest/index.ts";
import { ParsedArticle } from "../../src/model/index.ts";
import { assertNothingLost, config } from "./helpers.ts";

const pieces = fc.oneof(
  fc.constantFrom(
    "Talks Resume as Both Sides Dig In", "LONDON — Officials met on Monday to discuss the plan.", "By Jane Doe and John Roe",
    "Published March 3, 2022", "Advertisement", "Learn more", "Leave a Reply", "Jane Doe contributed reporting from Kyiv, Ukraine.",
    "(Reporting by A. Person; Editing by B. Editor)", "CBC", "The latest:", "---", "# heading", "* not markdown _ < & >",
    "“Quoted,” said Angela Marsh, a professor.", "Day 6 of the invasion brought new attacks.", "The New York Times 2025-02-25 12:11:38",
    "", "   indented wrapped line of copy that goes on", "\u0000".slice(1), "Ünïcödé tëxt — with ‘quotes’ and emoji 🎉.",
  ),
  fc.string({ maxLength: 80 }),
  fc.string({ unit: "grapheme", maxLength: 60 }),
);

test("should never throw, keep every article valid and lose no line, for random inputs", () => {
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 40 }), fc.constantFrom("\n", "\r\n", "\r"), fc.constantFrom("a.txt", "b.md"), (parts, eol, file) => {
      const text = parts.map((p) => p.replace(/\u0000/g, "")).join(eol);
      const fp = parseSource(file, new TextEncoder().encode(text), config);
      for (const a of fp.articles) ParsedArticle.parse(a);
      const lines = text.split(/\r\n|\n|\r/);
      if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
      assertNothingLost(fp, lines.length);
    }),
    { numRuns: 300 },
  );
});

test("should never fail inside on arbitrary bytes: no internal error, every record valid", () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
      const fp = parseSource("x.txt", bytes, config);
      // parseSource turns a crash into an "internal" error on the file: arbitrary input must never cause one.
      assert.deepEqual([...fp.errors, ...fp.warnings].filter((d) => d.kind === "internal"), []);
      for (const a of fp.articles) ParsedArticle.parse(a);
    }),
    { numRuns: 300 },
  );
});
