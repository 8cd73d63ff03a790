// An authored archive (Markdown with front matter) built end to end: subheads stay in their article,
// drafts and scheduled articles wait, tags and sections get pages and feeds linked from the articles.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { before, describe, test } from "node:test";
import { build } from "../../src/pipeline/index.ts";
import { defaultConfig } from "../../src/model/index.ts";
import { ROOT } from "../helpers/cli.ts";
import { brokenLinks, listFiles, tempDir } from "../helpers/site.ts";

const seeds = path.join(ROOT, "test/fixtures/authored/seeds");

describe("an authored archive", () => {
  const out = path.join(tempDir(), "dist");
  const withDrafts = path.join(tempDir(), "dist");
  let report: Awaited<ReturnType<typeof build>>;
  before(async () => {
    report = await build({ root: ROOT, seeds, out, config: defaultConfig, cache: false, search: false });
    assert.equal(report.errors.length, 0, JSON.stringify(report.errors));
    await build({ root: ROOT, seeds, out: withDrafts, config: { ...defaultConfig, drafts: true }, cache: false, search: false });
  });
  const page = (dir: string, url: string) => readFileSync(path.join(dir, url, "index.html"), "utf8");

  test("should make one article of a file with subheads, at the address its file name gives", () => {
    const html = page(out, "/2024/06/11/library-vote/");
    assert.match(html, /<h\d>What happens next<\/h\d>\n<p>Construction/);
    assert.match(html, /<h\d>The cost<\/h\d>/);
    assert.ok(!existsSync(path.join(out, "2024/06/11/what-happens-next")));
    assert.ok(existsSync(path.join(out, "2024/05/02/bridge-story/index.html")), "a page bundle is named by its folder");
  });

  test("should leave drafts and scheduled articles out, and show drafts marked with drafts on", () => {
    const files = listFiles(out);
    assert.ok(!files.some((f) => f.includes("budget-draft")), "draft published");
    assert.ok(!files.some((f) => f.startsWith("2999")), "scheduled article published");
    assert.ok(!readFileSync(path.join(out, "feed.xml"), "utf8").includes("Budget talks"));
    assert.match(page(withDrafts, "/2024/06/12/budget-draft/"), /class="draft-mark"/);
    assert.doesNotMatch(page(withDrafts, "/2024/06/11/library-vote/"), /class="draft-mark"/);
  });

  test("should give tags and sections pages and feeds, linked from their articles", () => {
    const article = page(out, "/2024/06/11/library-vote/");
    assert.match(article, /href="\/tags\/libraries\/" rel="tag">libraries</);
    assert.match(article, /href="\/sections\/local-news\/">Local News</);
    const section = page(out, "/sections/local-news/");
    assert.match(section, /Council approves the new library/);
    assert.match(section, /Harbour bridge reopens/, "sections group names case-insensitively");
    assert.match(page(out, "/tags/"), /href="\/tags\/council\/">council</);
    assert.ok(existsSync(path.join(out, "tags/council/feed.xml")));
    assert.match(page(out, "/"), /href="\/tags\/">Tags</);
  });

  test("should publish images beside a seed with the page, sized and lazy, and report missing files and alt text", () => {
    const html = page(out, "/2024/06/11/library-vote/");
    assert.match(html, /<img src="\/2024\/06\/11\/library-vote\/images\/ferry\.png" alt="The old market site at dawn" width="6" height="4" loading="lazy" decoding="async">/);
    assert.ok(existsSync(path.join(out, "2024/06/11/library-vote/images/ferry.png")));
    const kinds = report.warnings.filter((w) => w.kind === "image");
    assert.ok(kinds.some((w) => w.file === "news/library-vote.md" && w.line === 18 && /no alt text/.test(w.message)), JSON.stringify(kinds));
    assert.ok(kinds.some((w) => w.file === "news/library-vote.md" && w.line === 20 && /"images\/plan\.jpg" was not found/.test(w.message)), JSON.stringify(kinds));
  });

  test("should have no broken internal links", () => {
    // Built without the search index (quicker): its two files are the only links left out.
    const broken = (dir: string) => brokenLinks(dir).filter((l) => !l.includes("/pagefind/"));
    assert.deepEqual(broken(out), []);
    assert.deepEqual(broken(withDrafts), []);
  });
});
