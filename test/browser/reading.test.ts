/**
 * The reading experience in a real browser (Debian's Chromium through playwright-core): navigation
 * without JavaScript, axe-core in light and dark mode, page weight, keyboard, print, and review
 * screenshots in test-results/screenshots/. Runs against two sites: the test newsroom (test/fixtures/newsroom: scrapes, wire
 * copy and Markdown, as the pipeline reads them) and the design fixture (every optional template field filled in).
 */
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { build } from "../../src/pipeline/index.ts";
import { NEWSROOM, NEWSROOM_SEEDS, newsroomConfig } from "../helpers/newsroom.ts";
import { tempDir } from "../helpers/site.ts";
import { browserSkipReason, launchChromium, serve } from "./browser.ts";
import { buildFixtureSite, REPO } from "./fixture-site.ts";

const skip = browserSkipReason();
if (skip) console.log(`# ${skip}`);
const SHOTS = path.join(REPO, "test-results/screenshots");
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function axe(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

/** Bytes of a page and of everything it loads, by URL. */
async function weigh(context: BrowserContext, url: string): Promise<Map<string, number>> {
  const page = await context.newPage();
  const sizes = new Map<string, number>();
  page.on("response", async (r) => {
    try {
      sizes.set(r.url(), (await r.body()).length);
    } catch {
      /* redirects have no body */
    }
  });
  await page.goto(url, { waitUntil: "load" });
  await page.waitForTimeout(50);
  await page.close();
  return sizes;
}

describe("reading in a browser", { skip: skip ?? false }, () => {
  let browser: Browser;
  const sites: Record<"newsroom" | "fixture", { origin: string; close: () => Promise<void> }> = {} as never;

  before(async () => {
    const newsroomOut = path.join(tempDir(), "dist");
    const report = await build({ root: NEWSROOM, seeds: NEWSROOM_SEEDS, out: newsroomOut, config: newsroomConfig({ baseUrl: "http://localhost/" }), cache: false });
    assert.equal(report.errors.length, 0);
    const fixtureOut = path.join(tempDir(), "fixture");
    buildFixtureSite(fixtureOut);
    sites.newsroom = await serve(newsroomOut);
    sites.fixture = await serve(fixtureOut);
    browser = await launchChromium();
    mkdirSync(SHOTS, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await sites.newsroom?.close();
    await sites.fixture?.close();
  });

  test("should navigate home → archive → year → month → day → article → author → back, with JavaScript off", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const { origin } = sites.fixture;
    await page.goto(`${origin}/`);
    assert.equal(await page.locator("h1").count(), 1);
    await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Archive" }).click();
    assert.equal(new URL(page.url()).pathname, "/archive/");
    await page.locator("main .archive-year h2 a", { hasText: "2025" }).click();
    assert.equal(new URL(page.url()).pathname, "/2025/");
    await page.locator("main h2 a", { hasText: "February" }).click();
    assert.equal(new URL(page.url()).pathname, "/2025/02/");
    await page.locator("table.calendar a", { hasText: "24" }).click();
    assert.equal(new URL(page.url()).pathname, "/2025/02/24/");
    await page.getByRole("link", { name: "Three Years On, Europe Prepares to Face Russia Largely Alone" }).click();
    const article = page.url();
    assert.equal(await page.locator("h1").innerText(), "Three Years On, Europe Prepares to Face Russia Largely Alone");
    await page.locator(".byline a", { hasText: "Jonas Weber" }).click();
    assert.equal(new URL(page.url()).pathname, "/authors/jonas-weber/");
    assert.equal(await page.locator("h1").innerText(), "Jonas Weber");
    await page.goBack();
    assert.equal(page.url(), article);
    // Related coverage, entity chips, source and dateline pages.
    await page.locator(".related a").first().click();
    assert.notEqual(page.url(), article);
    await page.goBack();
    await page.locator(".chips a", { hasText: "Emmanuel Macron" }).click();
    assert.equal(new URL(page.url()).pathname, "/people/emmanuel-macron/");
    assert.ok((await page.locator("ol.articles > li").count()) >= 2);
    await page.goBack();
    await page.locator(".kicker a").click();
    assert.equal(new URL(page.url()).pathname, "/sources/the-example-times/");
    await context.close();
  });

  test("should navigate the built newsroom from the home page to an article, a month and an author", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const { origin } = sites.newsroom;
    await page.goto(`${origin}/`);
    const first = page.locator("ol.articles .headline a").first();
    const headline = (await first.innerText()).trim();
    await first.click();
    assert.equal((await page.locator("h1").innerText()).trim(), headline);
    await page.goBack();
    assert.equal(new URL(page.url()).pathname, "/");
    await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Archive" }).click();
    const year = page.locator("main .archive-year h2 a").first();
    if (await year.count()) {
      await year.click();
      await page.locator("main h2 a").first().click();
      assert.match(new URL(page.url()).pathname, /^\/\d{4}\/\d{2}\/$/);
    }
    const byline = page.locator(".byline a").first();
    await page.goto(`${origin}/`);
    await page.locator("ol.articles .headline a").first().click();
    if (await byline.count()) {
      await byline.click();
      assert.match(new URL(page.url()).pathname, /^\/authors\/[^/]+\/$/);
    }
    await context.close();
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`should have no axe violations (WCAG 2.2 AA) in ${scheme} mode`, async () => {
      const context = await browser.newContext({ colorScheme: scheme, bypassCSP: true });
      const page = await context.newPage();
      const urls = [
        ...["/", "/archive/", "/2025/", "/2025/02/", "/2025/02/24/", "/2025/02/24/three-years-on-europe-prepares-to-face-russia-largely-alone/", "/authors/", "/authors/claire-dubois/", "/people/", "/people/emmanuel-macron/", "/sources/", "/sources/the-example-times/", "/undated/", "/search/", "/404.html"].map((u) => sites.fixture.origin + u),
        `${sites.newsroom.origin}/`,
        `${sites.newsroom.origin}/archive/`,
      ];
      const problems: string[] = [];
      for (const url of urls) {
        await page.goto(url);
        await page.emulateMedia({ colorScheme: scheme });
        for (const v of await axe(page)) problems.push(`${url}: ${v}`);
      }
      // The newsroom's newest article.
      await page.goto(`${sites.newsroom.origin}/`);
      await page.locator("ol.articles .headline a").first().click();
      for (const v of await axe(page)) problems.push(`${page.url()}: ${v}`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test("should keep an article page with its CSS under 60 KB, with no script, font or image requests but the favicon and the user stylesheet", async () => {
    const context = await browser.newContext();
    for (const url of [`${sites.fixture.origin}/2025/02/24/three-years-on-europe-prepares-to-face-russia-largely-alone/`]) {
      const sizes = await weigh(context, url);
      const total = [...sizes.values()].reduce((a, b) => a + b, 0);
      const kinds = [...sizes.keys()].map((u) => new URL(u).pathname);
      console.log(`# ${new URL(url).pathname}: ${total} bytes (${[...sizes].map(([u, n]) => `${new URL(u).pathname} ${n}`).join(", ")})`);
      assert.ok(total < 60_000, `${total} bytes`);
      assert.deepEqual(kinds.filter((p) => !p.endsWith("/") && p !== "/style.css" && p !== "/custom.css" && p !== "/favicon.svg"), []);
    }
    await context.close();
  });

  test("should show the skip link on first Tab and move focus to the content", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${sites.fixture.origin}/2025/02/24/three-years-on-europe-prepares-to-face-russia-largely-alone/`);
    await page.keyboard.press("Tab");
    const skipLink = page.locator("a.skip");
    assert.equal(await page.evaluate("document.activeElement?.className"), "skip");
    const box = await skipLink.boundingBox();
    assert.ok(box && box.y >= 0, "the focused skip link is on screen");
    await page.keyboard.press("Enter");
    assert.equal(await page.evaluate("document.activeElement?.id"), "main");
    await context.close();
  });

  test("should print an article without navigation but with its address and date", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${sites.fixture.origin}/2025/02/24/three-years-on-europe-prepares-to-face-russia-largely-alone/`);
    assert.equal(await page.locator(".story .print-only").isVisible(), false);
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.locator(".site-nav").isVisible(), false);
    assert.equal(await page.locator(".prevnext").isVisible(), false);
    const footer = await page.locator(".story .print-only").innerText();
    assert.match(footer, /Published at http:\/\/.+\/2025\/02\/24\/three-years-on-.+ · 24 February 2025/);
    await context.close();
  });

  test("should fit a 320 px phone without horizontal scrolling", async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    for (const u of ["/", "/archive/", "/2025/02/", "/2025/02/24/three-years-on-europe-prepares-to-face-russia-largely-alone/", "/people/"]) {
      await page.goto(sites.fixture.origin + u);
      const overflow = await page.evaluate<number>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
      assert.equal(overflow, 0, `${u} scrolls sideways by ${overflow}px`);
    }
    await context.close();
  });

  test("should write review screenshots of the home page and an article at 375 and 1280 px", async () => {
    for (const width of [375, 1280])
      for (const scheme of ["light", "dark"] as const) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
        const page = await context.newPage();
        for (const [name, u] of [
          ["home", "/"],
          ["article", "/2025/02/24/three-years-on-europe-prepares-to-face-russia-largely-alone/"],
          ["month", "/2025/02/"],
          ["archive", "/archive/"],
        ] as const) {
          await page.goto(sites.fixture.origin + u);
          await page.screenshot({ path: path.join(SHOTS, `${name}-${width}-${scheme}.png`), fullPage: true });
        }
        await page.goto(`${sites.newsroom.origin}/`);
        await page.screenshot({ path: path.join(SHOTS, `newsroom-home-${width}-${scheme}.png`), fullPage: true });
        await context.close();
      }
  });
});
