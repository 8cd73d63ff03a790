import assert from "node:assert/strict";
import { test } from "node:test";
import { buildArchive } from "../../src/archive/index.ts";
import { defaultConfig } from "../../src/model/index.ts";
import { filterText, SearchRecords, searchInputs } from "../../src/render/index.ts";
import { dated, makeArticle } from "../helpers/articles.ts";

const config = { ...defaultConfig, language: "en-GB", authors: [{ name: "Julian E. Barnes", aliases: ["Julian Barnes"] }] };

test("should index an article from its record: headline and body as text, merged author names, filters and sort", () => {
  const a = dated("2024-03-05", {
    headline: "Marmalade Summit Ends",
    bylines: [{ name: "Julian Barnes", role: "author", location: "London" }, { name: "Jane Roe", role: "contributor", location: null }],
    source: "The Example Times",
    body: ["Ministers agreed on quince.", "Talks ran late."],
  });
  const b = dated("2024-04-01", { bylines: [{ name: "Julian E. Barnes", role: "author", location: null }] });
  const archive = buildArchive([a, b], config);
  const records = new SearchRecords(archive);
  const r = records.record(archive.byId.get(a.id)!);
  assert.equal(r.url, archive.byId.get(a.id)!.url);
  assert.equal(r.language, "en");
  assert.equal(r.content, "Ministers agreed on quince.\nTalks ran late.\nMarmalade Summit Ends");
  assert.deepEqual(r.meta, { title: "Marmalade Summit Ends", date: "5 March 2024", author: "Julian E. Barnes, Jane Roe", source: "The Example Times" });
  assert.deepEqual(r.filters.year, ["2024"]);
  assert.deepEqual(r.filters.author, ["Julian E. Barnes", "Jane Roe"]);
  assert.deepEqual(r.filters.source, ["The Example Times"]);
  assert.deepEqual(r.sort, { date: "2024-03-05" });
  // Both spellings are one filter value.
  assert.deepEqual(records.record(archive.byId.get(b.id)!).filters.author, ["Julian E. Barnes"]);
});

test("should escape filter values once for the UI's innerHTML and leave shown metadata and content as written", () => {
  const x = `<img src=x onerror=alert(1)> & Co`;
  const archive = buildArchive([makeArticle({ headline: x, source: x, bylines: [{ name: "Ann <b>Lee</b>", role: "author", location: null }], body: [x] })], config);
  const r = new SearchRecords(archive).record(archive.articles[0]!);
  assert.equal(filterText(x), "&lt;img src=x onerror=alert(1)&gt; &amp; Co");
  assert.deepEqual(r.filters.source, [filterText(x)]);
  assert.deepEqual(r.filters.author, ["Ann &lt;b&gt;Lee&lt;/b&gt;"]);
  assert.deepEqual(r.filters.year, ["Undated"]);
  assert.equal(r.meta.title, x);
  assert.equal(r.content, `${x}\n${x}`);
  assert.deepEqual(r.sort, { date: "0000" });
});

test("should make each shard's records only when asked, and cover every article once", () => {
  const archive = buildArchive([dated("2023-01-01"), dated("2024-01-01"), dated("2024-02-01"), makeArticle()], config);
  const inputs = searchInputs(archive);
  assert.deepEqual(inputs.map((s) => s.name), ["2023", "2024", "undated"]);
  assert.deepEqual(inputs.flatMap((s) => s.records().map((r) => r.url)).sort(), archive.articles.map((a) => a.url).sort());
});
