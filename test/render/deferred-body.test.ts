import assert from "node:assert/strict";
import { test } from "node:test";
import path from "node:path";
import { buildArchive } from "../../src/archive/index.ts";
import { defaultConfig } from "../../src/model/index.ts";
import { linkBody, renderBody, renderPage, RenderMemo, sitePages, siteView, Templates } from "../../src/render/index.ts";
import { REPO } from "../browser/fixture-site.ts";
import { dated } from "../helpers/articles.ts";

const markdown = (text: string) => ({ format: "markdown" as const, markdown: text, body: text.split("\n\n") });

test("article pages whose body is finished by their renderer (UTF-8 decoded, entities linked) are the pages made whole", () => {
  const articles = [
    dated("2024-03-01", { headline: "Talks in Geneva", ...markdown("Angela Merkel met Emmanuel Macron in Geneva.\n\nThe talks in Geneva went on — “late”, said Angela Merkel.") }),
    dated("2024-03-02", { headline: "Back in Geneva", ...markdown("Emmanuel Macron returned to Geneva.\n\n![A harbour](harbour.jpg) Macron spoke in Geneva.") }),
    dated("2024-03-03", { headline: "Plain words", ...markdown("Nothing here names anyone at all.") }),
    dated("2024-03-04", { headline: "A text scrape", body: ["Angela Merkel spoke in Geneva on Monday."] }),
  ];
  const config = defaultConfig;
  const archive = buildArchive(articles, config);
  const site = siteView(config);
  const templates = Templates.load([path.join(REPO, "templates")]);
  // As the build holds Markdown bodies: rendered beside the parse, kept as UTF-8.
  const primed = () => {
    const memo = new RenderMemo();
    for (const a of archive.articles) if (a.format === "markdown") memo.primeBody(a, new TextEncoder().encode(renderBody(a)));
    return memo;
  };
  const whole = new Map([...sitePages(archive, { keep: false, memo: primed() })].map((p) => [p.url, renderPage(templates, site, p)]));
  let finished = 0;
  for (const page of sitePages(archive, { deferLinks: true, keep: false, memo: primed() })) {
    if (page.template !== "article") continue;
    if (page.data.bodyUtf8) finished++;
    const received = structuredClone(page); // what a page worker is handed
    linkBody(received);
    assert.equal(received.data.bodyUtf8, undefined);
    assert.equal(renderPage(templates, site, received), whole.get(page.url), page.url);
  }
  // The Markdown bodies without an image went as bytes; the image's and the plain text's as HTML.
  assert.equal(finished, 2);
  // Entities with pages (named in two articles) are linked in the bodies that went as bytes.
  assert.match(whole.get(archive.articles[0]!.url)!, /<a [^>]*href="[^"]*emmanuel-macron\/"[^>]*>Emmanuel Macron<\/a>/);
});
