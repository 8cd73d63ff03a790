import assert from "node:assert/strict";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
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

/**
 * Pagefind's own binary behind a script that notes when each process starts (seconds since the
 * epoch) and holds it back `hold` seconds: a process started after another's bundle was written
 * starts at least `hold` later. Null where Pagefind has no binary for this platform.
 */
function loggedPagefind(dir: string, hold: number): { binary: string; log: string } | null {
  let real: string;
  try {
    real = createRequire(import.meta.url).resolve(`@pagefind/${process.platform}-${process.arch}/bin/pagefind_extended`);
  } catch {
    return null;
  }
  const log = path.join(dir, "processes.log");
  const binary = path.join(dir, "pagefind-logged.sh");
  writeFileSync(
    binary,
    `#!/bin/sh\ndate +%s.%N >> '${log}'\nsleep ${hold}\nexec '${real}' "$@"\n`,
  );
  chmodSync(binary, 0o755);
  return { binary, log };
}

for (const processes of [2, 1]) {
  test(`should run ${processes === 2 ? "two Pagefind processes side by side" : "one Pagefind process at a time"} with processes: ${processes}, and write each shard's bundle`, async (t) => {
    const dir = tempDir();
    const hold = 2;
    const logged = loggedPagefind(dir, hold);
    if (!logged) return t.skip("no Pagefind binary for this platform");
    const saved = process.env.PAGEFIND_EXTENDED_BINARY_PATH;
    process.env.PAGEFIND_EXTENDED_BINARY_PATH = logged.binary; // the indexer's threads start with this environment
    const indexer = new SearchIndexer({ processes });
    try {
      const site = path.join(dir, "site");
      const two = shards().slice(0, 2);
      await indexer.update(site, two);
      const [first, second] = readFileSync(logged.log, "utf8").trim().split("\n").map(Number);
      const apart = second! - first!;
      if (processes === 2) assert.ok(apart < hold, `the second process started ${apart.toFixed(2)} s after the first, so after its bundle was written`);
      else assert.ok(apart >= hold, `the second process started ${apart.toFixed(2)} s after the first, before its bundle was written`);
      assert.deepEqual([pageCount(site, "2023"), pageCount(site, "2024")], [2, 1]);
    } finally {
      await indexer.close();
      if (saved === undefined) delete process.env.PAGEFIND_EXTENDED_BINARY_PATH;
      else process.env.PAGEFIND_EXTENDED_BINARY_PATH = saved;
    }
  });
}

/** Runs `update` with a shell script standing in for the Pagefind binary; resolves to the error it rejected with. */
async function updateWithPagefind(script: string, processes: number): Promise<Error> {
  const dir = tempDir();
  const binary = path.join(dir, "pagefind-stand-in.sh");
  writeFileSync(binary, `#!/bin/sh\n${script}\n`);
  chmodSync(binary, 0o755);
  const saved = process.env.PAGEFIND_EXTENDED_BINARY_PATH;
  process.env.PAGEFIND_EXTENDED_BINARY_PATH = binary; // the indexer's threads start with this environment
  const indexer = new SearchIndexer({ processes });
  try {
    await indexer.update(path.join(dir, "site"), shards());
  } catch (error) {
    return error as Error;
  } finally {
    await indexer.close();
    if (saved === undefined) delete process.env.PAGEFIND_EXTENDED_BINARY_PATH;
    else process.env.PAGEFIND_EXTENDED_BINARY_PATH = saved;
  }
  throw new Error("the update succeeded with a broken Pagefind");
}

// Pagefind's Node API hears only its process's output: a process that ends after taking the request
// (killed, out of memory) once left the build waiting forever. The timeout makes that a failure.
for (const processes of [1, 2]) {
  test(`should fail the update, not wait forever, when Pagefind ends after taking a request (processes: ${processes})`, { timeout: 60_000 }, async () => {
    const error = await updateWithPagefind("sleep 0.3\nexit 9", processes);
    assert.match(error.message, /^search index: Pagefind stopped before the shard was written \(exit code 9\)/);
  });
}

test("should fail the update with a search index error, and stop, when Pagefind fails with shards side by side", { timeout: 60_000 }, async () => {
  const error = await updateWithPagefind("exit 3", 2);
  assert.equal(error.name, "NewsarchiveError");
  assert.match(error.message, /^search index: /);
});
