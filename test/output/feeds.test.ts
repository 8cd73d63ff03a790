import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { before, describe, test } from "node:test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { buildArchive } from "../../src/archive/index.ts";
import { build, ingest } from "../../src/pipeline/index.ts";
import { hasPublishedDate } from "../../src/render/instant.ts";
import { ROOT } from "../helpers/cli.ts";
import { tempDir } from "../helpers/site.ts";
import { writeFeed, SiteWriter } from "../../src/output/index.ts";
import { buildFixtureSite, config, XSS, type FixtureSite } from "../helpers/publish.ts";

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name, jpath) => ["entry", "item", "author", "contributor"].includes(name) || (name === "link" && String(jpath).startsWith("feed")) });
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;

function parseXml(file: string): any {
  const text = readFileSync(file, "utf8");
  assert.equal(XMLValidator.validate(text), true, `${file} is not well-formed XML`);
  return xml.parse(text);
}

type Item = { id: string; url: string; date: string };

/** The three site feeds as [format, items] with each item's id, link and date. */
function siteFeeds(out: string): Array<[string, Item[], any]> {
  const atom = parseXml(path.join(out, "feed.xml")).feed;
  const rss = parseXml(path.join(out, "rss.xml")).rss;
  const json = JSON.parse(readFileSync(path.join(out, "feed.json"), "utf8"));
  return [
    ["atom", (atom.entry ?? []).map((e: any) => ({ id: e.id, url: e.link[0]["@href"], date: e.published })), atom],
    ["rss", (rss.channel.item ?? []).map((i: any) => ({ id: i.guid["#text"], url: i.link, date: i.pubDate })), rss],
    ["json", json.items.map((i: any) => ({ id: i.id, url: i.url, date: i.date_published })), json],
  ];
}

describe("feeds of dated records", () => {
  let f: FixtureSite;
  before(async () => {
    f = await buildFixtureSite(path.join(tempDir(), "dist"));
  });

  test("should hold exactly the articles with a real date of at least a day, newest first", () => {
    const want = [f.byKey.timed, f.byKey.xss, f.byKey.day].map((u) => `https://example.org/news${u}`);
    for (const [format, items] of siteFeeds(f.out)) assert.deepEqual(items.map((i) => i.url), want, format);
  });

  test("should convert wall-clock dates from the site time zone", () => {
    // 2025-02-25 12:11:38 London (GMT) and 2024-06-01 00:00 London (BST = UTC+1).
    const instants = [Date.parse("2025-02-25T12:11:38Z"), Date.parse("2025-01-01T00:00:00Z"), Date.parse("2024-05-31T23:00:00Z")];
    for (const [format, items] of siteFeeds(f.out)) {
      for (const i of items) assert.match(i.date, format === "rss" ? RFC822 : RFC3339, `${format} ${i.date}`);
      assert.deepEqual(items.map((i) => Date.parse(i.date)), instants, format);
    }
  });

  test("should use permalinks as ids and the newest article as the feed's updated time", () => {
    const [[, atomItems, atom], [, , rss], [, , json]] = siteFeeds(f.out) as [[string, Item[], any], [string, Item[], any], [string, Item[], any]];
    for (const i of atomItems) assert.equal(i.id, i.url);
    assert.equal(atom.updated, "2025-02-25T12:11:38.000Z");
    assert.equal(rss.channel.lastBuildDate, "Tue, 25 Feb 2025 12:11:38 GMT");
    assert.equal(atom.id, "https://example.org/news/");
    assert.equal(json.feed_url, "https://example.org/news/feed.json");
  });

  test("should carry authors with their pages, the summary and the full body", () => {
    const atom = parseXml(path.join(f.out, "feed.xml")).feed;
    const e = atom.entry[0];
    assert.equal(e.title["#text"] ?? e.title, "Europe Prepares to Face Russia");
    assert.deepEqual(e.author.map((a: any) => [a.name, a.uri]), [["Jane Doe", "https://example.org/news/authors/jane-doe/"]]);
    assert.equal(e.contributor[0].name, "John Roe");
    assert.match(e.content["#text"], /marmalade and maps/);
    assert.match(e.summary["#text"] ?? e.summary, /marmalade/);
  });

  test("should write a per-author Atom feed with that author's dated articles", () => {
    const atom = parseXml(path.join(f.out, "authors/jane-doe/feed.xml")).feed;
    assert.deepEqual(atom.entry.map((e: any) => e.id), [f.byKey.timed, f.byKey.day].map((u) => `https://example.org/news${u}`));
    assert.equal(atom.link.find((l: any) => l["@rel"] === "self")["@href"], "https://example.org/news/authors/jane-doe/feed.xml");
  });

  test("should give a feed without articles a fixed updated time, never the build time", () => {
    const writer = new SiteWriter(path.join(tempDir(), "dist"));
    writeFeed(f.archive, f.site, writer, { title: "Nobody", description: "", url: "/nobody/", articles: [f.archive.undated[0]!] });
    const atom = xml.parse(readFileSync(path.join(writer.staging, "nobody/feed.xml"), "utf8")).feed;
    writer.abort();
    assert.equal(atom.updated, "1970-01-01T00:00:00.000Z");
    assert.equal(atom.entry, undefined);
  });

  test("should escape hostile headlines and names so the feed still parses to the same text", () => {
    const atom = parseXml(path.join(f.out, "feed.xml")).feed;
    const e = atom.entry.find((x: any) => x.id.endsWith(f.byKey.xss));
    // type="html": the text is HTML-escaped inside, so a reader shows the words, never a script.
    assert.equal(e.title["@type"], "html");
    assert.equal(e.title["#text"], XSS.replace(/</g, "&#60;").replace(/>/g, "&#62;"));
    const json = JSON.parse(readFileSync(path.join(f.out, "feed.json"), "utf8"));
    assert.equal(json.items.find((i: any) => i.url.endsWith(f.byKey.xss)).title, XSS);
    assert.equal(e.author[0].name, `Eve "><img src=x onerror=alert(2)>`);
  });
});

describe("feeds of the seeds", () => {
  test("should hold every article the archive has a real date for, with absolute URLs", async () => {
    const out = path.join(tempDir(), "dist");
    const seeds = path.join(ROOT, "test/fixtures/publish");
    await build({ root: ROOT, seeds, out, config });
    const archive = buildArchive((await ingest(seeds, config)).articles, config);
    const want = archive.dated.filter(hasPublishedDate).map((a) => `https://example.org/news${a.url}`).sort();
    for (const [format, items] of siteFeeds(out)) {
      assert.deepEqual(items.map((i) => i.url).sort(), want, format);
      for (const i of items) assert.ok(i.url.startsWith("https://example.org/news/") && !Number.isNaN(Date.parse(i.date)), `${format} ${i.url}`);
    }
  });
});
