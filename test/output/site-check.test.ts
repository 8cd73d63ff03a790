// `newsarchive check` and checkSite: a built site's internal links, anchors, feeds and sitemap.
import assert from "node:assert/strict";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { before, describe, test } from "node:test";
import { build } from "../../src/pipeline/index.ts";
import { builtBaseUrl, checkSite } from "../../src/output/site-check/index.ts";
import { cli } from "../helpers/cli.ts";
import { NEWSROOM, NEWSROOM_SEEDS, newsroomConfig } from "../helpers/newsroom.ts";
import { tempDir } from "../helpers/site.ts";

const BASE = "https://example.org/news/";

describe("checking a built site", () => {
  const parent = tempDir();
  const out = path.join(parent, "dist");

  before(async () => {
    const report = await build({ root: NEWSROOM, seeds: NEWSROOM_SEEDS, out, config: newsroomConfig({ baseUrl: BASE }), cache: false });
    assert.equal(report.errors.length, 0);
  });

  test("should find nothing wrong with a site as newsarchive builds it, under a base path", () => {
    assert.equal(builtBaseUrl(out), BASE);
    const result = checkSite(out, BASE);
    assert.deepEqual([result.broken, result.feedProblems], [[], []]);
    assert.ok(result.pages > 30 && result.links > 500 && result.feeds >= 4, JSON.stringify({ ...result, broken: undefined }));
    const r = cli(["check", "--out", out]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^No problems: \d+ pages, \d+ internal links, \d+ feeds and sitemaps checked against https:\/\/example\.org\/news\/\.$/m);
  });

  test("should name the page and the link of every broken link and anchor, and every bad feed or sitemap entry, and exit 1", () => {
    // A copy of the site to break, so the good one stays good for the other test.
    const site = path.join(tempDir(), "dist");
    cpSync(out, site, { recursive: true });
    const copy = (rel: string) => path.join(site, rel);
    const home = readFileSync(copy("index.html"), "utf8");
    writeFileSync(copy("index.html"), home.replace("</main>", '<a href="/news/2031/01/01/gone/">a</a><a href="/news/archive/#no-such-id">b</a><a href="../outside/">c</a><a href="#main">fine</a><a href="https://elsewhere.example/">external</a></main>'));
    writeFileSync(copy("rss.xml"), readFileSync(copy("rss.xml"), "utf8").replace("</channel>", ""));
    writeFileSync(copy("sitemap.xml"), readFileSync(copy("sitemap.xml"), "utf8").replace("</urlset>", "<url><loc>https://example.org/news/no-page/</loc></url></urlset>"));
    const feed = JSON.parse(readFileSync(copy("feed.json"), "utf8"));
    feed.items[0].url = "https://example.org/elsewhere/";
    writeFileSync(copy("feed.json"), JSON.stringify(feed));
    const result = checkSite(site, BASE);
    assert.deepEqual(result.broken.map((b) => `${b.file} ${b.link} ${b.problem}`), [
      "index.html /news/2031/01/01/gone/ no such file in the site",
      'index.html /news/archive/#no-such-id no element with id "no-such-id" on archive/index.html',
      "index.html ../outside/ outside the site's base path /news/",
    ]);
    const feeds = result.feedProblems.map((p) => `${p.file}: ${p.problem}`);
    assert.equal(feeds.length, 3, feeds.join("\n"));
    assert.match(feeds.find((p) => p.startsWith("rss.xml"))!, /^rss\.xml: not well-formed XML: .*\(line \d+\)$/);
    assert.ok(feeds.includes("sitemap.xml: <loc> https://example.org/news/no-page/ is not a page of the site (no such file in the site)"), feeds.join("\n"));
    assert.ok(feeds.includes("feed.json: item url https://example.org/elsewhere/ is not under the base URL https://example.org/news/"), feeds.join("\n"));
    const r = cli(["check", "--out", site]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^broken link: index\.html: \/news\/2031\/01\/01\/gone\/ \(no such file in the site\)$/m);
    assert.match(r.stderr, /^feed: sitemap\.xml: <loc> https:\/\/example\.org\/news\/no-page\/ is not a page/m);
    assert.match(r.stderr, /^6 problems in /m);
  });

  test("should refuse a folder without a site", () => {
    const r = cli(["check", "--out", path.join(parent, "nothing")]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /no site to check: .*nothing has no index\.html; build it first/);
  });
});
