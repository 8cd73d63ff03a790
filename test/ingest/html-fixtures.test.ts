// Saved-page fixture folders: test/fixtures/html/<case>/input.html + expected.json, pages built by hand
// in the shapes publishers use. expected.json: { "articles": [{ any record field, bodyCount, first,
// last, blockKinds, bylineNames }], "removedRules"?: rules that must have removed something,
// "notInBody"?: strings no body paragraph may contain, "warningKinds"?: [...] }.
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { test } from "node:test";
import { parseText } from "./helpers.ts";

const root = new URL("../fixtures/html/", import.meta.url);
const cases = readdirSync(root).filter((c) => !c.startsWith("readability-")).sort();

test("should have saved-page fixtures of several publishers' shapes and of pages with no article", () => assert.ok(cases.length >= 7, `${cases.length} fixtures`));

for (const c of cases) {
  test(`saved page ${c}`, () => {
    const dir = new URL(`${c}/`, root);
    const bytes = new Uint8Array(readFileSync(new URL("input.html", dir)));
    const exp = JSON.parse(readFileSync(new URL("expected.json", dir), "utf8"));
    const fp = parseText(`${c}.html`, bytes);
    assert.equal(fp.errors.length, 0, JSON.stringify(fp.errors));
    assert.equal(fp.articles.length, exp.articles.length, `article count (${fp.articles.map((a) => a.headline).join(" | ")}; ${fp.warnings.map((w) => w.message).join(" | ")})`);
    exp.articles.forEach((e: Record<string, unknown>, i: number) => {
      const a = fp.articles[i]!;
      const got: Record<string, unknown> = { ...a, bodyCount: a.body.length, first: a.body[0], last: a.body.at(-1), blockKinds: a.blocks?.map((b) => b.kind), bylineNames: a.bylines.map((b) => b.name) };
      for (const [k, v] of Object.entries(e)) assert.deepEqual(got[k], v, `article ${i} field ${k}`);
    });
    const rules = new Set(fp.removed.map((r) => r.rule));
    for (const r of exp.removedRules ?? []) assert.ok(rules.has(r), `nothing removed by "${r}" (${[...rules].join(", ")})`);
    for (const junk of exp.notInBody ?? []) {
      for (const a of fp.articles) for (const p of a.body) assert.ok(!p.includes(junk), `"${junk}" reached the body: ${p}`);
    }
    const kinds = new Set([...fp.warnings, ...fp.articles.flatMap((a) => a.warnings)].map((w) => w.kind));
    for (const k of exp.warningKinds ?? []) assert.ok(kinds.has(k), `expected a ${k} diagnostic`);
    if (exp.articles.length === 0) {
      const skip = fp.warnings.find((w) => w.kind === "no-article")!;
      assert.equal(skip.file, `${c}.html`, "the report names the page");
      assert.match(skip.message, /skipped/);
      assert.ok(fp.explain.every((e) => e.article === null && (e.cls === "skipped" || e.cls === "boilerplate")), "no line of a skipped page is explained as part of a story");
    }
  });
}
