// Site links: `absolute` appends plain paths to the base itself, and must give what the URL parser gives.
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { absolute, link, type SiteView } from "../../src/render/site.ts";

const view = (baseUrl: string): SiteView => ({ title: "T", description: "D", language: "en", baseUrl, basePath: new URL(baseUrl).pathname, timeZone: "UTC" });

test("should make the URL the parser makes, for plain and unusual paths alike", () => {
  const part = fc.constantFrom("a", "2024", "feed.xml", "jane-doe", ".", "..", "%2e", "", "/", "é", " ", "?", "#", "~", "_", "A", "\\", ":", "%", "..a", ".b");
  const path = fc.array(part, { maxLength: 8 }).map((xs) => xs.join(""));
  const base = fc.constantFrom("http://localhost/", "https://news.example/archive/", "https://news.example/a%20b/", "https://news.example/x/?q=1", "http://h:8080/p/");
  fc.assert(fc.property(base, path, (b, p) => {
    let expected: string;
    try {
      expected = new URL(p.replace(/^\//, ""), b).href;
    } catch {
      assert.throws(() => absolute(view(b), p)); // "\\\\" is "//" to the parser: a host-relative URL with no host
      return;
    }
    assert.equal(absolute(view(b), p), expected);
  }), { numRuns: 5000 });
});

test("should put site paths under the base path", () => {
  assert.equal(link(view("https://news.example/archive/"), "/2024/05/"), "/archive/2024/05/");
  assert.equal(link(view("https://news.example/archive/"), "2024/"), "/archive/2024/");
  assert.equal(absolute(view("https://news.example/archive/"), "/authors/jane-doe/feed.xml"), "https://news.example/archive/authors/jane-doe/feed.xml");
});
