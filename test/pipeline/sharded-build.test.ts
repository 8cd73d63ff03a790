// A sharded build (build --shard i/n --parse-only, build --shard i/n, merge) through the real CLI
// gives the same site, byte for byte, as one build on one machine; its steps refuse parts that
// are missing, naming the step to run.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { cli } from "../helpers/cli.ts";
import { writeGeneratedCorpus } from "../helpers/generated-corpus.ts";
import { listFiles, tempDir } from "../helpers/site.ts";

const SHARDS = 3;

describe("sharded build", () => {
  const root = tempDir("newsarchive-sharded-");
  writeGeneratedCorpus(path.join(root, "seeds"), 150);
  const run = (...args: string[]) => {
    const r = cli(args, root);
    assert.equal(r.code, 0, `newsarchive ${args.join(" ")} failed:\n${r.stderr}`);
    return r;
  };

  test("should write, from shards built apart and merged, the same files with the same bytes as one build", () => {
    run("build", "--quiet", "--no-cache", "--out", "whole", "--base-url", "https://example.org/news/");
    for (let i = 1; i <= SHARDS; i++) run("build", "--quiet", "--shard", `${i}/${SHARDS}`, "--parse-only", "--records", "records", "--base-url", "https://example.org/news/");
    for (let i = 1; i <= SHARDS; i++) run("build", "--quiet", "--shard", `${i}/${SHARDS}`, "--records", "records", "--out", `part-${i}`, "--base-url", "https://example.org/news/");
    // Each shard holds article pages and search bundles only, and the shards do not overlap.
    const parts = Array.from({ length: SHARDS }, (_, i) => listFiles(path.join(root, `part-${i + 1}`)).filter((f) => !f.startsWith(".newsarchive")));
    for (const files of parts) {
      assert.ok(files.length > 0);
      assert.ok(files.every((f) => /^\d{4}\/\d\d\/\d\d\/[^/]+\/index\.html$/.test(f) || f.startsWith("pagefind/")), files.find((f) => !f.startsWith("pagefind/") && !/^\d{4}\//.test(f)));
      assert.ok(files.some((f) => f.startsWith("pagefind/")), "each shard has a search bundle");
    }
    const all = parts.flat();
    assert.equal(new Set(all).size, all.length, "no file is in two shards");
    run("merge", "--quiet", "--records", "records", "--out", "merged", "--base-url", "https://example.org/news/", "part-1", "part-2", "part-3");
    const whole = listFiles(path.join(root, "whole"));
    assert.deepEqual(listFiles(path.join(root, "merged")), whole);
    for (const f of whole) assert.ok(readFileSync(path.join(root, "whole", f)).equals(readFileSync(path.join(root, "merged", f))), `${f} differs from the one-machine build`);
  });

  test("should refuse a merge that lacks a shard's output, naming the shard and the step that makes it", () => {
    const r = cli(["merge", "--quiet", "--records", "records", "--out", "incomplete", "--base-url", "https://example.org/news/", "part-1", "part-3"], root);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /the output of shard 2\/3 is missing; build it with `newsarchive build --shard 2\/3/);
  });

  test("should refuse a shard build whose records folder lacks a shard's records", () => {
    const r = cli(["build", "--quiet", "--shard", "1/4", "--records", "records-none", "--out", "p"], root);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /records-none: cannot read the records folder .*run `newsarchive build --shard i\/n --parse-only --records/);
  });

  test("should refuse --shard with a share that does not exist", () => {
    const r = cli(["build", "--shard", "4/3"], root);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--shard takes I\/N with 1 ≤ I ≤ N/);
  });
});
