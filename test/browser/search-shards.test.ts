// The search page of a site whose index is in shards (one Pagefind bundle per year, one for undated
// articles): searched in Chromium, results and filters must be those of one index.
import assert from "node:assert/strict";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { defaultConfig, type SiteConfig } from "../../src/model/index.ts";
import { SearchIndexer } from "../../src/output/index.ts";
import { build } from "../../src/pipeline/index.ts";
import { filterText, type SearchRecord } from "../../src/render/index.ts";
import { tempDir } from "../helpers/site.ts";
import { browserSkipReason, launchChromium, serve } from "./browser.ts";

const config: SiteConfig = { ...defaultConfig, authors: [{ name: "Julian E. Barnes", aliases: ["Julian Barnes"] }] };
const AMPERSAND = `Anne & Bob O'Neil`;

function seed(dir: string, name: string, front: Record<string, unknown>, body: string): void {
  const yaml = Object.entries(front).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join("\n");
  writeFileSync(path.join(dir, name), `---\n${yaml}\n---\n${body}\n`);
}

function writeSeeds(dir: string): void {
  mkdirSync(dir, { recursive: true });
  seed(dir, "a.md", { headline: "Harbour Reopens", date: "2022-04-02", bylines: ["Julian Barnes"], source: "The Example Times" }, "The harbour reopened after the storm. Crates of marmalade were the first cargo ashore.");
  seed(dir, "b.md", { headline: "Orchard Report", date: "2023-09-14", bylines: [AMPERSAND], source: "CBC" }, "Growers counted the quince crop. A marmalade maker bought most of it.");
  seed(dir, "c.md", { headline: "Summit Ends Late", date: "2024-01-20", bylines: ["Julian E. Barnes"], source: "The Example Times" }, "Ministers talked until midnight over marmalade and maps.");
  seed(dir, "d.md", { headline: "Letters From Nowhere" }, "A reader wrote about marmalade without saying when.");
  seed(dir, "e.md", { headline: "Bridge Repairs", date: "2024-02-03", bylines: ["Jane Roe"] }, "Engineers closed the bridge for repairs.");
}

/** Waits (up to 60 s: filter counts arrive shard by shard, slowly on a loaded machine; a full suite under CI load took over 20 s) until every label in `want` is shown; the caller asserts. */
async function labelsShown(page: Page, want: readonly string[]): Promise<void> {
  await page
    .waitForFunction((w) => { const shown = [...document.querySelectorAll(".pagefind-ui__filter-label")].map((e) => (e.textContent ?? "").trim()); return w.every((x) => shown.includes(x)); }, want, { timeout: 60000 })
    .catch(() => {});
}

describe("search over a sharded index", { skip: browserSkipReason() ?? false }, () => {
  const root = tempDir();
  const out = path.join(root, "dist");
  let site: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;

  before(async () => {
    writeSeeds(path.join(root, "seeds"));
    await build({ root, seeds: path.join(root, "seeds"), out, config });
    site = await serve(out);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  async function results(page: Page): Promise<string[]> {
    await page.waitForSelector(".pagefind-ui__result-link", { timeout: 20000 });
    await page.waitForTimeout(500); // the UI renders results in batches
    return page.$$eval(".pagefind-ui__result-link", (links) => links.map((a) => (a.textContent ?? "").trim()).sort());
  }

  test("should build one bundle per year and one for undated articles", () => {
    assert.deepEqual(readdirSync(path.join(out, "pagefind")).sort(), ["2022", "2023", "2024", "undated"]);
  });

  test("should find articles in every shard by a word of their body, with excerpts from the story and merged filters", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${site.origin}/search/?q=marmalade`);
    assert.deepEqual(await results(page), ["Harbour Reopens", "Letters From Nowhere", "Orchard Report", "Summit Ends Late"]);
    const excerpts = await page.$$eval(".pagefind-ui__result-excerpt", (els) => els.map((e) => e.textContent ?? ""));
    assert.ok(excerpts.length === 4 && excerpts.every((x) => /marmalade/i.test(x) && !/Barnes|O'Neil/.test(x)) && excerpts.some((x) => x.startsWith("Ministers talked until midnight")), `excerpts come from the story: ${excerpts.join(" | ")}`);
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await labelsShown(page, ["Julian E. Barnes (2)", `${AMPERSAND} (1)`, "2022 (1)", "2023 (1)", "2024 (1)", "Undated (1)", "The Example Times (2)", "CBC (1)"]);
    const labels = await page.$$eval(".pagefind-ui__filter-label", (els) => els.map((e) => (e.textContent ?? "").trim()));
    // One author value per person, however the byline spelled them; year and source from every shard.
    for (const l of ["Julian E. Barnes (2)", `${AMPERSAND} (1)`, "2022 (1)", "2023 (1)", "2024 (1)", "Undated (1)", "The Example Times (2)", "CBC (1)"]) assert.ok(labels.includes(l), `${l} in ${labels.join(" | ")}`);
    assert.ok(!labels.some((l) => l.startsWith("Julian Barnes")), "the other spelling is not a filter value of its own");
    // Filtering by the merged author finds both spellings' articles, across two shards.
    await page.getByLabel("Julian E. Barnes", { exact: false }).first().check();
    await page.waitForFunction(() => document.querySelectorAll(".pagefind-ui__result-link").length === 2, null, { timeout: 10000 });
    assert.deepEqual(await results(page), ["Harbour Reopens", "Summit Ends Late"]);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe("values that are markup, in a shard's records", { skip: browserSkipReason() ?? false }, () => {
  const PAYLOADS = [`<img src=x onerror=window.__xss=1>`, `<svg><animate onbegin=window.__xss=2 attributeName=x dur=1s>`, `"><script>window.__xss=3</script>`];

  test("should reach the search page as text: no element made, no script run", async () => {
    const out = tempDir();
    const records: SearchRecord[] = PAYLOADS.map((x, i) => ({
      url: `/a${i}/`,
      content: `Marmalade ${x} story`,
      language: "en",
      meta: { title: `Title ${x}`, author: x, source: x },
      filters: { author: [filterText(x)], source: [filterText(`${x} & Co`)], entity: [filterText(x)] },
      sort: {},
    }));
    const indexer = new SearchIndexer();
    await indexer.update(out, [{ name: "2024", records: () => records }]).finally(() => indexer.close());
    writeFileSync(path.join(out, "index.html"), `<!doctype html><html lang="en"><body><div id="search"></div><script src="/pagefind/2024/pagefind-ui.js"></script><script>new PagefindUI({ element: "#search", bundlePath: "/pagefind/2024/", showImages: false }).triggerSearch("marmalade");</script></body></html>`);
    const site = await serve(out);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${site.origin}/`);
      await page.waitForSelector(".pagefind-ui__result-link", { timeout: 20000 });
      await page.waitForTimeout(500);
      await page.evaluate(() => document.querySelectorAll("details").forEach((d) => ((d as HTMLDetailsElement).open = true)));
      await page.waitForTimeout(1500); // an <animate> payload fires after its 1 s
      assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined, "a payload ran");
      const made = await page.$$eval(".pagefind-ui img, .pagefind-ui animate, .pagefind-ui script, .pagefind-ui__result svg", (els) => els.map((e) => e.outerHTML));
      assert.deepEqual(made, []);
      await labelsShown(page, [`${PAYLOADS[0]} (1)`, `${PAYLOADS[0]} & Co (1)`]);
      const labels = await page.$$eval(".pagefind-ui__filter-label", (els) => els.map((e) => (e.textContent ?? "").trim()));
      assert.ok(labels.includes(`${PAYLOADS[0]} (1)`) && labels.includes(`${PAYLOADS[0]} & Co (1)`), `values show as written: ${labels.join(" | ")}`);
      const titles = await page.$$eval(".pagefind-ui__result-link", (els) => els.map((e) => e.textContent ?? ""));
      assert.ok(titles.includes(`Title ${PAYLOADS[0]}`), `titles show as written: ${titles.join(" | ")}`);
      await page.close();
    } finally {
      await browser.close();
      await site.close();
    }
  });
});
