// `newsarchive entities`: the pages a build would make from the test newsroom's seeds, and with --explain why each exists.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cli } from "../helpers/cli.ts";
import { NEWSROOM_CONFIG, NEWSROOM_SEEDS } from "../helpers/newsroom.ts";

const newsroom = ["--seeds", NEWSROOM_SEEDS, "--config", NEWSROOM_CONFIG];

test("entities --explain lists the newsroom's pages with their evidence, and --json the same as data", () => {
  const text = cli(["entities", "--explain", ...newsroom]);
  assert.equal(text.code, 0, text.stderr);
  assert.match(text.stdout, /^People \(\d+ pages\)/m);
  assert.match(text.stdout, /Helena Varga — \d+ articles, \/helena-varga\/; evidence: title ×\d+.*; also written as Varga/);
  assert.match(text.stdout, /Baltic Ports Authority — \d+ articles, \/baltic-ports-authority\/; evidence: org-suffix/);
  assert.match(text.stdout, /^Authors \(\d+ pages\)/m);
  assert.match(text.stdout, /Anders K\. Holm — 4 credits, \/anders-k-holm\/; also written as Anders Holm/);
  const json = cli(["entities", "--json", ...newsroom]);
  assert.equal(json.code, 0, json.stderr);
  const data = JSON.parse(json.stdout) as { pages: Array<{ name: string; kind: string; evidence: Record<string, number> }> };
  const lund = data.pages.filter((p) => /Tobias Lund/.test(p.name));
  assert.equal(lund.length, 1);
  assert.equal(lund[0]!.kind, "person");
  assert.ok(Object.keys(lund[0]!.evidence).length > 0);
  assert.equal(data.pages.find((p) => p.name === "Tallinn")?.kind, "place");
});

test("entities --help names its options", () => {
  const r = cli(["entities", "--help"]);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /--explain/);
  assert.match(r.stdout, /--json/);
});
