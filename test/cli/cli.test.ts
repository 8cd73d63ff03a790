import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { spawnSync } from "node:child_process";
import { BIN, cli, emptyCwd } from "../helpers/cli.ts";
import { NEWSROOM_ARTICLES, NEWSROOM_SEEDS } from "../helpers/newsroom.ts";

describe("command line", () => {
  test("should print help for each command and exit 0", () => {
    for (const command of ["build", "parse", "serve", "dev"]) {
      const r = cli([command, "--help"]);
      assert.equal(r.code, 0, command);
      assert.match(r.stdout, new RegExp(`Usage: newsarchive ${command}`));
    }
  });

  test("should exit 2 on bad usage, saying what was wrong", () => {
    const unknown = cli(["build", "--nope"]);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown option --nope/);
    assert.equal(cli(["frobnicate"]).code, 2);
    assert.equal(cli(["parse"]).code, 2);
    assert.equal(cli(["serve", "--port", "http"]).code, 2);
  });

  test("should refuse a heap growth setting that is not a whole number, and take one that is", () => {
    const run = (value: string) => spawnSync(process.execPath, [BIN, "--version"], { cwd: emptyCwd(), encoding: "utf8", env: { ...process.env, NEWSARCHIVE_HEAP_GROWING_PERCENT: value } });
    const bad = run("a lot");
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /NEWSARCHIVE_HEAP_GROWING_PERCENT is "a lot"; set it to a whole number of percent/);
    for (const ok of ["0", "50"]) {
      const r = run(ok);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /^\d+\.\d+\.\d+/);
    }
  });

  test("should print one typed record per article with parse --json", () => {
    const r = cli(["parse", NEWSROOM_SEEDS, "--json"]);
    assert.equal(r.code, 0, r.stderr);
    const records = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    assert.equal(records.length, NEWSROOM_ARTICLES);
    const fields = ["id", "slug", "url", "headline", "headlineSource", "date", "datePrecision", "dateSource", "dateEvidence", "bylines", "dateline", "source", "body", "origin", "warnings"];
    for (const r of records) for (const f of fields) assert.ok(f in r, `record lacks ${f}`);
    assert.equal(new Set(records.map((r) => r.url)).size, records.length, "URLs are unique");
  });
});
