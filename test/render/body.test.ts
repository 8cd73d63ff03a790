import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { renderBody } from "../../src/render/index.ts";

describe("article bodies", () => {
  test("should show plain-text characters as text, never as Markdown or HTML", () => {
    const html = renderBody({ format: "text", markdown: null, body: ["*not emphasis* _nor_ # heading", "<script>alert(1)</script> & $5"] });
    assert.equal(html, "<p>*not emphasis* _nor_ # heading</p><p>&#x3C;script>alert(1)&#x3C;/script> &#x26; $5</p>");
  });

  test("should render Markdown and strip raw HTML and script links", () => {
    const html = renderBody({ format: "markdown", body: [], markdown: "Some *emphasis*.\n\n<script>alert(1)</script>\n\n[click](javascript:alert(1)) [ok](https://example.org)\n\n<img src=x onerror=alert(1)>" });
    assert.match(html, /<em>emphasis<\/em>/);
    assert.doesNotMatch(html, /<script|onerror|javascript:/i);
    assert.match(html, /href="https:\/\/example.org"/);
  });

  test("should demote Markdown headings so the page keeps one h1", () => {
    const html = renderBody({ format: "markdown", body: [], markdown: "# Title in body\n\ntext" });
    assert.match(html, /<h2>Title in body<\/h2>/);
    assert.doesNotMatch(html, /<h1/);
  });

  test("should render a saved page's blocks as paragraphs, subheads, one list per run of items and one quote per run", () => {
    const blocks = [
      { kind: "paragraph", text: "Lead <b>not bold</b>." },
      { kind: "subhead", text: "A subhead" },
      { kind: "bullet", text: "one" },
      { kind: "bullet", text: "two" },
      { kind: "number", text: "first" },
      { kind: "quote", text: "Quoted." },
      { kind: "quote", text: "Still quoted." },
      { kind: "paragraph", text: "End." },
    ] as const;
    const html = renderBody({ format: "html", markdown: null, body: blocks.map((b) => b.text), blocks: [...blocks] });
    assert.equal(html, "<p>Lead &#x3C;b>not bold&#x3C;/b>.</p><h2>A subhead</h2><ul><li>one</li><li>two</li></ul><ol><li>first</li></ol><blockquote><p>Quoted.</p><p>Still quoted.</p></blockquote><p>End.</p>");
  });
});
