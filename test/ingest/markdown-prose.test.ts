// Property: whenever the prose reader accepts a Markdown text, it gives exactly what remark gives,
// both the ingest units and the body HTML; and it declines the constructs that need the parser.
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { simpleBlocks } from "../../src/ingest/markdown.ts";
import { markdownUnits, treeUnits } from "../../src/ingest/units.ts";
import { bodyTree, proseHtml } from "../../src/render/body.ts";
import { toHtml } from "hast-util-to-html";

// Words and marks chosen to sit on the edges of the prose reader's rules.
const word = fc.constantFrom(
  "news", "Kyiv", "said", "“quoted”", "it’s", "—", "2024.", "1)", "-", "+", "*", "_", "#", "##", "###", "#######", "=", "==", ">", "<b>",
  "&amp;", "a&b", "[link](x)", "![i](y)", "`code`", "\\", "|", "~", "www.example.com", "http://x.y", "a@b.c", "x#", "C#", "é", "\u00a0", "🎉",
);
const line = fc.oneof(
  { weight: 5, arbitrary: fc.array(word, { minLength: 1, maxLength: 8 }).map((ws) => ws.join(" ")) },
  { weight: 2, arbitrary: fc.constantFrom("", "", "# Heading", "## A sub heading", "###### Deep", "# Trailing #", "#", "# ", "---", "===", "    code", "\tcode", "trailing  ", " lead") },
  { weight: 4, arbitrary: fc.array(fc.constantFrom("plain", "words", "of", "prose", "Officials", "met", "on", "Monday"), { minLength: 1, maxLength: 10 }).map((ws) => ws.join(" ")) },
);
const doc = fc.array(line, { maxLength: 20 });

test("should give remark's units and HTML for every text the prose reader accepts", () => {
  let accepted = 0;
  fc.assert(
    fc.property(doc, (lines) => {
      if (!simpleBlocks(lines)) return;
      accepted++;
      assert.deepEqual(markdownUnits(lines, 0), treeUnits(lines, 0));
      const markdown = lines.join("\n");
      assert.equal(proseHtml(markdown), toHtml(bodyTree({ format: "markdown", markdown, body: [] })));
    }),
    { numRuns: 3000 },
  );
  assert.ok(accepted > 300, `the generator should reach the prose reader often (${accepted} of 3000)`);
});

test("should leave lists, quotes, emphasis, links, code, HTML and tables to the parser", () => {
  for (const text of ["- item", "1. first", "> quote", "some *emphasis*", "a [link](http://x)", "`code`", "<div>x</div>", "a | b", "Title\n===", "    indented", "line with trailing space ", "C# news\n# C# rises"]) {
    assert.equal(simpleBlocks(text.split("\n")), null, text);
  }
  assert.deepEqual(simpleBlocks(["# Title", "First line", "second line", "", "Next"]), [
    { start: 0, end: 0, depth: 1, lines: ["Title"] },
    { start: 1, end: 2, depth: 0, lines: ["First line", "second line"] },
    { start: 4, end: 4, depth: 0, lines: ["Next"] },
  ]);
});
