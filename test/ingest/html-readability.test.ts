// Mozilla Readability's own test pages (Apache-2.0), read from a local checkout of mozilla/readability
// named by NEWSARCHIVE_READABILITY_PAGES (its test/test-pages folder): they are publishers' pages, so the
// repository does not carry copies. Without the variable these tests are skipped. Each saved page must become one record whose headline is Readability's expected title and whose
// body holds the words of Readability's expected article (recall) and little else (precision: our
// news cleaning removes captions, teasers and credit lines on top, so it may only be lower).
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { test } from "node:test";
import { parseHTML } from "linkedom";
import { parseText } from "./helpers.ts";

const dir = process.env.NEWSARCHIVE_READABILITY_PAGES;
const root = dir && existsSync(dir) ? new URL(`file://${dir.replace(/\/?$/, "/")}`) : null;
// A handful of news pages is enough for a check; NEWSARCHIVE_READABILITY_ALL=1 takes every page.
const wanted = new Set(["bbc-1", "herald-sun-1", "lemonde-1", "nytimes-1", "wapo-1"]);
const pages = root
  ? readdirSync(root).filter((d) => statSync(new URL(d, root)).isDirectory() && (process.env.NEWSARCHIVE_READABILITY_ALL === "1" || wanted.has(d))).sort()
  : [];

if (!root) test("Readability test pages (set NEWSARCHIVE_READABILITY_PAGES to a checkout's test/test-pages)", { skip: true }, () => {});

/** Word counts of a text, lower-cased, letters and digits only. */
function words(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** Share of `a`'s words (with multiplicity) also in `b`. */
function overlap(a: Map<string, number>, b: Map<string, number>): number {
  let total = 0, shared = 0;
  for (const [w, n] of a) {
    total += n;
    shared += Math.min(n, b.get(w) ?? 0);
  }
  return total ? shared / total : 1;
}

for (const name of pages) {
  test(`Readability test page ${name} should give one record with the expected title and article text`, () => {
    const dir = new URL(`${name}/`, root!);
    const fp = parseText(`${name}.html`, new Uint8Array(readFileSync(new URL("source.html", dir))));
    const meta = JSON.parse(readFileSync(new URL("expected-metadata.json", dir), "utf8"));
    const expected = parseHTML(`<!doctype html><html><body>${readFileSync(new URL("expected.html", dir), "utf8")}</body></html>`).document.body.textContent ?? "";
    assert.equal(fp.articles.length, 1, fp.warnings.map((w) => w.message).join("; "));
    const a = fp.articles[0]!;
    assert.equal(a.headline, meta.title);
    assert.equal(a.headlineSource, "metadata");
    const ours = words(a.body.join("\n"));
    const theirs = words(expected);
    const recall = overlap(theirs, ours);
    const precision = overlap(ours, theirs);
    assert.ok(recall >= 0.9, `recall ${recall.toFixed(3)}`);
    assert.ok(precision >= 0.97, `precision ${precision.toFixed(3)}`);
  });
}
