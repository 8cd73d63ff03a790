// Fixture folders: test/fixtures/ingest/<case>/input.{txt,md,bin} + expected.json, written by hand.
// expected.json: { "file"?: name to parse as, "articles": [{ headline, headlineSource, date, datePrecision,
// dateSource, bylines, dateline, source, bodyCount, first, last }], "warningKinds"?: [...] }.
// Only the keys present are compared, so each case states the fields that matter for its shape.
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { test } from "node:test";
import { assertNothingLost, parseText } from "./helpers.ts";

const root = new URL("../fixtures/ingest/", import.meta.url);
const cases = readdirSync(root).sort();

test("should have at least 25 fixture shapes", () => assert.ok(cases.length >= 25, `${cases.length} fixtures`));

for (const c of cases) {
  test(`fixture ${c}`, () => {
    const dir = new URL(`${c}/`, root);
    const input = ["input.txt", "input.md", "input.bin"].find((f) => existsSync(new URL(f, dir)))!;
    const bytes = readFileSync(new URL(input, dir));
    const exp = JSON.parse(readFileSync(new URL("expected.json", dir), "utf8"));
    const file = exp.file ?? input.replace(".bin", ".txt");
    const fp = parseText(file, new Uint8Array(bytes));
    assertNothingLost(fp, fp.explain.length);
    assert.equal(fp.articles.length, exp.articles.length, `article count (${fp.articles.map((a) => a.headline).join(" | ")})`);
    exp.articles.forEach((e: Record<string, unknown>, i: number) => {
      const a = fp.articles[i]!;
      const got: Record<string, unknown> = { ...a, bodyCount: a.body.length, first: a.body[0], last: a.body.at(-1) };
      for (const [k, v] of Object.entries(e)) assert.deepEqual(got[k], v, `article ${i} field ${k}`);
    });
    if (exp.warningKinds) {
      const kinds = new Set([...fp.warnings, ...fp.errors, ...fp.articles.flatMap((a) => a.warnings)].map((w) => w.kind));
      for (const k of exp.warningKinds) assert.ok(kinds.has(k), `expected a ${k} diagnostic`);
    }
    if (exp.errorCount !== undefined) assert.equal(fp.errors.length, exp.errorCount);
  });
}
