// `newsarchive entities`: the pages a build would make from the seeds, and with --explain why each exists.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cli } from "../helpers/cli.ts";

test("entities --explain lists the seeds' pages with their evidence, and --json the same as data", () => {
  const text = cli(["entities", "--explain"]);
  assert.equal(text.code, 0, text.stderr);
  assert.match(text.stdout, /^People \(\d+ pages\)/m);
  assert.match(text.stdout, /Vladimir V\. Putin — \d+ articles, \/vladimir-v-putin\/; evidence: title ×\d+/);
  assert.match(text.stdout, /NATO — \d+ articles, \/nato\/; evidence: known-acronym/);
  assert.match(text.stdout, /^Authors \(\d+ pages\)/m);
  assert.match(text.stdout, /Julian E\. Barnes — 2 credits/);
  const json = cli(["entities", "--json"]);
  assert.equal(json.code, 0, json.stderr);
  const data = JSON.parse(json.stdout) as { pages: Array<{ name: string; kind: string; evidence: Record<string, number> }> };
  const xi = data.pages.filter((p) => /Xi Jinping/.test(p.name));
  assert.equal(xi.length, 1);
  assert.equal(xi[0]!.kind, "person");
  assert.ok(Object.keys(xi[0]!.evidence).length > 0);
});

test("entities --help names its options", () => {
  const r = cli(["entities", "--help"]);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /--explain/);
  assert.match(r.stdout, /--json/);
});
