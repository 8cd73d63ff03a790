// Date forms, one table per rule: printed wall time kept with its offset, numeric dates in the configured
// order (ambiguous ones flagged), month words in six languages, and header lines recognised by their form.
import assert from "node:assert/strict";
import { test } from "node:test";
import { parseDateLine } from "../../src/ingest/dates.ts";
import { SiteConfig } from "../../src/model/index.ts";
import { config, parseText } from "./helpers.ts";

test("a printed date and time with a zone keeps the printed day and wall time, and the offset", async (t) => {
  const rows: [string, string, string][] = [
    ["9:07 pm EST, Tuesday, November 19, 2019", "2019-11-19T21:07", "-05:00"],
    ["Oct 15, 2015 12:00 AM CET", "2015-10-15T00:00", "+01:00"],
    ["Nov 20, 2019 01:41 PM IST", "2019-11-20T13:41", "+05:30"],
    ["Updated March 15, 2024 at 11:42 p.m. EDT", "2024-03-15T23:42", "-04:00"],
    ["Mar 1, 2022 2:14 PM ET", "2022-03-01T14:14", "-05:00"],
    ["Jul 1, 2022 2:14 PM ET", "2022-07-01T14:14", "-04:00"],
    ["2022-03-01T23:30:00-05:00", "2022-03-01T23:30:00", "-05:00"],
  ];
  for (const [line, date, offset] of rows)
    await t.test(`"${line}" is ${date} at ${offset}, whatever the site's zone`, () => {
      for (const zone of ["UTC", "Asia/Tokyo", "America/Los_Angeles"]) {
        const d = parseDateLine(line, zone);
        assert.equal(d?.date, date);
        assert.equal(d?.offset, offset);
      }
    });
  await t.test("a time without a zone has no offset", () => assert.equal(parseDateLine("March 3, 2022 10:15", "UTC")?.offset, undefined));
});

test("numeric and ordinal dates", async (t) => {
  const rows: [string, boolean, string | null, boolean][] = [
    ["Posted 11/18/2019", false, "2019-11-18", false],
    ["Posted 18/11/2019", false, "2019-11-18", false],
    ["November 18th, 2019 at 11:08 a.m.", false, "2019-11-18T11:08", false],
    ["Published on the 3rd of March, 2022", false, "2022-03-03", false],
    ["03/04/2019", false, "2019-03-04", true],
    ["03/04/2019", true, "2019-04-03", true],
    ["04/04/2019", true, "2019-04-04", false],
    ["18.11.2019", false, "2019-11-18", false],
    ["2019/11/18", false, "2019-11-18", false],
    ["13/13/2019", false, null, false],
    ["Updated: 3/12/2024", false, "2024-03-12", true],
  ];
  for (const [line, dayFirst, want, ambiguous] of rows)
    await t.test(`"${line}" (${dayFirst ? "day" : "month"} first) is ${want ?? "not a date"}${ambiguous ? ", flagged ambiguous" : ""}`, () => {
      const d = parseDateLine(line, "UTC", dayFirst);
      assert.equal(d?.date ?? null, want);
      assert.equal(Boolean(d?.ambiguous), ambiguous);
    });
});

test("month names in German, French, Spanish, Italian and Portuguese", async (t) => {
  const rows: [string, string][] = [
    ["12. März 2024", "2024-03-12"],
    ["Veröffentlicht am 12. März 2024, 14:05 Uhr", "2024-03-12T14:05"],
    ["12 mars 2024", "2024-03-12"],
    ["Publié le 1er février 2024", "2024-02-01"],
    ["12 de marzo de 2024", "2024-03-12"],
    ["12 marzo 2024", "2024-03-12"],
    ["12 de março de 2024", "2024-03-12"],
    ["lunedì 12 marzo 2024", "2024-03-12"],
  ];
  for (const [line, want] of rows) await t.test(`"${line}" is ${want}`, () => assert.equal(parseDateLine(line, "UTC")?.date ?? null, want));
  for (const line of ["Der Markt am 12. März", "Il mercato di marzo 2024 è stato calmo"]) await t.test(`"${line}" is not a date line`, () => assert.equal(parseDateLine(line, "UTC"), null));
});

const STORY = "The harbour authority approved the new ferry schedule on Tuesday after a long public consultation with residents.";

test("an ambiguous numeric date is filed as inferred with a warning; dateOrder settles the reading", () => {
  const text = `Ferry schedule approved\n\nPosted 03/04/2019\n\n${STORY}\n`;
  const us = parseText("a.txt", text).articles[0]!;
  assert.equal(us.date, "2019-03-04");
  assert.equal(us.dateSource, "inferred");
  assert.match(us.dateEvidence ?? "", /03\/04\/2019/);
  assert.ok(us.warnings.some((w) => w.kind === "ambiguous-date"));
  const eu = parseText("a.txt", text, SiteConfig.parse({ ...config, dateOrder: "day-first" })).articles[0]!;
  assert.equal(eu.date, "2019-04-03");
  const clear = parseText("a.txt", `Ferry schedule approved\n\nPosted 11/18/2019\n\n${STORY}\n`).articles[0]!;
  assert.deepEqual([clear.date, clear.dateSource, clear.warnings.some((w) => w.kind === "ambiguous-date")], ["2019-11-18", "header", false]);
});

test("a printed zone is kept as dateOffset on the record, not converted to the site's zone", () => {
  const tokyo = SiteConfig.parse({ ...config, timeZone: "Asia/Tokyo" });
  const a = parseText("a.txt", `Ferry schedule approved\n\n9:07 pm EST, Tuesday, November 19, 2019\n\n${STORY}\n`, tokyo).articles[0]!;
  assert.deepEqual([a.date, a.dateOffset, a.dateSource], ["2019-11-19T21:07", "-05:00", "header"]);
});

test("a header line of any publication is recognised by its form", async (t) => {
  const rows: [string, string, string][] = [
    ["The Harbor Ledger 2024-03-12 23:45:00", "The Harbor Ledger", "2024-03-12T23:45:00"],
    ["Valley Courier 2024-03-12 23:45:00", "Valley Courier", "2024-03-12T23:45:00"],
    ["Le Petit Journal 2024-03-12 23:45", "Le Petit Journal", "2024-03-12T23:45"],
    ["18F | Aug. 25, 2022 9:00 a.m.", "18F", "2022-08-25T09:00"],
    ["Harbor Notes -- March 12, 2024", "Harbor Notes", "2024-03-12"],
  ];
  for (const [line, name, date] of rows)
    await t.test(line, () => {
      const a = parseText("h.txt", `${line}\n\nFerry schedule approved\n\n${STORY}\n`).articles[0]!;
      assert.deepEqual([a.headline, a.source, a.date, a.dateSource], ["Ferry schedule approved", name, date, "header"]);
      assert.equal(a.body.length, 1);
    });
  await t.test("a name and a date joined by a bar is a byline, not a publication", () => {
    const a = parseText("h.txt", `Ferry schedule approved\n\nJane Doe | March 12, 2024\n\n${STORY}\n`).articles[0]!;
    assert.deepEqual([a.source, a.bylines.map((b) => b.name), a.date], [null, ["Jane Doe"], "2024-03-12"]);
  });
  await t.test("a sentence ending in a date-time is not a header", () => {
    const a = parseText("h.txt", `Ferry schedule approved\n\nThe vote was held at 2024-03-12 23:45:00\n\n${STORY}\n`).articles[0]!;
    assert.equal(a.source, null);
  });
});

test('"Updated: 3/12/2024" under a byline is a date, never the headline', () => {
  const a = parseText("u.txt", `Ferry schedule approved\n\nBy Jane Doe\n\nUpdated: 3/12/2024\n\n${STORY}\n`).articles[0]!;
  assert.equal(a.headline, "Ferry schedule approved");
  assert.equal(a.date, "2024-03-12");
  assert.ok(!a.body.some((p) => p.includes("3/12/2024")));
});
