import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import test from "node:test";
import { DIAGNOSTIC_KINDS } from "../../src/model/index.ts";
import { ERRORS_DOC, errorsDoc } from "../../scripts/errors-doc.ts";

test("docs/errors.md is generated from the list of diagnostic kinds and up to date (npm run docs:errors)", () => {
  assert.equal(readFileSync(ERRORS_DOC, "utf8"), errorsDoc());
});

test("every diagnostic kind says what it means and how to fix it, in one line each", () => {
  const kinds = Object.entries(DIAGNOSTIC_KINDS);
  assert.ok(kinds.length >= 10);
  for (const [kind, doc] of kinds) {
    assert.match(kind, /^[a-z]+(-[a-z]+)*$/, kind);
    for (const text of [doc.means, doc.fix]) {
      assert.ok(text.length > 10 && !text.includes("\n"), `${kind}: ${text}`);
      assert.match(text, /\.$/, `${kind}: a sentence`);
    }
  }
});
