// Long lists are split into pages with stable addresses (`page/2/`) and rel=prev/next, and the link
// checker still finds nothing broken.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { before, describe, test } from "node:test";
import { build } from "../../src/pipeline/index.ts";
import { defaultConfig } from "../../src/model/index.ts";
import { brokenLinks, tempDir } from "../helpers/site.ts";

describe("pagination", () => {
  const root = tempDir();
  const out = path.join(root, "dist");
  before(async () => {
    const seeds = path.join(root, "seeds");
    mkdirSync(seeds);
    // 23 articles by one author, in one month, under one tag: each list needs three pages of ten.
    for (let i = 1; i <= 23; i++) {
      const day = String(i).padStart(2, "0");
      writeFileSync(path.join(seeds, `story-${day}.md`), `---\nheadline: Council meeting number ${i}\ndate: 2024-03-${day}\nbylines: [Mara Quist]\nsource: The Harbor Ledger\ntags: [council]\n---\nThe council met again on the ${i}th and discussed the budget.\n`);
    }
    await build({ root, seeds, out, config: { ...defaultConfig, homeCount: 10, pageSize: 10 }, cache: false, search: false });
  });
  const html = (url: string) => readFileSync(path.join(out, url, "index.html"), "utf8");

  test("should split the home page and every long list into pages of the configured size", () => {
    for (const base of ["/", "/2024/03/", "/authors/mara-quist/", "/sources/the-harbor-ledger/", "/tags/council/"]) {
      assert.ok(existsSync(path.join(out, base, "page/2/index.html")), `${base}page/2/`);
      assert.ok(existsSync(path.join(out, base, "page/3/index.html")), `${base}page/3/`);
      assert.ok(!existsSync(path.join(out, base, "page/4/index.html")), `${base}page/4/`);
    }
    assert.equal((html("/").match(/class="headline"|<h3/g) ?? []).length > 0, true);
    assert.match(html("/page/3/"), /Council meeting number 3</);
    assert.doesNotMatch(html("/page/3/"), /Council meeting number 23</);
  });

  test("should link pages with rel=prev and rel=next, in the head and on the page", () => {
    const second = html("/tags/council/page/2/");
    assert.match(second, /<link rel="prev" href="\/tags\/council\/">/);
    assert.match(second, /<link rel="next" href="\/tags\/council\/page\/3\/">/);
    assert.match(second, /<span aria-current="page">2<\/span>/);
    assert.match(second, /23 articles/, "the count is of the whole list");
    assert.doesNotMatch(html("/tags/council/"), /rel="prev"/);
  });

  test("should leave no broken internal link", () => {
    assert.deepEqual(brokenLinks(out).filter((l) => !l.includes("/pagefind/")), []);
  });
});
