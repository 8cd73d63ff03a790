// Press releases: the release label, the "Written by" credit (names or account names), the end mark and
// the issuer's blurb and media contact after it are not story.
import assert from "node:assert/strict";
import { test } from "node:test";
import { parseCreditLine } from "../../src/ingest/credits.ts";
import { parseText } from "./helpers.ts";

test("a lone 'Written by' credit names its authors, account names included", () => {
  assert.deepEqual(parseCreditLine("Written by ckerr, VerteDinde and georgexu99.")?.bylines.map((b) => b.name), ["ckerr", "VerteDinde", "georgexu99"]);
  assert.deepEqual(parseCreditLine("Written by Ana Sousa and Li Wei.")?.bylines.map((b) => b.name), ["Ana Sousa", "Li Wei"]);
  assert.equal(parseCreditLine("Written by hand, the letters took weeks to arrive."), null);
});

test("the issuer's blurb after the end mark is removed, never a second story; a story's own 'About' subhead stays", () => {
  const release = ["Pressemitteilung", "", "Stadtbibliothek verlängert ihre Öffnungszeiten", "", "Die Stadtbibliothek öffnet ab Montag auch samstags von 10 bis 18 Uhr, teilte die Stadt am Freitag mit.", "", "-30-", "", "Über die Stadtbibliothek", "Die Stadtbibliothek hat vier Standorte und 200.000 Medien.", "", "Pressekontakt: presse@stadt.example"].join("\n");
  const fp = parseText("release.txt", release);
  assert.equal(fp.articles.length, 1);
  assert.equal(fp.articles[0]!.headline, "Stadtbibliothek verlängert ihre Öffnungszeiten");
  assert.ok(fp.removed.some((r) => r.text.startsWith("Über die Stadtbibliothek") && r.rule.includes("issuer's blurb")));
  const story = ["Town hall reopens after repairs", "", "The town hall reopened on Monday after two years of repairs to its roof and clock tower, the council said.", "", "About the repairs", "", "Builders replaced about 3,000 slates and rebuilt the clock's mechanism, which had stopped in 2019."].join("\n");
  const one = parseText("story.txt", story);
  assert.equal(one.articles.length, 1);
  assert.equal(one.articles[0]!.body.length, 3);
});
