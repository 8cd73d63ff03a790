import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { ingest } from "../../src/pipeline/index.ts";
import { createStaticServer, listen } from "../../src/dev/index.ts";
import { defaultConfig, type Diagnostic } from "../../src/model/index.ts";
import { cli } from "../helpers/cli.ts";
import { brokenLinks, listFiles, tempDir } from "../helpers/site.ts";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parseHTML } from "linkedom";
import { writeHostileSeeds, XSS } from "../helpers/hostile-corpus.ts";

/** Characters XML 1.0 cannot hold, escaped or not (XMLValidator does not check them). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
/** Bidi embeddings, overrides and isolates: in a one-line field they reorder the text after it. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
/** A diagnostic that says what to do about it. */
const ADVICE = /\b(fix|delete|add|save|re-save|check|remove|shorten|simplify|copy|use|give)\b/i;

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
    // Beside the output, only the report and the build cache (on by default, kept in the project folder).
    assert.deepEqual(readdirSync(root).sort(), [".newsarchive-cache", "dist", "report.json", "seeds", "strict-dist", "strict.json"].sort());
    assert.deepEqual(readdirSync(path.join(root, ".newsarchive-cache")), ["build"]);
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

  test("should not read a saved page's _files folder as seeds", async () => {
    const { articles } = await ingest(seeds, defaultConfig);
    assert.deepEqual(articles.filter((a) => a.origin.file.includes("_files/")).map((a) => a.origin.file), []);
    assert.ok(articles.some((a) => a.origin.file === "html/saved-page.html"), "the page itself is read");
  });

  test("should keep scripts, styles, iframes, objects and event handlers of saved pages out of every page", async () => {
    const { articles } = await ingest(seeds, defaultConfig);
    const saved = articles.filter((a) => a.origin.file.startsWith("xss/page-"));
    assert.equal(saved.length, XSS.length);
    for (const a of saved) {
      const file = listFiles(out).find((f) => f.endsWith(`/${a.slug}/index.html`));
      assert.ok(file, `no page for ${a.origin.file}`);
      const page = readFileSync(path.join(out, file), "utf8");
      const story = page.slice(page.indexOf("<main"), page.indexOf("</main>"));
      assert.doesNotMatch(story, /<(script|style|iframe|object|embed|img)\b/i, file);
      const { document } = parseHTML(`<!doctype html><html><body>${story}</body></html>`);
      for (const el of document.querySelectorAll("*")) {
        for (const attr of el.attributes) {
          assert.doesNotMatch(attr.name, /^on/i, `${file}: <${el.localName} ${attr.name}>`);
          assert.doesNotMatch(attr.value, /^\s*javascript:/i, `${file}: <${el.localName} ${attr.name}>`);
        }
      }
      assert.equal(a.canonicalUrl ?? null, null, "a javascript: canonical link is not kept");
    }
  });

  test("should list every broken or odd input in the report, by file and line, saying what to do", () => {
    const all = [...report.errors, ...report.warnings];
    // [file, kind, line (null: the whole file), what the message must say]
    const expected: Array<[string, string, number | null, RegExp]> = [
      ["broken/empty.txt", "no-article", null, /empty/],
      ["broken/whitespace.txt", "no-article", null, /empty/],
      ["broken/binary.txt", "binary", 1, /NUL/],
      ["broken/malformed-yaml.md", "front-matter", 3, /malformed YAML/],
      ["broken/only-boilerplate.txt", "no-article", null, /no story/],
      ["code/js-front-matter.md", "front-matter", 1, /never evaluated/],
      ["code/yaml-tags.md", "front-matter", 2, /unknown tag/],
      ["odd/invalid-utf8.txt", "encoding", null, /not valid UTF-8/],
      ["odd/windows-1252.txt", "encoding", null, /Windows-1252/],
      ["odd/wrong-types.md", "front-matter", 3, /"date" is not a date/],
      ["odd/wrong-types.md", "front-matter", 4, /"bylines"/],
      ["odd/impossible-date.md", "front-matter", 3, /2025-02-30, a day that does not exist/],
      ["odd/future-date.md", "scheduled", 5, /2999-01-01.*after the day of the build.*held back/],
      ["odd/ancient-date.md", "date-range", 5, /1650-06-01.*before 1800/],
      ["odd/duplicate-b.md", "duplicate-slug", 6, /already taken by odd\/duplicate-a\.md:6/],
      ["odd/long-headline.md", "long-headline", 4, /cut to 200/],
      ["odd/emoji-rtl.md", "unsafe-characters", 5, /bidirectional-override/],
      ["odd/deep-nesting.md", "markdown", 4, /nested more than 64 levels/],
      ["odd/long-markdown-line.md", "markdown", 4, /characters long, more than 20000 in one Markdown line.*read as plain text/],
      ["odd/control-chars.txt", "control-characters", 1, /4 control characters \(U\+0001 first/],
      ["odd/control-front-matter.md", "unsafe-characters", 7, /control characters/],
      ["paths/link-outside.txt", "symlink", null, /outside the seeds folder/],
    ];
    for (const [file, kind, line, says] of expected) {
      const d = all.find((x) => x.file === file && x.kind === kind && x.line === line);
      assert.ok(d, `no ${kind} diagnostic for ${file}:${line} in ${JSON.stringify(all.filter((x) => x.file === file))}`);
      assert.match(d.message, says, file);
      assert.match(d.message, ADVICE, `${file}: the message does not say what to do`);
    }
  });

  test("should reject an impossible date instead of rolling it over, and cut a 10,000-character headline", async () => {
    const { articles } = await ingest(seeds, defaultConfig);
    const impossible = articles.find((a) => a.origin.file === "odd/impossible-date.md")!;
    assert.equal(impossible.date, null);
    assert.ok(!existsSync(path.join(out, "2025", "03", "02")), "2025-02-30 was filed as 2 March");
    const long = articles.find((a) => a.origin.file === "odd/long-headline.md")!;
    assert.ok(long.headline.length <= 200, `headline of ${long.headline.length} characters`);
    assert.equal(long.headlineSource, "derived");
  });

  test("should strip bidi overrides and control characters from one-line fields, keeping emoji and right-to-left names", async () => {
    const { articles } = await ingest(seeds, defaultConfig);
    for (const a of articles) {
      const fields = [a.headline, a.dateline ?? "", a.source ?? "", ...a.tags, ...a.bylines.flatMap((b) => [b.name, b.location ?? ""])];
      for (const f of fields) {
        assert.doesNotMatch(f, BIDI_CONTROLS, `${a.origin.file}: ${f}`);
        assert.doesNotMatch(f, /[\u0000-\u001F\u007F-\u009F]/, `${a.origin.file}: ${JSON.stringify(f)}`);
      }
    }
    const site = listFiles(out).filter((f) => /\.(html|xml|json)$/.test(f) && !f.startsWith("pagefind/")).map((f) => readFileSync(path.join(out, f), "utf8")).join("\n");
    assert.doesNotMatch(site, BIDI_CONTROLS);
    for (const kept of ["مرحبا", "محمد عبد الله", "Zoë 🎉 Ñandú"]) assert.ok(site.includes(kept), `${kept} was lost`);
  });

  test("should keep feeds, sitemap and JSON-LD well-formed whatever the content", () => {
    const files = listFiles(out);
    const xml = files.filter((f) => f.endsWith(".xml"));
    assert.ok(xml.includes("feed.xml") && xml.includes("rss.xml") && xml.includes("sitemap.xml"), xml.join());
    const parser = new XMLParser({ ignoreAttributes: false });
    for (const f of xml) {
      const text = readFileSync(path.join(out, f), "utf8");
      assert.equal(XMLValidator.validate(text), true, `${f} is not well-formed`);
      const bad = NOT_XML.exec(text);
      assert.equal(bad, null, `${f} holds U+${bad?.[0].codePointAt(0)?.toString(16)}, which XML cannot hold`);
      // Payloads stay text: no element of the feed is named after a payload's tag.
      assert.doesNotMatch(JSON.stringify(parser.parse(text)), /"(script|img|svg|div)"\s*:/i, `${f}: markup from content became XML`);
    }
    for (const f of files.filter((f) => f.endsWith("feed.json"))) JSON.parse(readFileSync(path.join(out, f), "utf8"));
    const titles = JSON.stringify(JSON.parse(readFileSync(path.join(out, "feed.json"), "utf8")));
    assert.ok(titles.includes(`Headline 1 \\"><img src=x onerror=\\"window.__xss=1\\">`), "the JSON feed keeps the headline as plain text");
    let blocks = 0;
    for (const f of files.filter((f) => f.endsWith(".html"))) {
      const html = readFileSync(path.join(out, f), "utf8");
      for (const m of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
        assert.doesNotMatch(m[1]!, /<\/?script|<!--/i, f);
        JSON.parse(m[1]!);
        blocks++;
      }
    }
    assert.ok(blocks > 0);
  });

  test("should keep terminal escapes and forged lines from file names out of the terminal", () => {
    const file = readdirSync(path.join(seeds, "names")).find((n) => n.startsWith("esc"))!;
    const r = cli(["parse", "--explain", path.join(seeds, "names", file)], root);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(r.stdout.includes("Hostile File Name Story"), r.stdout);
    assert.doesNotMatch(r.stdout + r.stderr, /\u001b/, "an escape sequence reached the terminal");
    assert.doesNotMatch(r.stdout + r.stderr, /^fake error/m, "a newline in a file name forged a line");
    assert.doesNotMatch(build.stdout + build.stderr, /\u001b|^fake error/m);
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
