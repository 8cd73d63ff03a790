// The development corpus (eval/corpus/, built by eval/scripts/rebuild-corpus.py from local mirrors and
// not committed) must be sound before its numbers mean anything: every truth file valid, every file it
// names present, every truth line present in its input. Cheap: no article is parsed.
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { checkShape, decodeQuotedPrintable, shapeDirs } from "../../eval/corpus-check.ts";

const corpus = join(import.meta.dirname, "..", "..", "eval", "corpus");
const shapes = shapeDirs(corpus);

test("every shape of the development corpus has valid truth that its files bear out", { skip: shapes.length === 0 && "no corpus built here (python3 eval/scripts/rebuild-corpus.py)" }, async (t) => {
  for (const dir of shapes) await t.test(dir.split(/[\\/]/).at(-1)!, () => assert.deepEqual(checkShape(dir), []));
});

function shapeWith(files: Record<string, string>, truth: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), "corpus-check-"));
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  writeFileSync(join(dir, "truth.json"), JSON.stringify(truth));
  return dir;
}

const item = (over: Record<string, unknown> = {}) => ({
  file: "a.txt", headline: "A headline", body: ["The first paragraph of the story, long enough to count."],
  junk: ["Advertisement"], credits: [], offtopic: [], bylines: [{ name: "Ann Lee", role: "author", location: null }],
  date: "2019-11-18", date_in_text: true, date_tolerance_days: 0, dateline: null, source: null, ...over,
});
const text = "A headline\nBy Ann Lee\nAdvertisement\n\nThe first paragraph of the story,\nlong enough to count.\n";

test("the corpus checker", async (t) => {
  await t.test("accepts a sound shape, hard-wrapped body included", () => {
    const dir = shapeWith({ "a.txt": text }, [item()]);
    try { assert.deepEqual(checkShape(dir), []); } finally { rmSync(dir, { recursive: true }); }
  });
  await t.test("names a body paragraph that is not in the file", () => {
    const dir = shapeWith({ "a.txt": text }, [item({ body: ["A paragraph nobody wrote down here."] })]);
    try { assert.match(checkShape(dir).join("\n"), /body paragraph not in the file/); } finally { rmSync(dir, { recursive: true }); }
  });
  await t.test("names a missing file, a bad date and a bad role", () => {
    const dir = shapeWith({ "a.txt": text }, [item({ file: "b.txt" }), item({ date: "2019-02-30", bylines: [{ name: "X", role: "editor", location: null }] })]);
    try {
      const p = checkShape(dir).join("\n");
      assert.match(p, /file "b.txt" does not exist/);
      assert.match(p, /date must be YYYY-MM-DD/);
      assert.match(p, /bylines must be/);
    } finally { rmSync(dir, { recursive: true }); }
  });
  await t.test("refuses a junk line the scorer would find inside a truth body", () => {
    const dir = shapeWith({ "a.txt": text }, [item({ junk: ["first paragraph of the story, long enough"] })]);
    try { assert.match(checkShape(dir).join("\n"), /junk line is part of a truth body paragraph/); } finally { rmSync(dir, { recursive: true }); }
  });
  await t.test("names an input file without truth", () => {
    const dir = shapeWith({ "a.txt": text, "stray.txt": "x" }, [item()]);
    try { assert.match(checkShape(dir).join("\n"), /stray.txt: input file has no truth item/); } finally { rmSync(dir, { recursive: true }); }
  });
  await t.test("decodes quoted-printable bodies of .eml files", () => {
    assert.equal(decodeQuotedPrintable("caf=C3=A9 au=\nlait"), "café aulait");
  });
});
