// What authors write in front matter is never lost: custom keys reach templates as `data`, misspelt
// known keys get a "did you mean", and one-article files keep the address their file name gives.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { didYouMean } from "../../src/model/index.ts";
import { parseText } from "./helpers.ts";

const md = (front: string, body = "The council voted on Tuesday to fund the new library.") => `---\n${front}\n---\n${body}\n`;

describe("front matter kept for templates", () => {
  test("should keep unknown keys as data, without warnings for ones that are not misspellings", () => {
    const fp = parseText("news/library.md", md("headline: Library\ndate: 2024-06-11\nmood: sunny\nrating: 4\nextra: { a: [1, 2] }"));
    const a = fp.articles[0]!;
    assert.deepEqual(a.data, { mood: "sunny", rating: 4, extra: { a: [1, 2] } });
    assert.equal(a.warnings.length + fp.warnings.length, 0);
  });

  test("should warn with a suggestion for a misspelt known key, naming its line, and keep its value", () => {
    const fp = parseText("news/library.md", md("headline: Library\nbylnies: [Jane Doe]\ntgas: [x]"));
    const w = fp.warnings.filter((x) => x.kind === "front-matter");
    assert.equal(w.length, 2);
    assert.match(w[0]!.message, /"bylnies".*did you mean "bylines"/);
    assert.equal(w[0]!.line, 3);
    assert.match(w[1]!.message, /did you mean "tags"/);
    assert.deepEqual(fp.articles[0]!.data, { bylnies: ["Jane Doe"], tgas: ["x"] });
  });

  test("should read draft, section and aliases", () => {
    const a = parseText("a.md", md("headline: Library\ndraft: true\nsection: Local news\naliases: [/2023/old-library/, old/path.html]")).articles[0]!;
    assert.equal(a.draft, true);
    assert.equal(a.section, "Local news");
    assert.deepEqual(a.aliases, ["/2023/old-library/", "/old/path.html"]);
  });

  test("should refuse alias paths that could leave the site", () => {
    const fp = parseText("a.md", md("headline: Library\naliases: ['../../etc/x', '/ok/']"));
    assert.deepEqual(fp.articles[0]!.aliases, ["/ok/"]);
    assert.ok(fp.warnings.some((w) => /aliases/.test(w.message)));
  });

  test("should suggest the closest key only when it is close", () => {
    assert.equal(didYouMean("titel", ["title", "tags"]), "title");
    assert.equal(didYouMean("timezone", ["timeZone"]), "timeZone");
    assert.equal(didYouMean("mood", ["headline", "tags", "slug"]), null);
  });
});

describe("addresses from file names", () => {
  test("should take a one-article file's slug from its name, so a headline edit keeps the URL", () => {
    const a = parseText("2024/harbour-bridge.md", md("headline: Bridge reopens\ndate: 2024-05-02")).articles[0]!;
    const b = parseText("2024/harbour-bridge.md", md("headline: Bridge reopens after repairs\ndate: 2024-05-02")).articles[0]!;
    assert.equal(a.slug, "harbour-bridge");
    assert.equal(b.slug, a.slug);
  });

  test("should prefer front matter's slug, use a bundle's folder, and skip names without a word", () => {
    assert.equal(parseText("x/bridge.md", md("headline: B\nslug: my-slug")).articles[0]!.slug, "my-slug");
    assert.equal(parseText("bridge-story/index.md", md("headline: B")).articles[0]!.slug, "bridge-story");
    assert.equal(parseText("000_67d991ad0578780e.md", md("headline: Bridge reopens")).articles[0]!.slug, "bridge-reopens");
  });

  test("should keep headline slugs for files holding several stories", () => {
    const text = "Bridge reopens after repairs\n\nBy Jane Doe\n\nThe bridge reopened on Tuesday after months.\n\nLibrary plan approved\n\nBy John Roe\n\nThe council approved the plan on Monday evening.\n";
    const fp = parseText("digest.txt", text);
    assert.equal(fp.articles.length, 2);
    assert.deepEqual(fp.articles.map((a) => a.slug), ["bridge-reopens-after-repairs", "library-plan-approved"]);
  });
});
