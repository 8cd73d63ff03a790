// Small tables for each extractor on its own: headline, byline, meta line, credits, dateline, dates,
// boilerplate. One subtest per row, named as a sentence, so a failure says which shape broke.
import assert from "node:assert/strict";
import { test } from "node:test";
import { parseBareByline, parseTopByline } from "../../src/ingest/byline.ts";
import { classify } from "../../src/ingest/classify.ts";
import { parseCreditLine } from "../../src/ingest/credits.ts";
import { findDateline } from "../../src/ingest/dateline.ts";
import { parseDateLine } from "../../src/ingest/dates.ts";
import { looksLikeHeadline } from "../../src/ingest/headline.ts";
import { parseMetaLine } from "../../src/ingest/meta.ts";
import { matchRule } from "../../src/ingest/rules.ts";

const who = (bs: { name: string; role: string; location: string | null }[] | undefined) => (bs ?? []).map((b) => `${b.name}/${b.role}/${b.location ?? "-"}`);

test("headline shapes", async (t) => {
  const rows: [string, boolean][] = [
    ["Russian military convoy advances on Kyiv as Kharkiv hit hard by shelling", true],
    ["Ukraine war: Kyiv braces for assault as Russian convoy nears", true],
    ["Europe Prepares to Face Russia as Trump’s America Steps Back", true],
    ["Officials said further increases were likely.", false],
    ["“We will do what it takes,” the governor said", false],
    ["The latest:", false],
    ["see more at https://example.org/story", false],
    ["Short", false],
  ];
  for (const [line, want] of rows) await t.test(`"${line}" is ${want ? "" : "not "}a headline`, () => assert.equal(looksLikeHeadline(line), want));
});

test("top-of-story bylines", async (t) => {
  const rows: [string, string[], string | null][] = [
    ["By Jane Doe and John Roe", ["Jane Doe/author/-", "John Roe/author/-"], null],
    ["By JANE DOE, Associated Press", ["Jane Doe/author/-"], "Associated Press"],
    ["By Jane Doe in Kyiv", ["Jane Doe/author/Kyiv"], null],
    ["By María José de la Cruz", ["María José de la Cruz/author/-"], null],
    ["By Jan van der Berg and Ahmad bin Salman", ["Jan van der Berg/author/-", "Ahmad bin Salman/author/-"], null],
    ["By Martin Luther King Jr.", ["Martin Luther King Jr./author/-"], null],
    ["By J.R. Smith", ["J.R. Smith/author/-"], null],
    ["BY JANE O'NEIL-DOE", ["Jane O'Neil-Doe/author/-"], null],
  ];
  for (const [line, want, source] of rows)
    await t.test(`"${line}" names ${want.join(", ")}`, () => {
      const got = parseTopByline(line);
      assert.deepEqual(who(got?.bylines), want);
      assert.equal(got?.source ?? null, source);
    });
  await t.test("a body sentence starting with By is not a byline", () => assert.equal(parseTopByline("By the end of the day, the convoy had stopped."), null));
  await t.test("the Guardian's bare 'Jane Doe in Kyiv' is a byline where one is expected", () => assert.deepEqual(who(parseBareByline("Jane Doe in Kyiv")?.bylines), ["Jane Doe/author/Kyiv"]));
});

test("meta lines between headline and story", async (t) => {
  const rows: [string, string[], string | null, string | null][] = [
    ["Jane Doe and John Roe | Reuters", ["Jane Doe/author/-", "John Roe/author/-"], "Reuters", null],
    ["Marie-Ève Tremblay · CBC News · Posted: Mar 01, 2022 4:00 AM ET | Last Updated: March 1, 2022", ["Marie-Ève Tremblay/author/-"], "CBC News", "2022-03-01T04:00"],
    ["Oksana Bilyk · Follow", ["Oksana Bilyk/author/-"], null, null],
    ["5 min read · Mar 3, 2022", [], null, "2022-03-03"],
    ["Posted on March 3, 2022 by Ana Kovač", ["Ana Kovač/author/-"], null, "2022-03-03"],
    ["Posted on March 3, 2022 by admin", [], null, "2022-03-03"],
    ["March 3, 2022 2:14 PM GMT Updated 2 hours ago", [], null, "2022-03-03T14:14"],
  ];
  for (const [line, bylines, source, date] of rows)
    await t.test(`"${line}" gives ${bylines.length ? bylines.join(", ") : "no byline"}, ${source ?? "no source"}, ${date ?? "no date"}`, () => {
      const m = parseMetaLine(line, "UTC");
      assert.ok(m);
      assert.deepEqual(who(m.bylines), bylines);
      assert.equal(m.source, source);
      assert.equal(m.date?.date ?? null, date);
    });
  await t.test("a bare name with nothing to vouch for it is not a meta line", () => assert.equal(parseMetaLine("Jane Doe · Jane Doe", "UTC"), null));
  await t.test("a relative time is never a date", () => {
    for (const line of ["3 hours ago", "Updated 2 hours ago", "Published 5 mins ago", "yesterday"]) {
      const c = classify({ start: 0, end: 0, text: line, heading: 0, md: null }, "UTC");
      assert.equal(c.date, undefined, line);
    }
  });
});

test("credit lines", async (t) => {
  const rows: [string, string[], string[]][] = [
    ["Associated Press writers Maria Lopez in Mexico City and Tom Baker contributed to this report.", ["Maria Lopez/contributor/Mexico City", "Tom Baker/contributor/-"], []],
    ["Contributing: Jane Doe, John Roe", ["Jane Doe/contributor/-", "John Roe/contributor/-"], []],
    ["Contributing: Jane Doe and John Roe, USA TODAY", ["Jane Doe/contributor/-", "John Roe/contributor/-"], []],
    ["— Jane Doe", ["Jane Doe/author/-"], []],
    ["Additional reporting by Jane Doe in Kyiv", ["Jane Doe/contributor/Kyiv"], []],
    ["Compiled by Jane Doe and John Roe.", [], ["Jane Doe", "John Roe"]],
    ["Editing by Jane Doe", [], ["Jane Doe"]],
    ["(Reporting by Alex Lawler in London; Editing by Jason Neely)", ["Alex Lawler/author/London"], ["Jason Neely"]],
    ["Writing by Tom Balmforth; Editing by Kim Coghill", ["Tom Balmforth/author/-"], ["Kim Coghill"]],
    ["Jane Doe contributed reporting from Kyiv, Ukraine.", ["Jane Doe/contributor/Kyiv, Ukraine"], []],
  ];
  for (const [line, bylines, editors] of rows)
    await t.test(`"${line}" credits ${bylines.join(", ") || "nobody"}${editors.length ? ` and accounts for editors ${editors.join(", ")}` : ""}`, () => {
      const c = parseCreditLine(line);
      assert.ok(c);
      assert.deepEqual(who(c.bylines), bylines);
      assert.deepEqual(c.editors, editors);
    });
  for (const line of ["“It was terrible,” said Angela Stent, a professor at Georgetown.", "Officials said the report was written by Jane Doe last year.", "— and then the shelling started again."])
    await t.test(`"${line}" is not a credit`, () => assert.equal(parseCreditLine(line), null));
});

test("datelines", async (t) => {
  const rows: [string, string | null, string | null][] = [
    ["LONDON — Officials met.", "LONDON", null],
    ["KYIV, Ukraine — Officials met.", "KYIV, Ukraine", null],
    ["WASHINGTON (AP) — Officials met.", "WASHINGTON", "Associated Press"],
    ["LONDON, March 3 (Reuters) - Oil rose.", "LONDON", "Reuters"],
    ["KYIV/LVIV, Ukraine, March 3 (Reuters) - Talks resumed.", "KYIV/LVIV, Ukraine", "Reuters"],
    ["Doha, Qatar – Talks resumed.", "Doha, Qatar", null],
  ];
  for (const [para, place, source] of rows)
    await t.test(`"${para}" opens with the dateline ${place}`, () => {
      const d = findDateline(para);
      assert.ok(d);
      assert.equal(d.place, place);
      assert.equal(d.source, source);
    });
  for (const para of ["NATO - the alliance - met.", "NOTE: this is not a dateline.", "The LONDON office said so."]) await t.test(`"${para}" has no dateline`, () => assert.equal(findDateline(para), null));
});

test("date lines", async (t) => {
  const rows: [string, string | null][] = [
    ["Published March 3, 2022", "2022-03-03"],
    ["Updated 5:23 PM EST, March 1, 2022", "2022-03-01T17:23"],
    ["Sun 24 Feb 2025 10.15 GMT", "2025-02-24T10:15"],
    ["Last modified on Wed 2 Mar 2022 00.15 GMT", "2022-03-02T00:15"],
    ["12 March 2022", "2022-03-12"],
    ["Published On 3 Mar 2022", "2022-03-03"],
    ["3 hours ago", null],
    ["March 3", null],
    ["The talks on March 3, 2022 failed", null],
  ];
  for (const [line, want] of rows) await t.test(`"${line}" ${want ? `is ${want}` : "is not a date line"}`, () => assert.equal(parseDateLine(line, "UTC")?.date ?? null, want));
});

test("boilerplate rules", async (t) => {
  const removed = ["Advertisement", "Share this:", "Like this:", "Related", "Sign up to First Edition", "Image caption, Flooding in Pontypridd", "Our Standards: The Thomson Reuters Trust Principles.", "Russia-Ukraine Warfare: Key Issues to Know", "340 Followers", "Recommended from Medium", "Social Sharing"];
  for (const line of removed) await t.test(`"${line}" is boilerplate`, () => assert.ok(matchRule(line)));
  const kept = ["The central bank raised its benchmark rate by half a point on Tuesday.", "Share prices fell sharply on Monday.", "Related talks will resume next week, officials said."];
  for (const line of kept) await t.test(`"${line}" is not boilerplate`, () => assert.equal(matchRule(line), null));
});

test("date inference from the story's words", async (t) => {
  const { inferDate } = await import("../../src/ingest/infer.ts");
  const { config } = await import("./helpers.ts");
  const rows: [string, string | null][] = [
    ["Officials met on Monday, March 7, to discuss the corridors.", "2022-03"],
    ["Officials met on Monday, March 7, 2022, to discuss the corridors.", "2022-03"],
    ["On Day 6 of the invasion, officials met on Tuesday, March 1.", "2022-03-01"],
    ["Officials met on Tuesday, March 7, 2022.", null],
    ["Talks were held on Monday, March 7, and again on Thursday, March 24.", null],
    ["The vote is set for Sunday, March 31.", null],
    ["On Day 6 of the invasion, officials met on Monday, March 14.", null],
    ["Three hours ago, officials said the talks on March 3, 2022 had failed.", null],
  ];
  for (const [text, want] of rows)
    await t.test(`"${text}" ${want ? `is dated ${want}` : "stays undated"}`, () => assert.equal(inferDate([text], config).inferred?.date ?? null, want));
  await t.test("conflicting candidates are listed in the notes", () => assert.match(inferDate(["Talks were held on Monday, March 7, and again on Thursday, March 24."], config).notes[0]!, /conflicting evidence: Monday, March 7; Thursday, March 24/));
});
