// Unit tables for the saved-page reader's parts: the bounding pass, metadata dates, JSON-LD, the
// metadata's order of trust, and seed discovery of saved pages.
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { parseHTML } from "linkedom";
import { findSeedFiles } from "../../src/ingest/index.ts";
import { MAX_DEPTH, preparePage } from "../../src/ingest/html/bounds.ts";
import { printedDate } from "../../src/ingest/html/dates.ts";
import { readJsonLd } from "../../src/ingest/html/jsonld.ts";
import { readMetadata, type MetaDocument } from "../../src/ingest/html/metadata.ts";
import { tempDir } from "../helpers/site.ts";

const prepared = (html: string) => {
  const p = preparePage(html);
  if ("refused" in p) throw new Error(p.refused);
  return p;
};

describe("preparePage", () => {
  test("should drop scripts, styles, SVG, iframes, objects and comments with their content", () => {
    const p = prepared(`<p>a</p><script>evil()</script><style>p{}</style><svg><path d="M0"/></svg><iframe src="x">fallback</iframe><object data="y">alt</object><!-- note --><p>b</p>`);
    assert.equal(p.html, "<p>a</p><p>b</p>");
  });
  test("should keep JSON-LD aside for the metadata", () => {
    const p = prepared(`<script type="application/ld+json">{"@type":"NewsArticle"}</script><p>x</p>`);
    assert.deepEqual(p.jsonLd, [`{"@type":"NewsArticle"}`]);
    assert.equal(p.html, "<p>x</p>");
  });
  test("should flatten tags nested deeper than the bound and keep their text", () => {
    const p = prepared(`${"<div>".repeat(MAX_DEPTH + 50)}deep text${"</div>".repeat(MAX_DEPTH + 50)}<p>after</p>`);
    assert.equal(p.flattened, 50);
    assert.equal((p.html.match(/<div>/g) ?? []).length, MAX_DEPTH);
    assert.equal((p.html.match(/<\/div>/g) ?? []).length, MAX_DEPTH);
    assert.match(p.html, /deep text<\/div>/);
    assert.match(p.html, /<p>after<\/p>$/);
  });
  test("should not count optional-end and void elements as depth", () => {
    const p = prepared(`<div>${"<p>para <br> <img src=x>".repeat(500)}</div>`);
    assert.equal(p.flattened, 0);
  });
  test("should lower-case attribute names and leave values as written", () => {
    const p = prepared(`<TIME DATETIME="2024-11-05" TITLE="Tuesday Morning">x</TIME>`);
    assert.equal(p.html, `<time datetime="2024-11-05" title="Tuesday Morning">x</TIME>`);
  });
  test("should refuse a page with too many elements, naming the count", () => {
    const p = preparePage(`<div><span>x</span></div>`.repeat(30_000));
    assert.ok("refused" in p && /60000 elements/.test(p.refused));
  });
  test("should survive unclosed tags, quotes and comments at the end of the file", () => {
    for (const tail of [`<div class="x`, `<!-- open`, `<script>never closed`, `<`, `<a href='x' b="`]) prepared(`<p>text</p>${tail}`);
  });
});

describe("printedDate", () => {
  const cases: Array<[string, string | null, string | null]> = [
    ["2025-02-24T23:30:00-05:00", "2025-02-24T23:30", "-05:00"],
    ["2025-02-24T23:30:15.123+0530", "2025-02-24T23:30:15", "+05:30"],
    ["2025-02-25T04:30:00Z", "2025-02-25T04:30", "Z"],
    ["2025-02-25T04:30:00+00:00", "2025-02-25T04:30", "Z"],
    ["2025-02-25 04:30", "2025-02-25T04:30", null],
    ["2025-02-25", "2025-02-25", null],
    ["2025-02-30", null, null],
    ["2025-13-01T00:00:00Z", null, null],
  ];
  for (const [input, date, offset] of cases) {
    test(`should read "${input}" as ${date ?? "no date"} without moving the day`, () => {
      const d = printedDate(input, "Asia/Tokyo");
      assert.equal(d?.date ?? null, date);
      if (date) assert.equal(d!.offset, offset);
    });
  }
  test("should read a date written out in words", () => assert.equal(printedDate("March 3, 2022", "UTC")?.date, "2022-03-03"));
});

describe("readJsonLd", () => {
  test("should find the article in a @graph, with people, publisher and dates", () => {
    const ld = readJsonLd([JSON.stringify({ "@context": "https://schema.org", "@graph": [{ "@type": "WebPage" }, { "@type": "NewsArticle", headline: "H", datePublished: "2024-01-02T03:04:05+01:00", author: [{ "@type": "Person", name: "A B" }, { "@type": "Person", name: "C D" }], publisher: { "@type": "Organization", name: "P" } }] })]);
    assert.deepEqual([ld?.headline, ld?.datePublished, ld?.authors, ld?.publisher], ["H", "2024-01-02T03:04:05+01:00", ["A B", "C D"], "P"]);
  });
  test("should read a type array, an author string and a page's mainEntity", () => {
    const ld = readJsonLd([JSON.stringify({ "@type": "WebPage", mainEntity: { "@type": ["Article", "Thing"], name: "N", author: "Solo Writer" } })]);
    assert.deepEqual([ld?.headline, ld?.authors], ["N", ["Solo Writer"]]);
  });
  test("should skip a broken block and use the next", () => {
    assert.equal(readJsonLd(["{not json", `[{"@type":"BlogPosting","headline":"Ok"}]`])?.headline, "Ok");
  });
  test("should say when the page is a collection, not an article", () => {
    assert.equal(readJsonLd([`{"@type":"CollectionPage","name":"Latest"}`])?.notArticle, true);
  });
  test("should give an organisation named as author to the publisher slot", () => {
    const ld = readJsonLd([`{"@type":"NewsArticle","author":{"@type":"Organization","name":"Wire Desk"}}`]);
    assert.deepEqual([ld?.authors, ld?.publisher], [[], "Wire Desk"]);
  });
});

describe("readMetadata", () => {
  const meta = (head: string, body = "", ld: string[] = []) => readMetadata(parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as MetaDocument, ld, "UTC");
  test("should trust JSON-LD over Open Graph over <h1> over <title>", () => {
    const head = `<title>Storm closes bridge | Site</title><meta property="og:title" content="Storm closes the bridge"><meta property="og:site_name" content="Site">`;
    const ld = [`{"@type":"NewsArticle","headline":"Storm closes old bridge"}`];
    assert.deepEqual(meta(head, "<h1>Storm closes bridge</h1>", ld).headline, { value: "Storm closes old bridge", from: "json-ld headline" });
    assert.deepEqual(meta(head, "<h1>Storm closes bridge</h1>").headline, { value: "Storm closes the bridge", from: "og:title" });
    assert.deepEqual(meta(`<title>Storm closes bridge | Site</title>`, "<h1>Storm closes bridge</h1>").headline, { value: "Storm closes bridge", from: "<h1>" });
    assert.deepEqual(meta(`<title>Storm closes bridge | Site</title><meta property="og:site_name" content="Site">`).headline, { value: "Storm closes bridge", from: "<title>" });
  });
  test("should not take metadata that shares no words with the page's title for the headline", () => {
    const ld = [`{"@type":"Article","headline":"constitutional monarchy in Oceania"}`];
    assert.deepEqual(meta(`<title>New Zealand - Wikipedia</title>`, "<h1>New Zealand</h1>", ld).headline, { value: "New Zealand", from: "<h1>" });
  });
  test("should pass over a first <h1> that is the site's logo for the one the title names", () => {
    assert.deepEqual(meta(`<title>Babies who eat peanuts early may avoid allergy</title>`, "<h1>Health Center</h1><h1>Babies Who Eat Peanuts Early May Avoid Allergy</h1>").headline?.value, "Babies Who Eat Peanuts Early May Avoid Allergy");
    assert.deepEqual(meta(`<title>Lorem ipsum dolor sit amet – My website</title>`, "<h1>Welcome</h1>").headline, { value: "Lorem ipsum dolor sit amet", from: "<title>" });
  });
  test("should date by JSON-LD, then article:published_time, then a lone <time datetime>", () => {
    assert.equal(meta(`<meta property="article:published_time" content="2024-05-06T07:08:00+02:00">`, "", [`{"@type":"NewsArticle","datePublished":"2024-05-05"}`]).date?.value.date, "2024-05-05");
    assert.equal(meta(`<meta property="article:published_time" content="2024-05-06T07:08:00+02:00">`, `<time datetime="2020-01-01">x</time>`).date?.value.date, "2024-05-06T07:08");
    assert.equal(meta("", `<time datetime="2020-01-01">x</time>`).date?.value.date, "2020-01-01");
    assert.equal(meta("", `<time datetime="2020-01-01">x</time><time datetime="2021-01-01">y</time>`).date, null, "several times on a page date nothing");
  });
  test("should keep only absolute http(s) canonical addresses", () => {
    assert.equal(meta(`<link rel="canonical" href="https://news.example/a">`).canonicalUrl, "https://news.example/a");
    assert.equal(meta(`<link rel="canonical" href="/a"><meta property="og:url" content="javascript:alert(1)">`).canonicalUrl, null);
    assert.equal(meta(`<link rel="canonical" href="/a"><meta property="og:url" content="http://news.example/b">`).canonicalUrl, "http://news.example/b");
  });
  test("should not take a profile URL for an author's name", () => {
    assert.equal(meta(`<meta property="article:author" content="https://social.example/jane">`).authors, null);
    assert.deepEqual(meta(`<meta name="author" content="Jane Roe">`).authors, { value: ["Jane Roe"], from: "meta author" });
  });
});

describe("findSeedFiles with saved pages", () => {
  test("should list .html and .htm pages and skip the _files folder beside a page", async () => {
    const dir = tempDir("newsarchive-find-html-");
    const w = (rel: string) => {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), "<p>x</p>");
    };
    for (const f of ["a.html", "a_files/frame.html", "a_files/notes.txt", "b.HTM", "orphan_files/story.html", "c.css"]) w(f);
    const { files } = await findSeedFiles(dir);
    assert.deepEqual(files.map((f) => f.rel), ["a.html", "b.HTM", "orphan_files/story.html"]);
  });
});
