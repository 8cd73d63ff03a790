import assert from "node:assert/strict";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import { chromium, type Browser, type Page } from "playwright-core";
import { build } from "../../src/pipeline/index.ts";
import { createStaticServer, listen } from "../../src/dev/index.ts";
import { parseSource } from "../../src/ingest/index.ts";
import { defaultConfig } from "../../src/model/index.ts";
import { XSS } from "../helpers/hostile-corpus.ts";
import { tempDir } from "../helpers/site.ts";

const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];
/** Payloads that must run nothing, besides the shared corpus: ones aimed at `innerHTML`. */
const PAYLOADS = [...XSS, `<img src=x onerror=window.__xss=1>`, `<svg><animate onbegin=window.__xss=1 attributeName=x dur=1s>`];
const AMPERSAND = `Anne & Bob O'Neil "Jr"`;

/** Every field of a record carries a payload: front-matter headline, bylines, dateline, source, tags, body; a text file's byline and dateline. */
function writeSeeds(seeds: string): void {
  mkdirSync(seeds, { recursive: true });
  PAYLOADS.forEach((x, i) => {
    const fm = `---\nheadline: ${JSON.stringify(`Marmalade ${i} ${x}`)}\ndate: 2024-03-0${(i % 9) + 1}\nbylines:\n  - name: ${JSON.stringify(x)}\n  - ${JSON.stringify(AMPERSAND)}\ndateline: ${JSON.stringify(`PARIS ${x}`)}\nsource: ${JSON.stringify(x)}\ntags: [${JSON.stringify(x)}]\n---\nMarmalade makers met in ${x} Paris on Tuesday.\n\nThe marmalade was judged by Anne Example and Bob Example of Oxford.\n`;
    writeFileSync(path.join(seeds, `fm-${i}.md`), fm);
    writeFileSync(path.join(seeds, `text-${i}.txt`), `Marmalade Text ${i}\n\nBy ${x} and John Roe\n\nPublished March ${i + 1}, 2024\n\nPARIS ${x} — marmalade makers met in Oxford.\n`);
  });
}

describe("names that are markup", () => {
  test("should be refused as bylines and sources at ingest, with a warning naming file and line", () => {
    const file = `---\nheadline: Marmalade\ndate: 2024-03-01\nbylines:\n  - "<img src=x onerror=alert(1)>"\n  - Jane Doe\nsource: "<b>Times</b>"\n---\nBody text of the story about marmalade.\n`;
    const parsed = parseSource("a.md", new TextEncoder().encode(file), defaultConfig);
    const a = parsed.articles[0]!;
    assert.deepEqual(a.bylines.map((b) => b.name), ["Jane Doe"]);
    assert.equal(a.source, null);
    const w = a.warnings.filter((d) => d.kind === "byline-markup");
    assert.deepEqual(w.map((d) => [d.file, d.line]), [["a.md", 5], ["a.md", 7]]);
    assert.match(w[0]!.message, /looks like HTML markup, not a name; it was left out/);
    const text = parseSource("b.txt", new TextEncoder().encode(`Marmalade Wins\n\nBy <svg onload=alert(1)> and John Roe\n\nBody text of the story about marmalade.\n`), defaultConfig);
    assert.ok(!text.articles[0]!.bylines.some((b) => b.name.includes("<")));
  });
});

describe("search page with an XSS corpus in every field", { skip: existsSync(CHROMIUM) ? false : `no browser at ${CHROMIUM}` }, () => {
  const root = tempDir();
  const out = path.join(root, "dist");
  let server: Server;
  let browser: Browser;
  let origin = "";

  before(async () => {
    writeSeeds(path.join(root, "seeds"));
    await build({ root, seeds: path.join(root, "seeds"), out, config: defaultConfig });
    server = createStaticServer({ root: out });
    origin = `http://127.0.0.1:${await listen(server, 0, "127.0.0.1")}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });
  after(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  async function openEverything(page: Page): Promise<void> {
    await page.waitForSelector(".pagefind-ui__result-link", { timeout: 20000 });
    await page.waitForTimeout(500);
    // Open every filter group, tick every box (each re-renders the list), and touch every element.
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const boxes = await page.locator(".pagefind-ui__filter-checkbox").count();
    for (let i = 0; i < Math.min(boxes, 40); i++) await page.locator(".pagefind-ui__filter-checkbox").nth(i).check({ force: true }).catch(() => {});
    await page.waitForTimeout(500);
    await page.evaluate(() => document.querySelectorAll("*").forEach((el) => ["mouseover", "focus", "load", "error", "click"].forEach((t) => el.dispatchEvent(new Event(t)))));
    await page.waitForTimeout(1200); // an <animate> payload fires after its 1 s
  }

  test("should run no script, and show names as the text they are, with every filter open", async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (d) => (dialogs.push(d.message()), void d.dismiss()));
    await page.goto(`${origin}/search/?q=marmalade`);
    await openEverything(page);
    const ran = await page.evaluate(() => (window as unknown as { __xss?: number }).__xss);
    if (ran !== undefined) console.log(await page.$$eval(".pagefind-ui img, .pagefind-ui svg, .pagefind-ui script", (els) => els.map((e) => `${e.parentElement?.className}: ${e.parentElement?.outerHTML.slice(0, 300)}`).join("\n")));
    assert.equal(ran, undefined, "a payload ran");
    assert.deepEqual(dialogs, []);
    const injected = await page.$$eval(".pagefind-ui img, .pagefind-ui svg:not(.pagefind-ui__search-clear svg), .pagefind-ui script, .pagefind-ui animate, .pagefind-ui b", (els) => els.map((e) => e.outerHTML));
    assert.deepEqual(injected, [], "markup from a value became an element");
    const labels = await page.$$eval(".pagefind-ui__filter-label", (els) => els.map((e) => e.textContent ?? ""));
    assert.ok(labels.some((l) => l.startsWith(`${AMPERSAND} (`)), `a name with & and quotes shows as written: ${labels.join(" | ")}`);
    await page.close();
  });

  test("should give the search input a real label (axe: label, label-title-only), in light and dark", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(`${origin}/search/?q=marmalade`);
      await page.waitForSelector(".pagefind-ui__result-link", { timeout: 20000 });
      const { violations } = await new AxeBuilder({ page }).withRules(["label", "label-title-only", "aria-input-field-name"]).analyze();
      assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), [], colorScheme);
      assert.equal(await page.locator("#search-input").getAttribute("placeholder"), "Search");
      assert.equal(await page.getByLabel("Words to search for", { exact: true }).count(), 1);
      await context.close();
    }
  });
});
