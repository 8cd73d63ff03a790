// A rebuild after one article changed re-indexes only the search shard that holds it: the others'
// bundles come from the build cache by their fingerprint, and the site is the one a clean build makes.
import assert from "node:assert/strict";
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { defaultConfig } from "../../src/model/index.ts";
import { build } from "../../src/pipeline/index.ts";
import { listFiles, tempDir } from "../helpers/site.ts";

test("should re-index only the edited article's shard in a cached rebuild, and make the clean build's index", async () => {
  const root = tempDir();
  const seeds = path.join(root, "seeds");
  mkdirSync(seeds);
  for (const year of [2021, 2022, 2023]) {
    for (const n of [1, 2]) writeFileSync(path.join(seeds, `${year}-${n}.md`), `---\nheadline: Story ${n} of ${year}\ndate: ${year}-0${n}-1${n}\n---\nA story about harbours and ferries in ${year}, number ${n}.\n`);
  }
  const out = path.join(root, "dist");
  const lines: string[] = [];
  const options = { root, seeds, out, config: defaultConfig, cache: true, log: (l: string) => lines.push(l) };
  await build(options);
  assert.match(lines.find((l) => l.startsWith("search"))!, /6 articles in 3 shards \(3 indexed, 0 from the cache\)/);

  appendFileSync(path.join(seeds, "2022-2.md"), "\nOne more line about lighthouses.\n");
  lines.length = 0;
  await build(options);
  assert.match(lines.find((l) => l.startsWith("search"))!, /6 articles in 3 shards \(1 indexed, 2 from the cache\)/);

  const clean = path.join(root, "clean");
  await build({ root, seeds, out: clean, config: defaultConfig });
  const index = (dir: string) => listFiles(dir).filter((f) => f.startsWith("pagefind/"));
  assert.deepEqual(index(out), index(clean));
  for (const f of index(clean)) assert.ok(readFileSync(path.join(out, f)).equals(readFileSync(path.join(clean, f))), `${f} differs`);
});
