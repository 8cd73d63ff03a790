// A build's rendered bodies wait in a scratch file (off the heap) until their pages and feeds are
// made: the render memo hands them over and reads them back byte for byte, and the file goes with
// the build.
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { test } from "node:test";
import { RenderMemo } from "../../src/render/index.ts";
import { BodyFile } from "../../src/pipeline/workers/body-file.ts";
import { tempDir } from "../helpers/site.ts";

const encoder = new TextEncoder();

test("a body file gives back each body's bytes, in any order, and is removed when closed", () => {
  const parent = tempDir();
  const file = new BodyFile(parent);
  const bodies = ["<p>First “quoted” body</p>", "", "<p>Ünïcödé ✓ 日本語</p>".repeat(500)].map((b) => encoder.encode(b));
  const handles = bodies.map((b) => file.put(b));
  for (const i of [2, 0, 1, 2]) assert.deepEqual(file.read(handles[i]!), bodies[i]);
  assert.equal(readdirSync(parent).length, 1, "one scratch folder while the build runs");
  file.close();
  assert.deepEqual(readdirSync(parent), [], "the scratch folder goes with the build");
});

test("a memo with a shelf keeps a primed body there, not on the heap, and gives the same HTML back", () => {
  const memo = new RenderMemo();
  const file = new BodyFile(tempDir());
  const put: number[] = [];
  memo.shelf = { put: (html) => (put.push(html.length), file.put(html)), read: (body) => file.read(body) };
  const record = { format: "markdown" as const, markdown: null, body: ["A paragraph."] };
  const html = "<p>A paragraph with “quotes” and <em>markup</em>.</p>";
  memo.primeBody(record, encoder.encode(html));
  assert.deepEqual(put, [encoder.encode(html).length], "the UTF-8 went to the shelf");
  assert.equal(
    memo.body(record, () => assert.fail("a primed body is not rendered again")),
    html,
  );
  // Without a shelf (the dev server's memo), a primed body stays in memory, as before.
  const plain = new RenderMemo();
  plain.primeBody(record, encoder.encode(html));
  assert.equal(plain.body(record, () => assert.fail("not rendered again")), html);
  file.close();
});
