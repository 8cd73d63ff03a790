// The HTML-string entity linker must link exactly what the tree linker links, escaped the same way.
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import type { Element, ElementContent, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import type { EntityLink } from "../../src/archive/entities/index.ts";
import { rehypeLinkEntities } from "../helpers/rehype-link-entities.ts";
import { linkEntitiesInHtml } from "../../src/render/link-entities.ts";

const links: EntityLink[] = [
  { surfaces: ["Putin", "Vladimir V. Putin"], href: "/people/vladimir-v-putin/", title: "Vladimir V. Putin" },
  { surfaces: ["Kyiv"], href: "/places/kyiv/" },
  { surfaces: ["AT&T", "A<B"], href: "/organizations/at-t/", title: "AT&T \"quoted\" 'n' co" },
  { surfaces: ["x26"], href: "/organizations/x26/" },
];

function treeLinked(tree: Root): string {
  const copy = structuredClone(tree);
  rehypeLinkEntities({ links })(copy);
  return toHtml(copy);
}

test("should link the first mention of each entity, never in links, headings or code", () => {
  const tree: Root = { type: "root", children: [
    { type: "element", tagName: "h2", properties: {}, children: [{ type: "text", value: "Putin speaks" }] },
    { type: "element", tagName: "p", properties: {}, children: [
      { type: "text", value: "See " },
      { type: "element", tagName: "a", properties: { href: "/x", title: "a > b" }, children: [{ type: "text", value: "Putin" }] },
      { type: "text", value: " and Vladimir V. Putin, then Putin & Putinism in <Kyiv>." },
    ] },
    { type: "element", tagName: "p", properties: {}, children: [
      { type: "element", tagName: "code", properties: {}, children: [{ type: "text", value: "Kyiv" }] },
      { type: "text", value: " Kyiv again, Kyiv." },
    ] },
  ] };
  const html = linkEntitiesInHtml(toHtml(tree), links);
  assert.equal(html,
    '<h2>Putin speaks</h2><p>See <a href="/x" title="a > b">Putin</a> and <a href="/people/vladimir-v-putin/" title="Vladimir V. Putin" class="entity">Vladimir V. Putin</a>, then Putin &#x26; Putinism in &#x3C;<a href="/places/kyiv/" class="entity">Kyiv</a>>.</p>' +
    "<p><code>Kyiv</code> Kyiv again, Kyiv.</p>");
  assert.equal(html, treeLinked(tree));
});

test("should never match inside a character reference the HTML writer made", () => {
  const tree: Root = { type: "root", children: [{ type: "element", tagName: "p", properties: {}, children: [{ type: "text", value: "R&D at AT&T; & x26" }] }] };
  const html = linkEntitiesInHtml(toHtml(tree), links);
  assert.equal(html, treeLinked(tree));
  assert.match(html, /<a href="\/organizations\/at-t\/" title="AT&#x26;T &#x22;quoted&#x22; &#x27;n&#x27; co" class="entity">AT&#x26;T<\/a>/);
  assert.match(html, /<a href="\/organizations\/x26\/" class="entity">x26<\/a>/);
});

test("should agree with the tree linker on random bodies", () => {
  const text = fc.array(fc.constantFrom("Putin", "Vladimir V. Putin", "Kyiv", "AT&T", "A<B", "x26", "Kyivan", " ", ", ", "&", "<", ">", "\"", "é", "said", "Putin’s", "1Kyiv"), { maxLength: 12 }).map((xs) => xs.join(""));
  const inline: fc.Arbitrary<ElementContent> = fc.oneof(
    { weight: 4, arbitrary: text.map((value) => ({ type: "text" as const, value })) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom("a", "em", "code", "strong"), text).map(([tagName, value]): Element => ({ type: "element", tagName, properties: tagName === "a" ? { href: "/x?a>b" } : {}, children: [{ type: "text", value }] })) },
  );
  // Adjacent text nodes are merged, as in the trees remark → rehype makes (the string linker sees one text).
  const merged = (nodes: ElementContent[]): ElementContent[] =>
    nodes.reduce<ElementContent[]>((out, n) => {
      const last = out[out.length - 1];
      if (n.type === "text" && last?.type === "text") out[out.length - 1] = { type: "text", value: last.value + n.value };
      else out.push(n);
      return out;
    }, []);
  const block = fc.tuple(fc.constantFrom("p", "h3", "li", "blockquote"), fc.array(inline, { maxLength: 5 })).map(([tagName, children]): Element => ({ type: "element", tagName, properties: {}, children: merged(children) }));
  fc.assert(
    fc.property(fc.array(block, { maxLength: 6 }), (blocks) => {
      const tree: Root = { type: "root", children: blocks };
      assert.equal(linkEntitiesInHtml(toHtml(tree), links), treeLinked(tree));
    }),
    { numRuns: 2000 },
  );
});

test("should pick what the tree linker's alternation picks when surfaces overlap, nest or share a start", () => {
  // Short surfaces over a tiny alphabet: prefixes ("ab", "abc"), infixes ("b") and shared starts everywhere.
  const surface = fc.constantFrom("ab", "abc", "bc", "b", "a b", "ca", "abca", "c");
  const someLinks = fc.array(fc.record({ surfaces: fc.array(surface, { minLength: 1, maxLength: 3 }), href: fc.constantFrom("/x/", "/y/", "/z/") }), { minLength: 1, maxLength: 4 });
  const text = fc.array(fc.constantFrom("a", "b", "c", " ", "é", "1", "&"), { maxLength: 30 }).map((xs) => xs.join(""));
  const body = fc.array(fc.tuple(fc.constantFrom("p", "h3", "li"), text), { maxLength: 4 }).map((blocks): Root => ({
    type: "root",
    children: blocks.map(([tagName, value]): Element => ({ type: "element", tagName, properties: {}, children: [{ type: "text", value }] })),
  }));
  fc.assert(
    fc.property(someLinks, body, (ls, tree) => {
      const copy = structuredClone(tree);
      rehypeLinkEntities({ links: ls })(copy);
      assert.equal(linkEntitiesInHtml(toHtml(tree), ls), toHtml(copy));
    }),
    { numRuns: 3000 },
  );
});
