import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { before, describe, test } from "node:test";
import { build } from "../../src/pipeline/index.ts";
import { jsonForScript } from "../../src/render/meta.ts";
import { NEWSROOM, NEWSROOM_SEEDS } from "../helpers/newsroom.ts";
import { listFiles, tempDir } from "../helpers/site.ts";
import { buildFixtureSite, config, XSS, type FixtureSite } from "../helpers/publish.ts";

function page(out: string, url: string): string {
  return readFileSync(path.join(out, url, url.endsWith("/") ? "index.html" : ""), "utf8");
}

/** Every JSON-LD block of a page, parsed. */
function jsonLd(html: string): any[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
}

function article(html: string): any {
  const found = jsonLd(html).filter((d) => d["@type"] === "NewsArticle");
  assert.equal(found.length, 1);
  return found[0];
}

describe("web metadata", () => {
  let f: FixtureSite;
  before(async () => {
    f = await buildFixtureSite(path.join(tempDir(), "dist"));
  });

  test("should describe an article as a NewsArticle with its real date, people, place and publisher", () => {
    const a = article(page(f.out, f.byKey.timed!));
    assert.equal(a["@context"], "https://schema.org");
    assert.equal(a.headline, "Europe Prepares to Face Russia");
    assert.equal(a.url, `https://example.org/news${f.byKey.timed}`);
    assert.equal(a.datePublished, "2025-02-25T12:11:38Z");
    assert.deepEqual(a.author, [{ "@type": "Person", name: "Jane Doe", url: "https://example.org/news/authors/jane-doe/" }]);
    assert.deepEqual(a.contributor, [{ "@type": "Person", name: "John Roe", url: "https://example.org/news/authors/john-roe/" }]);
    assert.deepEqual(a.locationCreated, { "@type": "Place", name: "KYIV, Ukraine" });
    assert.deepEqual(a.publisher, { "@type": "Organization", name: "The Example Times" });
    assert.equal(article(page(f.out, f.byKey.day!)).datePublished, "2024-06-01");
  });

  test("should not claim a publication date for inferred, month-only or missing dates", () => {
    for (const key of ["inferred", "month", "undated"]) {
      const html = page(f.out, f.byKey[key]!);
      assert.equal(article(html).datePublished, undefined, key);
      assert.doesNotMatch(html, /article:published_time/, key);
    }
  });

  test("should not present a derived headline as the publisher's", () => {
    const a = article(page(f.out, f.byKey.undated!));
    assert.equal(a.headline, undefined);
    assert.equal(a.description, "The lead made into a headline, and more.");
    assert.equal(a.publisher, undefined);
  });

  test("should keep hostile text inside JSON-LD and attributes", () => {
    const html = page(f.out, f.byKey.xss!);
    const head = html.slice(0, html.indexOf("</head>"));
    // Only our own scripts: no text can close a script element or open a tag.
    assert.equal(head.match(/<script/g)!.length, head.match(/<script type="application\/ld\+json">/g)!.length);
    assert.doesNotMatch(html, /<img src=x|<b>Src|<script>alert/);
    const a = article(html);
    assert.equal(a.headline, XSS);
    assert.equal(a.author[0].name, `Eve "><img src=x onerror=alert(2)>`);
    assert.equal(a.locationCreated.name, "\u2028LONDON\u2029");
    assert.match(head, /<meta property="og:title" content="&#60;\/script&#62;&#60;script&#62;alert\(1\)&#60;\/script&#62;">/);
    assert.equal(jsonForScript({ x: "</script>&\u2028" }), '{"x":"\\u003c/script\\u003e\\u0026\\u2028"}');
  });

  test("should give list pages a CollectionPage and a BreadcrumbList", () => {
    const [collection, crumbs] = jsonLd(page(f.out, "/2024/"));
    assert.equal(collection["@type"], "CollectionPage");
    assert.equal(collection.url, "https://example.org/news/2024/");
    assert.deepEqual(crumbs.itemListElement.map((i: any) => [i.position, i.name, i.item]), [
      [1, "Home", "https://example.org/news/"],
      [2, "2024", "https://example.org/news/2024/"],
    ]);
    for (const url of ["/", "/archive/", "/authors/", "/authors/jane-doe/", "/undated/"]) assert.equal(jsonLd(page(f.out, url))[0]["@type"], "CollectionPage", url);
  });

  test("should link the favicon, the feeds, the search page and Open Graph tags on every page", () => {
    const home = page(f.out, "/");
    for (const want of ['<link rel="icon" href="/news/favicon.svg"', 'type="application/atom+xml" title="News Archive" href="/news/feed.xml"', 'href="/news/rss.xml"', 'href="/news/feed.json"', '<link rel="search" href="/news/search/"', '<meta property="og:url" content="https://example.org/news/">', '<meta name="twitter:card" content="summary">']) assert.ok(home.includes(want), want);
    assert.ok(page(f.out, "/authors/jane-doe/").includes('href="/news/authors/jane-doe/feed.xml"'));
    assert.ok(readFileSync(path.join(f.out, "favicon.svg"), "utf8").startsWith("<svg"));
  });
});

describe("canonical URLs of a built site", () => {
  test("should give every page its absolute canonical URL under the base path", async () => {
    const out = path.join(tempDir(), "dist");
    await build({ root: NEWSROOM, seeds: NEWSROOM_SEEDS, out, config, cache: false });
    const pages = listFiles(out).filter((p) => p.endsWith(".html") && !p.startsWith("pagefind/"));
    assert.ok(pages.length > 5);
    for (const p of pages) {
      const url = p === "404.html" ? "/404.html" : `/${p.replace(/index\.html$/, "")}`;
      assert.ok(readFileSync(path.join(out, p), "utf8").includes(`<link rel="canonical" href="https://example.org/news${url}">`), p);
    }
    const sitemap = readFileSync(path.join(out, "sitemap.xml"), "utf8");
    assert.match(sitemap, /<loc>https:\/\/example\.org\/news\/<\/loc>/);
    assert.equal(readFileSync(path.join(out, "robots.txt"), "utf8"), "User-agent: *\nAllow: /\nSitemap: https://example.org/news/sitemap.xml\n");
  });
});
