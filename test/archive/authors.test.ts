import { test } from "node:test";
import assert from "node:assert/strict";
import { resolveAuthors, type AuthorMemo } from "../../src/archive/authors.ts";
import { article, config, seedArticles, seedConfig } from "./helpers.ts";
import type { Byline } from "../../src/model/index.ts";

const by = (name: string, role: Byline["role"] = "author"): Byline => ({ name, role, location: null });

test("newsroom (real ingest): Anders Holm and Anders K. Holm are one author; Petra Sandvik's credits in four articles", async () => {
  const idx = resolveAuthors(await seedArticles(), seedConfig());
  const holm = idx.authors.filter((a) => /holm/i.test(a.name));
  assert.equal(holm.length, 1);
  assert.equal(holm[0]!.name, "Anders K. Holm");
  assert.deepEqual(holm[0]!.variants, ["Anders Holm", "Anders K. Holm"]);
  assert.equal(holm[0]!.credits.length, 4);
  const sandvik = idx.authors.filter((a) => /sandvik/i.test(a.name));
  assert.equal(sandvik.length, 1);
  assert.equal(sandvik[0]!.credits.length, 4);
  assert.equal(new Set(sandvik[0]!.credits.map((c) => c.articleId)).size, 4);
  assert.deepEqual(new Set(sandvik[0]!.credits.map((c) => c.role)), new Set(["author", "contributor"]));
});

test("conflicting middle initials stay apart; different first names never merge", () => {
  const idx = resolveAuthors([
    article({ id: "x1", body: [], bylines: [by("John A. Smith"), by("Jane Smith")] }),
    article({ id: "x2", body: [], bylines: [by("John B. Smith")] }),
  ], config());
  assert.deepEqual(idx.authors.map((a) => a.name), ["Jane Smith", "John A. Smith", "John B. Smith"]);
  assert.deepEqual(idx.slugsByArticle.get("x1"), ["john-a-smith", "jane-smith"]);
});

test("an ambiguous plain name is not forced onto one of two initialled people", () => {
  const idx = resolveAuthors([article({ body: [], bylines: [by("John A. Smith"), by("John B. Smith"), by("John Smith")] })], config());
  assert.equal(idx.authors.length, 3);
});

test("case, diacritics and a leading 'By' fold; all-caps names are title-cased", () => {
  const idx = resolveAuthors([
    article({ id: "c1", body: [], bylines: [by("By JANE DOE")] }),
    article({ id: "c2", body: [], bylines: [by("Jane Doe")] }),
    article({ id: "c3", body: [], bylines: [by("Richard Perez-Pena"), by("RICHARD PÉREZ-PEÑA")] }),
  ], config());
  assert.deepEqual(idx.authors.map((a) => [a.slug, a.name, a.credits.length]), [
    ["jane-doe", "Jane Doe", 2],
    ["richard-perez-pena", "Richard Perez-Pena", 2],
  ]);
});

test("config aliases force merges and name the author", () => {
  const idx = resolveAuthors([
    article({ id: "k1", body: [], bylines: [by("Bob Jones")] }),
    article({ id: "k2", body: [], bylines: [by("Robert Jones", "contributor")] }),
  ], config({ authors: [{ name: "Robert T. Jones", aliases: ["Bob Jones", "Robert Jones"] }] }));
  assert.equal(idx.authors.length, 1);
  assert.equal(idx.authors[0]!.name, "Robert T. Jones");
  assert.equal(idx.authors[0]!.slug, "robert-t-jones");
  assert.deepEqual(idx.slugsByArticle.get("k2"), ["robert-t-jones"]);
});

test("slugs are unique and authors sorted by slug, independent of input order", () => {
  const arts = [
    article({ id: "s1", body: [], bylines: [by("Ann Lee")] }),
    article({ id: "s2", body: [], bylines: [by("Ann A. Lee"), by("Ann B. Lee")] }),
  ];
  const a = resolveAuthors(arts, config());
  const b = resolveAuthors([...arts].reverse(), config());
  assert.deepEqual(a.authors.map((x) => x.slug), b.authors.map((x) => x.slug));
  assert.equal(new Set(a.authors.map((x) => x.slug)).size, a.authors.length);
});

test("an edit that leaves every byline alone gets the last index; a byline edit gets a fresh one", () => {
  const cfg = config();
  const arts = [
    article({ id: "b1", bylines: [by("Jane Doe")], body: ["One."] }),
    article({ id: "b2", bylines: [by("Jane Q. Doe"), by("Sam Roe", "contributor")], body: ["Two."] }),
  ];
  const memo: AuthorMemo = { last: null }; // what a rebuild state keeps between rebuilds
  const first = resolveAuthors(arts, cfg, memo);
  const typed = arts.map((a, i) => (i === 1 ? { ...a, body: ["Two, edited."], bylines: a.bylines.map((b) => ({ ...b })) } : a));
  assert.equal(resolveAuthors(typed, cfg, memo), first);
  assert.notEqual(resolveAuthors(typed, cfg), first, "without the memo, nothing is reused");
  const renamed = typed.map((a, i) => (i === 0 ? { ...a, bylines: [by("John Doe")] } : a));
  const after = resolveAuthors(renamed, cfg, memo);
  assert.notEqual(after, first);
  assert.deepEqual(after, resolveAuthors(renamed, cfg));
  assert.deepEqual(after.authors.map((a) => a.name), ["Jane Q. Doe", "John Doe", "Sam Roe"]);
});

test("a credit that is not a person (a blog, a community, a job title) gets no author page, and slugs stay aligned", () => {
  const arts = [
    article({ id: "n1", body: ["x"], bylines: [by("Rust Community"), by("Jane Doe"), by("Software Engineer")] }),
    article({ id: "n2", body: ["x"], bylines: [by("NPR Apps Blog"), by("Jane Doe")] }),
  ];
  const idx = resolveAuthors(arts, config());
  assert.deepEqual(idx.authors.map((a) => a.name), ["Jane Doe"]);
  assert.deepEqual(idx.slugsByArticle.get("n1"), ["", "jane-doe", ""]);
  assert.deepEqual(idx.slugsByArticle.get("n2"), ["", "jane-doe"]);
});
