import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { chromium, type Browser, type Page } from "playwright-core";
import { createStaticServer, listen } from "../../src/dev/index.ts";
import { tempDir } from "../helpers/site.ts";
import { buildFixtureSite, type FixtureSite } from "../helpers/publish.ts";

/** Debian's Chromium by default; CI can point at another Chromium-based browser. */
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

describe("search", { skip: existsSync(CHROMIUM) ? false : `no browser at ${CHROMIUM}` }, () => {
  let f: FixtureSite;
  let server: Server;
  let browser: Browser;
  let origin: string;

  before(async () => {
    f = await buildFixtureSite(path.join(tempDir(), "dist"));
    server = createStaticServer({ root: f.out, basePath: f.site.basePath });
    origin = `http://127.0.0.1:${await listen(server, 0, "127.0.0.1")}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });
  after(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  async function results(page: Page): Promise<string[]> {
    await page.waitForSelector(".pagefind-ui__result-link", { timeout: 15000 });
    await page.waitForTimeout(300); // the UI renders results in batches
    return page.$$eval(".pagefind-ui__result-link", (links) => links.map((a) => new URL((a as unknown as { href: string }).href).pathname).sort());
  }

  test("should index articles only, one bundle per year and one for undated articles, with no search markup in pages", () => {
    const article = readFileSync(path.join(f.out, f.byKey.timed!, "index.html"), "utf8");
    assert.doesNotMatch(article, /data-pagefind/);
    assert.doesNotMatch(readFileSync(path.join(f.out, "index.html"), "utf8"), /data-pagefind/);
    const shards = readdirSync(path.join(f.out, "pagefind")).sort();
    assert.deepEqual(shards, ["2022", "2023", "2024", "2025", "undated"]);
    const pages = shards.map((s) => JSON.parse(readFileSync(path.join(f.out, "pagefind", s, "pagefind-entry.json"), "utf8")).languages.en.page_count as number);
    assert.equal(pages.reduce((x, y) => x + y, 0), f.archive.articles.length);
    const search = readFileSync(path.join(f.out, "search/index.html"), "utf8");
    assert.match(search, /data-bundle="\/news\/pagefind\/2022\/" data-merge="\/news\/pagefind\/2023\/ \/news\/pagefind\/2024\/ \/news\/pagefind\/2025\/ \/news\/pagefind\/undated\/"/);
  });

  test("should find an article by a word of its body from the ?q= of the header form, and filter by year", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${origin}/news/search/?q=marmalade`);
    assert.deepEqual(await results(page), [f.byKey.day, f.byKey.timed].map((u) => `/news${u}`).sort());
    // The default UI lists each filter as a group of checkboxes.
    await page.locator(".pagefind-ui__filter-panel details, .pagefind-ui__filter-block").filter({ hasText: "year" }).first().click();
    await page.getByLabel("2024", { exact: false }).first().check();
    await page.waitForFunction(() => (globalThis as any).document.querySelectorAll(".pagefind-ui__result-link").length === 1, null, { timeout: 10000 });
    assert.deepEqual(await results(page), [`/news${f.byKey.day}`]);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("should search through the Pagefind API with a filter, offline from the built folder", async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/news/search/`);
    // A string, so the browser (not tsx) resolves the dynamic import of the built bundle.
    const urls = await page.evaluate(`(async () => {
      const pf = await import("/news/pagefind/2022/pagefind.js");
      await pf.options({ bundlePath: "/news/pagefind/2022/" });
      for (const b of ["2023", "2024", "2025", "undated"]) await pf.mergeIndex("/news/pagefind/" + b + "/");
      const found = await pf.search("marmalade", { filters: { author: "Jane Doe", year: "2025" } });
      return Promise.all(found.results.map(async (r) => (await r.data()).url));
    })()`);
    assert.deepEqual(urls, [`/news${f.byKey.timed}`]);
    await page.close();
  });
});
