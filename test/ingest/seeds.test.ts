// The sample's ten seed articles, field by field. Seed facts live here, never in src/.
// These are the only tests that read seeds/, and they skip when seeds/ is no longer the sample.
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { test as nodeTest } from "node:test";
import { parseSource, type FileParse } from "../../src/ingest/index.ts";
import { ParsedArticle } from "../../src/model/index.ts";
import { assertNothingLost, config } from "./helpers.ts";
import { sampleSeedsSkip } from "../helpers/sample-seeds.ts";

const skip = sampleSeedsSkip();
const test = (name: string, fn: () => void) => nodeTest(name, { skip }, fn);

const dir = new URL("../../seeds/", import.meta.url);
const seeds = new Map<string, FileParse>();
if (!skip) for (const f of readdirSync(dir).sort()) seeds.set(f.slice(0, 3), parseSource(f, readFileSync(new URL(f, dir)), config));
const seed = (k: string) => seeds.get(k)!;
const BOILERPLATE = /granted access|Want to stay updated|Save on The Times|\/week|Billed as|^Learn more$|Sign up for|confidential news tip|secure message|Leave a (Reply|Comment)|email address will not be published|Key Issues to Know|contributed (reporting|research)|reported from|^The latest:$|^CBC$/;

test("should find ten articles in the five seed files, each passing the schema", () => {
  const all = [...seeds.values()].flatMap((fp) => fp.articles);
  assert.equal(all.length, 10);
  for (const a of all) ParsedArticle.parse(a);
  for (const fp of seeds.values()) assert.deepEqual(fp.errors, []);
});

test("should account for every line of every seed exactly once", () => {
  for (const [k, fp] of seeds) assertNothingLost(fp, readFileSync(new URL(readdirSync(dir).find((f) => f.startsWith(k))!, dir), "utf8").replace(/\n$/, "").split("\n").length);
});

test("should leave no boilerplate or credit line in any body", () => {
  for (const fp of seeds.values()) for (const a of fp.articles) for (const p of a.body) assert.doesNotMatch(p, BOILERPLATE, `${a.headline}: ${p.slice(0, 60)}`);
});

test("should read seed 000: derived headline, LONDON dateline cut from the lead, authors and located contributors", () => {
  const [a] = seed("000").articles;
  assert.ok(a);
  assert.equal(seed("000").articles.length, 1);
  assert.equal(a.headlineSource, "derived");
  assert.ok(a.headline.startsWith("Diplomatic process quickened"));
  assert.equal(a.dateline, "LONDON");
  assert.ok(a.body[0]!.startsWith("Diplomatic process quickened"));
  assert.equal(a.body.length, 30);
  assert.equal(a.date, null);
  assert.ok(a.warnings.some((w) => w.kind === "undated"));
  assert.deepEqual(a.bylines.slice(0, 2), [
    { name: "Mark Landler", role: "author", location: "London" },
    { name: "David E. Sanger", role: "author", location: "New York" },
  ]);
  const by = new Map(a.bylines.map((b) => [b.name, b]));
  assert.equal(a.bylines.length, 14);
  assert.deepEqual(by.get("Carlotta Gall"), { name: "Carlotta Gall", role: "contributor", location: "Kyiv, Ukraine" });
  assert.equal(by.get("Marc Santora")?.location, "Lviv, Ukraine");
  for (const n of ["Eric Schmitt", "Edward Wong", "Julian Barnes"]) assert.equal(by.get(n)?.location, "Washington");
  assert.equal(by.get("Nick Cumming-Bruce")?.location, "Geneva");
  assert.equal(by.get("Richard Pérez-Peña")?.location, "New York");
  assert.equal(by.get("Ivan Nechepurenko")?.location, "Istanbul");
  assert.ok(!by.has("Evan S. Medeiros"), "a quoted source is not a byline");
  assert.ok(seed("000").removed.some((r) => /Key Issues to Know/.test(r.text)));
});

test("should read seed 001: headline, contributors, comment form removed, date inferred from the anniversary", () => {
  const [a] = seed("001").articles;
  assert.ok(a);
  assert.equal(a.headline, "Ukraine Reinforces Embattled Bakhmut, but Mission Is Unclear");
  assert.equal(a.headlineSource, "text");
  assert.deepEqual(a.bylines.map((b) => [b.name, b.role, b.location]), [
    ["Thomas Gibbons-Neff", "contributor", null], ["Mujib Mashal", "contributor", null], ["David Pierson", "contributor", null],
    ["Marc Santora", "contributor", null], ["Eric Nagourney", "contributor", null],
  ]);
  assert.equal(a.body.length, 34);
  assert.ok(a.body.at(-1)!.startsWith("In conversations Mr. Modi"));
  assert.equal(a.dateSource, "inferred");
  assert.equal(a.date, "2023-03-01");
  assert.match(a.dateEvidence ?? "", /anniversary/);
  assert.equal(seed("001").removed.length, 2);
});

test("should read seed 002: two located contributors, Leave a Comment removed, no date claimed", () => {
  const [a] = seed("002").articles;
  assert.ok(a);
  assert.equal(a.headline, "Ukraine’s Offensive Could Set Stage for Diplomacy With Russia, U.S. Officials Say");
  assert.deepEqual(a.bylines, [
    { name: "Julian E. Barnes", role: "contributor", location: "Washington" },
    { name: "Steven Erlanger", role: "contributor", location: "Brussels" },
  ]);
  assert.equal(a.body.length, 37);
  assert.notEqual(a.dateSource, "header");
  assert.notEqual(a.dateSource, "front-matter");
});

test("should read seed 003: CBC source line, kicker removed, Day-6 date inferred, glued Reuters paragraph flagged", () => {
  const [a] = seed("003").articles;
  assert.ok(a);
  assert.equal(a.headline, "Russian military convoy advances on Kyiv as Kharkiv hit hard by shelling");
  assert.equal(a.source, "CBC");
  assert.equal(a.body.length, 14);
  assert.ok(a.body[0]!.startsWith("Russian shelling pounded"));
  assert.deepEqual([a.date, a.datePrecision, a.dateSource], ["2022-03-01", "day", "inferred"]);
  assert.match(a.dateEvidence ?? "", /Day 6 of a Russian invasion/);
  assert.ok(a.warnings.some((w) => w.kind === "glued-paragraph" && w.line === 18));
  assert.ok(seed("003").removed.some((r) => r.text === "The latest:"));
});

test("should read seed 004: six stories under one header date, two with derived headlines, credits by role", () => {
  const arts = seed("004").articles;
  assert.equal(arts.length, 6);
  assert.deepEqual(arts.map((a) => a.headlineSource), ["text", "text", "text", "text", "derived", "derived"]);
  assert.deepEqual(arts.slice(0, 4).map((a) => a.headline), [
    "Three Years Into War in Ukraine, Trump Ushers in New World for Putin",
    "How Friedrich Merz Will Try to Lead Europe Despite a Weakened Hand",
    "What Trump’s Deportation Plans Mean for Central America",
    "Europe Prepares to Face Russia as Trump’s America Steps Back",
  ]);
  assert.ok(arts[4]!.headline.startsWith("China’s leader said"));
  assert.ok(arts[5]!.headline.startsWith("When the secretary of the treasury"));
  for (const a of arts) {
    assert.deepEqual([a.date, a.datePrecision, a.dateSource], ["2025-02-25T12:11:38", "time", "header"]);
    assert.equal(a.source, "The New York Times");
    assert.equal(a.dateline, null);
  }
  assert.deepEqual(arts.map((a) => a.bylines), [
    [{ name: "Alina Lobzina", role: "contributor", location: null }],
    [],
    [{ name: "David Bolaños", role: "contributor", location: "San José, Costa Rica" }, { name: "Julie Turkewitz", role: "contributor", location: "Bogotá, Colombia" }],
    [],
    [{ name: "Amy Chang Chien", role: "research", location: null }],
    [],
  ]);
  assert.deepEqual(arts.map((a) => a.body.length), [37, 31, 31, 38, 28, 25]);
  assert.ok(arts[3]!.body.some((p) => p.startsWith("It is not clear yet whether America")), "the story goes on after the tips promo");
  assert.ok(arts[0]!.body[0]!.startsWith("President Vladimir V. Putin of Russia took the stage"));
  assert.ok(arts[5]!.body.at(-1)!.startsWith("“Ukrainians want peace"));
});
