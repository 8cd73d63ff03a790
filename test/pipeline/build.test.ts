import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { before, describe, test } from "node:test";
import { build, ingest } from "../../src/pipeline/index.ts";
import { NEWSROOM, NEWSROOM_SEEDS, newsroomConfig } from "../helpers/newsroom.ts";
import { brokenLinks, crawl, listFiles, tempDir } from "../helpers/site.ts";

describe("building the test newsroom", () => {
  const out = path.join(tempDir(), "dist");
  const seeds = NEWSROOM_SEEDS;
  const config = newsroomConfig();

  before(async () => {
    const report = await build({ root: NEWSROOM, seeds, out, config, cache: false });
    assert.equal(report.errors.length, 0, JSON.stringify(report.errors));
  });

  test("should write a page for every article", async () => {
    const { buildArchive } = await import("../../src/archive/index.ts");
    const archive = buildArchive((await ingest(seeds, config)).articles, config);
    const files = new Set(listFiles(out));
    for (const a of archive.articles) {
      assert.ok(files.has(`${a.url.slice(1)}index.html`), `no page for ${a.url}`);
      const html = readFileSync(path.join(out, a.url, "index.html"), "utf8");
      assert.ok(html.includes(`<h1>${escape(a.headline)}</h1>`), `page ${a.url} lacks its headline`);
    }
    assert.ok(archive.articles.length >= 10);
  });

  test("should count each body's terms at parse time, giving the related lists a scan at archive time gives", async () => {
    const { buildArchive } = await import("../../src/archive/index.ts");
    const ingested = await ingest(seeds, config);
    assert.deepEqual([...ingested.terms.keys()], ingested.articles.map((a) => a.id));
    const counted = buildArchive(ingested.articles, config, ingested.mentions, undefined, ingested.terms).related;
    assert.deepEqual(counted, buildArchive(ingested.articles, config, ingested.mentions).related);
    assert.ok([...counted.values()].some((list) => list.length > 0));
  });

  test("should write the archive pages", () => {
    const files = new Set(listFiles(out));
    for (const f of ["index.html", "archive/index.html", "authors/index.html", "undated/index.html", "404.html", "sitemap.xml", "robots.txt", "style.css"]) assert.ok(files.has(f), f);
  });

  test("should have no broken internal links", () => {
    assert.deepEqual(brokenLinks(out), []);
  });

  test("should reach every page from the home page within four clicks", () => {
    const reached = crawl(out);
    const pages = listFiles(out).filter((f) => f.endsWith("index.html")).map((f) => path.join(out, f));
    for (const p of pages) {
      assert.ok(reached.has(p), `${path.relative(out, p)} is not reachable from the home page`);
      assert.ok(reached.get(p)! <= 4, `${path.relative(out, p)} is ${reached.get(p)} clicks from the home page`);
    }
  });

  test("should produce identical folders from two builds of the same seeds", async () => {
    const again = path.join(tempDir(), "dist");
    await build({ root: NEWSROOM, seeds, out: again, config, cache: false });
    const a = listFiles(out);
    assert.deepEqual(listFiles(again), a);
    for (const f of a) assert.ok(readFileSync(path.join(out, f)).equals(readFileSync(path.join(again, f))), f);
  });
});

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&#34;").replace(/'/g, "&#39;");
}
