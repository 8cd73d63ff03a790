import assert from "node:assert/strict";
import { test } from "node:test";
import { buildArchive, searchShards, shardBundlePath } from "../../src/archive/index.ts";
import { defaultConfig } from "../../src/model/index.ts";
import { dated, makeArticle } from "../helpers/articles.ts";

const names = (shards: ReturnType<typeof searchShards>) => shards.map((s) => `${s.name}:${s.articles.length}`);

test("should make one shard per year, oldest first, and one for undated articles, last", () => {
  const archive = buildArchive([dated("2024-05-01"), makeArticle(), dated("2022-01-02"), dated("2024-01-09"), dated("2023")], defaultConfig);
  const shards = searchShards(archive.articles);
  assert.deepEqual(names(shards), ["2022:1", "2023:1", "2024:2", "undated:1"]);
  assert.equal(shardBundlePath(shards[0]!), "/pagefind/2022/");
  // Every article is in exactly one shard.
  assert.deepEqual(shards.flatMap((s) => s.articles.map((a) => a.id)).sort(), archive.articles.map((a) => a.id).sort());
});

test("should split a year over the budget at month boundaries, named by each group's first month", () => {
  const months = ["01", "01", "02", "03", "03", "03", "04"].map((m, i) => dated(`2024-${m}-${String(i + 1).padStart(2, "0")}`));
  const archive = buildArchive([...months, dated("2023-06-01")], defaultConfig);
  assert.deepEqual(names(searchShards(archive.articles, 3)), ["2023:1", "2024-01:3", "2024-03:3", "2024-04:1"]);
});

test("should cut a month (or the undated articles) bigger than the budget into numbered parts", () => {
  const archive = buildArchive([...Array.from({ length: 5 }, (_, i) => dated(`2024-02-0${i + 1}`)), dated("2024-03-01"), makeArticle(), makeArticle(), makeArticle()], defaultConfig);
  assert.deepEqual(names(searchShards(archive.articles, 2)), ["2024-02-1:2", "2024-02-2:2", "2024-02-3:1", "2024-03:1", "undated-1:2", "undated-2:1"]);
});

test("should give an empty archive one empty shard, so the search page always has a bundle", () => {
  assert.deepEqual(names(searchShards([])), ["undated:0"]);
});
