import assert from "node:assert/strict";
import { test } from "node:test";
import { indexedPart } from "../../src/output/search-stream.ts";

test("should hand Pagefind only the page's main element, in a document that keeps its language", () => {
  const page = `<!DOCTYPE html>\n<html lang="fr"><head><title>T</title><script type="application/ld+json">{"a":1}</script></head>` +
    `<body><header><nav>Menu</nav></header><main id="main" tabindex="-1"><h1>Titre</h1><p>Corps</p></main><footer>Pied</footer></body></html>`;
  const part = indexedPart(page);
  assert.equal(part, `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head><body><main id="main" tabindex="-1"><h1>Titre</h1><p>Corps</p></main></body></html>`);
  assert.equal(indexedPart("<p>no main element</p>"), "<p>no main element</p>", "a page without <main> goes as it is");
});
