// The build cache (on by default in the CLI): a warm build with nothing changed is skipped, and a
// build after an edit, from cached parses, makes the same site as a build without any cache.
import assert from "node:assert/strict";
import { appendFileSync, cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { build } from "../../src/pipeline/index.ts";
import { defaultConfig } from "../../src/model/index.ts";
import { listFiles, tempDir } from "../helpers/site.ts";
import { copyNewsroomSeeds } from "../helpers/newsroom.ts";

function sameSite(a: string, b: string): void {
  const files = listFiles(a);
  assert.deepEqual(listFiles(b), files);
  for (const f of files) assert.ok(readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f))), `${f} differs`);
}

test("should skip a build whose inputs and output did not change, and rebuild exactly after an edit", async () => {
  const root = tempDir();
  const seeds = path.join(root, "seeds");
  copyNewsroomSeeds(seeds);
  const out = path.join(root, "dist");
  const options = { root, seeds, out, config: defaultConfig, cache: true };

  const cold = await build(options);
  assert.ok(cold.written > 0);
  const warm = await build(options);
  assert.ok("unchanged" in warm.timings, "the second build was skipped");
  assert.equal(warm.written, 0);
  assert.equal(warm.articles, cold.articles);

  // An edited seed: parsed again, the other files come from the cache; the site equals an uncached build.
  const seed = "herald/ferry-night-service.txt";
  appendFileSync(path.join(seeds, seed), "\nA line added in the cache test.\n");
  const edited = await build(options);
  assert.ok(!("unchanged" in edited.timings));
  const fresh = await build({ ...options, out: path.join(root, "fresh"), cache: false });
  sameSite(out, path.join(root, "fresh"));
  assert.equal(edited.articles, fresh.articles);

  // A page changed or removed behind the build's back is not "as the last build left it".
  const page = listFiles(out).find((f) => f.endsWith("index.html") && f !== "index.html")!;
  writeFileSync(path.join(out, page), "tampered");
  const repaired = await build(options);
  assert.ok(!("unchanged" in repaired.timings));
  sameSite(out, path.join(root, "fresh"));
  rmSync(path.join(out, page));
  await build(options);
  sameSite(out, path.join(root, "fresh"));

  // Without the search index the site differs, so neither build stands in for the other.
  const noSearch = await build({ ...options, search: false });
  assert.ok(!("unchanged" in noSearch.timings));
  assert.ok(!existsSync(path.join(out, "pagefind")));
  const again = await build(options);
  assert.ok(!("unchanged" in again.timings));
  sameSite(out, path.join(root, "fresh"));
});
