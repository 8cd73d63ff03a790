import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { ingest } from "../../src/build.ts";
import { createStaticServer, listen } from "../../src/dev/index.ts";
import { defaultConfig, type Diagnostic } from "../../src/model/index.ts";
import { cli } from "../helpers/cli.ts";
import { brokenLinks, listFiles, tempDir } from "../helpers/site.ts";
import { writeHostileSeeds } from "./corpus.ts";

const CHROMIUM = "/usr/bin/chromium";

describe("hostile and broken input", () => {
  const root = tempDir("newsarchive-hostile-");
  const outside = tempDir("newsarchive-outside-");
  const seeds = path.join(root, "seeds");
  const out = path.join(root, "dist");
  const reportFile = path.join(root, "report.json");
  const files = writeHostileSeeds(seeds, outside);
  let build: ReturnType<typeof cli>;
  let report: { warnings: Diagnostic[]; errors: Diagnostic[]; articles: number };

  before(() => {
    build = cli(["build", "--seeds", seeds, "--out", out, "--report", reportFile], root);
    report = JSON.parse(readFileSync(reportFile, "utf8"));
  });

  test("should build the rest of the archive and exit 0 when every failure is confined to its file", () => {
    assert.equal(build.code, 0, build.stderr);
    assert.ok(report.errors.length > 0, "the broken files were reported");
  });

  test("should exit 1 with --strict", () => {
    const strict = cli(["build", "--seeds", seeds, "--out", path.join(root, "strict-dist"), "--report", path.join(root, "strict.json"), "--strict", "-q"], root);
    assert.equal(strict.code, 1);
  });

  test("should report each broken file by name", () => {
    const named = new Set([...report.errors, ...report.warnings].map((d) => d.file));
    for (const f of [...files.broken, "broken/empty.txt", "broken/whitespace.txt", "broken/binary.txt", "broken/only-boilerplate.txt", "paths/link-outside.txt"]) {
      assert.ok(named.has(f), `no diagnostic names ${f}`);
    }
  });

  test("should still make an article of every valid file", async () => {
    const { articles } = await ingest(seeds, defaultConfig);
    const origins = new Set(articles.map((a) => a.origin.file));
    for (const f of files.valid) assert.ok(origins.has(f), `${f} produced no article`);
    assert.equal(new Set(articles.map((a) => a.id)).size, articles.length, "ids are unique");
  });

  test("should never evaluate code from front matter or bodies", () => {
    const html = listFiles(out).filter((f) => f.endsWith(".html")).map((f) => readFileSync(path.join(out, f), "utf8")).join("\n");
    assert.doesNotMatch(html, /front matter ran/);
    assert.match(html, /&lt;%= it %>|&#x3C;%= it %>/, "Eta syntax in a body is shown as text");
  });

  test("should write nothing outside the output folder, with safe file names", () => {
    assert.deepEqual(readdirSync(root).sort(), ["dist", "report.json", "seeds", "strict-dist", "strict.json"].sort());
    assert.deepEqual(readdirSync(outside), ["outside.txt"]);
    for (const f of listFiles(out)) {
      for (const segment of f.split("/")) {
        assert.ok(Buffer.byteLength(segment) <= 200, `overlong name ${segment.slice(0, 40)}…`);
        assert.match(segment, /^[a-z0-9][a-z0-9._-]*$/i, `unsafe name ${segment}`);
      }
    }
  });

  test("should not read seeds through symlinks leading outside the seeds folder", () => {
    const html = listFiles(out).filter((f) => f.endsWith(".html")).map((f) => readFileSync(path.join(out, f), "utf8")).join("\n");
    assert.doesNotMatch(html, /Secret Outside Headline/);
  });

  test("should keep every internal link working", () => {
    assert.deepEqual(brokenLinks(out), []);
  });

  describe("in a real browser", { skip: existsSync(CHROMIUM) ? false : `${CHROMIUM} is not installed` }, () => {
    const server = createStaticServer({ root: out });
    let port = 0;
    before(async () => {
      port = await listen(server, 0, "127.0.0.1");
    });
    after(() => server.close());

    test("should run no script from content on any page", async () => {
      const { chromium } = await import("playwright-core");
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
      });
      try {
        const page = await browser.newPage();
        const dialogs: string[] = [];
        page.on("dialog", (d) => {
          dialogs.push(d.message());
          void d.dismiss();
        });
        const pages = listFiles(out).filter((f) => f.endsWith("index.html"));
        for (const f of pages) {
          await page.goto(`http://127.0.0.1:${port}/${f.replace(/index\.html$/, "")}`);
          // Hover and focus everything a reader might touch, to fire inline handlers.
          await page.evaluate(() => document.querySelectorAll("*").forEach((el) => ["mouseover", "focus", "load", "error"].forEach((t) => el.dispatchEvent(new Event(t)))));
          const fired = await page.evaluate(() => (window as unknown as { __xss?: number }).__xss);
          assert.equal(fired, undefined, `script from content ran on ${f}`);
          // As published (the search page's own script adds `javascript:void(0)` controls later).
          const published = readFileSync(path.join(out, f), "utf8");
          assert.doesNotMatch(published, /(?:href|src|action|formaction)\s*=\s*["']?\s*(?:javascript|data|vbscript):/i, `script URL on ${f}`);
        }
        assert.deepEqual(dialogs, []);
      } finally {
        await browser.close();
      }
    });
  });
});
