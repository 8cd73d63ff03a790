import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { assignUrls, buildArchive } from "../../src/archive/index.ts";
import { defaultConfig } from "../../src/model/index.ts";
import { dated, makeArticle } from "../helpers/articles.ts";

describe("permalinks", () => {
  test("should file a day-precise article under its year, month and day", () => {
    const [a] = assignUrls([dated("2025-02-25", { headline: "Three Years Into War" })]);
    assert.equal(a!.url, "/2025/02/25/three-years-into-war/");
  });

  test("should never shift a date-only value by a day, whatever the time zone", () => {
    const before = process.env.TZ;
    process.env.TZ = "Pacific/Honolulu";
    try {
      const [a] = assignUrls([dated("2025-01-01", { headline: "New Year" })]);
      assert.equal(a!.url, "/2025/01/01/new-year/");
    } finally {
      process.env.TZ = before;
    }
  });

  test("should keep the day of a timed value as written in the site's zone", () => {
    const [a] = assignUrls([dated("2025-02-25T23:59:00", { headline: "Late" })]);
    assert.equal(a!.url, "/2025/02/25/late/");
  });

  test("should file coarser dates at their own precision", () => {
    const [m, y] = assignUrls([dated("2022-03", { headline: "Month only" }), dated("2022", { headline: "Year only" })]);
    assert.equal(m!.url, "/2022/03/month-only/");
    assert.equal(y!.url, "/2022/year-only/");
  });

  test("should put undated articles under /undated/", () => {
    const [a] = assignUrls([makeArticle({ headline: "No date" })]);
    assert.equal(a!.url, "/undated/no-date/");
  });

  test("should give twins with the same headline and date distinct slugs", () => {
    const twins = assignUrls([
      dated("2025-02-25", { headline: "Same", origin: { file: "a.txt", startLine: 1, endLine: 2 } }),
      dated("2025-02-25", { headline: "Same", origin: { file: "b.txt", startLine: 1, endLine: 2 } }),
      makeArticle({ headline: "Same" }),
    ]);
    assert.deepEqual(twins.map((a) => a.url), ["/2025/02/25/same/", "/2025/02/25/same-2/", "/undated/same-3/"]);
  });

  test("should not let an all-digit slug collide with a day folder", () => {
    const [a] = assignUrls([dated("2025-02", { headline: "25", slug: "25" })]);
    assert.equal(a!.url, "/2025/02/n25/");
  });
});

describe("archive", () => {
  test("should order dated articles oldest first and link neighbours", () => {
    const archive = buildArchive([dated("2025-03-01", { headline: "C" }), dated("2024-12-31", { headline: "A" }), dated("2025-01-15", { headline: "B" }), makeArticle({ headline: "U" })], defaultConfig);
    assert.deepEqual(archive.articles.map((a) => a.headline), ["A", "B", "C", "U"]);
    assert.deepEqual(archive.newest.map((a) => a.headline), ["C", "B", "A", "U"]);
    const b = archive.articles[1]!;
    assert.equal(archive.neighbours.get(b.id)!.prev!.headline, "A");
    assert.equal(archive.neighbours.get(b.id)!.next!.headline, "C");
  });

  test("should group the calendar by year, month and day with counts", () => {
    const archive = buildArchive([dated("2025-02-25"), dated("2025-02-25"), dated("2025-02-03"), dated("2025-03"), dated("2024-07-04")], defaultConfig);
    assert.deepEqual(archive.years.map((y) => [y.year, y.articles.length]), [["2024", 1], ["2025", 4]]);
    const y2025 = archive.years[1]!;
    assert.deepEqual(y2025.months.map((m) => [m.month, m.articles.length, m.days.map((d) => [d.day, d.articles.length])]), [
      ["02", 3, [["03", 1], ["25", 2]]],
      ["03", 1, []],
    ]);
  });
});
