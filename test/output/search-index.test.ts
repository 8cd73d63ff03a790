import assert from "node:assert/strict";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { SearchIndexer, type SearchShardInput } from "../../src/output/index.ts";
import type { SearchRecord } from "../../src/render/index.ts";
import { tempDir } from "../helpers/site.ts";

const record = (url: string, content: string): SearchRecord => ({ url, content, language: "en", meta: { title: url }, filters: { year: [url.slice(1, 5)] }, sort: {} });

function shards(edit = "quince"): SearchShardInput[] {
  return [
    { name: "2023", records: () => [record("/2023/a/", "Marmalade and toast"), record("/2023/b/", "Apricot jam")] },
    { name: "2024", records: () => [record("/2024/c/", `Marmalade and ${edit}`)] },
    { name: "undated", records: () => [record("/undated/d/", "Plum")] },
  ];
}

const pageCount = (site: string, shard: string): number => JSON.parse(readFileSync(path.join(site, "pagefind", shard, "pagefind-entry.json"), "utf8")).languages.en.page_count;

test("should write one Pagefind bundle per shard, and take unchanged shards from the cache by their records' fingerprint", async () => {
  const root = tempDir();
  const cacheDir = path.join(root, "cache");
  const first = path.join(root, "site1");
  const indexer = new SearchIndexer({ cacheDir });
  try {
    const r1 = await indexer.update(first, shards());
    assert.deepEqual({ shards: r1.shards, indexed: r1.indexed, reused: r1.reused, pages: r1.pages }, { shards: 3, indexed: 3, reused: 0, pages: 4 });
    assert.deepEqual(readdirSync(path.join(first, "pagefind")).sort(), ["2023", "2024", "undated"]);
    assert.deepEqual([pageCount(first, "2023"), pageCount(first, "2024"), pageCount(first, "undated")], [2, 1, 1]);
    assert.ok(r1.files.includes("pagefind/2023/pagefind.js") && r1.files.every((f) => existsSync(path.join(first, f))));
    // A new build (a fresh staging folder) after one article of 2024 changed: only that shard is indexed.
    const second = path.join(root, "site2");
    const next = new SearchIndexer({ cacheDir });
    const r2 = await next.update(second, shards("lemon")).finally(() => next.close());
    assert.deepEqual({ indexed: r2.indexed, reused: r2.reused }, { indexed: 1, reused: 2 });
    const entry = path.join("pagefind", "2023", "pagefind-entry.json");
    assert.ok(statSync(path.join(second, entry)).nlink >= 2, "linked from the cache, not written again");
    assert.deepEqual(readFileSync(path.join(second, entry)), readFileSync(path.join(first, entry)));
    assert.notDeepEqual(readdirSync(path.join(second, "pagefind/2024/fragment")), readdirSync(path.join(first, "pagefind/2024/fragment")));
  } finally {
    await indexer.close();
  }
});

test("should keep a site's unchanged bundles in place and remove shards that are gone (the dev server)", async () => {
  const site = tempDir();
  mkdirSync(path.join(site, "pagefind"), { recursive: true });
  const indexer = new SearchIndexer();
  try {
    await indexer.update(site, shards());
    const before = statSync(path.join(site, "pagefind/2023/pagefind-entry.json")).ino;
    const r = await indexer.update(site, shards("lemon").filter((s) => s.name !== "undated"));
    assert.deepEqual({ indexed: r.indexed, reused: r.reused }, { indexed: 1, reused: 1 });
    assert.equal(statSync(path.join(site, "pagefind/2023/pagefind-entry.json")).ino, before, "the 2023 bundle was not rewritten");
    assert.deepEqual(readdirSync(path.join(site, "pagefind")).sort(), ["2023", "2024"]);
  } finally {
    await indexer.close();
  }
});
