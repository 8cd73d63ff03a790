// The feed writer replaced the `feed` package (kept as a devDependency for this test only): for any
// document the site can make, the bytes must be the ones the package wrote, so feeds readers already
// hold do not change under them.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import { Feed } from "feed";
import { atom, jsonFeed, rss, type FeedDocument, type FeedPerson } from "../../src/output/feed-writer.ts";

/** What the package wrote for `doc`. */
function reference(doc: FeedDocument): { atom: string; rss: string; json: string } {
  const { items, ...options } = doc;
  const feed = new Feed(options);
  for (const item of items) feed.addItem(item);
  return { atom: feed.atom1(), rss: feed.rss2(), json: feed.json1() };
}

function mine(doc: FeedDocument): { atom: string; rss: string; json: string } {
  return { atom: atom(doc), rss: rss(doc), json: jsonFeed(doc) };
}

// Text with the characters escaping is about: markup, entities, quotes, CDATA ends, non-ASCII.
const tricky = fc.string({ unit: fc.constantFrom("a", "Z", " ", "&", "&amp;", "<", ">", '"', "'", "]]>", "]", "é", "—", "\n", "😀") });
const url = fc.constantFrom("https://example.org/a/", "https://example.org/?a=1&b=2", 'https://example.org/"q"/', "http://localhost/x&amp;y/");
const date = fc.integer({ min: 0, max: 4_102_444_800_000 }).map((ms) => new Date(ms));
const person: fc.Arbitrary<FeedPerson> = fc.record({ name: tricky, link: fc.option(url, { nil: undefined }) }, { requiredKeys: ["name"] });
const people = fc.option(fc.array(person, { minLength: 1, maxLength: 3 }), { nil: undefined });

const documents: fc.Arbitrary<FeedDocument> = fc.record({
  id: url,
  title: tricky,
  description: fc.option(tricky, { nil: undefined }),
  link: url,
  language: fc.option(fc.constantFrom("en", "fr-CA", ""), { nil: undefined }),
  updated: date,
  generator: fc.constantFrom("newsarchive", "a & b"),
  feedLinks: fc.record({ atom: url, rss: url, json: url }, { requiredKeys: [] }),
  favicon: fc.option(url, { nil: undefined }),
  author: fc.option(person, { nil: undefined }),
  items: fc.array(
    fc.record({
      title: tricky,
      id: fc.option(url, { nil: undefined }),
      link: url,
      date,
      published: fc.option(date, { nil: undefined }),
      description: fc.option(tricky, { nil: undefined }),
      content: fc.option(tricky, { nil: undefined }),
      author: people,
      contributor: people,
    }, { requiredKeys: ["title", "link", "date"] }),
    { maxLength: 4 },
  ),
}, { requiredKeys: ["id", "title", "link", "updated", "generator", "feedLinks", "items"] });

describe("feed writer", () => {
  test("should write the bytes the feed package wrote, for any document", () => {
    fc.assert(fc.property(documents, (doc) => assert.deepEqual(mine(doc), reference(doc))), { numRuns: 400 });
  });

  test("should write a site feed with bylines, summaries and full bodies exactly as before", () => {
    const doc: FeedDocument = {
      id: "https://news.example/", title: "Archive & Co", description: "All <the> news", link: "https://news.example/", language: "en",
      updated: new Date("2024-05-01T12:00:00Z"), generator: "newsarchive",
      feedLinks: { atom: "https://news.example/feed.xml", rss: "https://news.example/rss.xml", json: "https://news.example/feed.json" },
      favicon: "https://news.example/favicon.svg", author: { name: "Archive & Co", link: "https://news.example/" },
      items: [{
        title: "Talks &#60;resume&#62;", id: "https://news.example/2024/05/01/talks/", link: "https://news.example/2024/05/01/talks/",
        date: new Date("2024-05-01T12:00:00Z"), published: new Date("2024-05-01T12:00:00Z"), description: "The lead.",
        content: "<p>Body ]]&gt; text</p>", author: [{ name: "Jane Doe", link: "https://news.example/authors/jane-doe/" }], contributor: [{ name: "Ann Lee" }],
      }, { title: "Undated author", link: "https://news.example/b/", date: new Date(0) }],
    };
    assert.deepEqual(mine(doc), reference(doc));
    assert.match(atom(doc), /<title type="html"><!\[CDATA\[Talks &#60;resume&#62;\]\]><\/title>/);
    assert.match(rss(doc), /<guid isPermaLink="false">https:\/\/news.example\/2024\/05\/01\/talks\/<\/guid>/);
  });
});
