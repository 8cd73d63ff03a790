// The build cache (on by default in the CLI): a warm build with nothing changed is skipped, and a
// build after an edit, from cached parses, makes the same site as a build without any cache.
import assert from "node:assert/strict";
import { appendFileSync, cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
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

test("a warm build knows a seed by its size and modification time, and reads it again when those changed or are too recent to trust", async () => {
  const root = tempDir();
  const seeds = path.join(root, "seeds");
  copyNewsroomSeeds(seeds);
  const seed = path.join(seeds, "herald/ferry-night-service.txt");
  // Files last modified an hour ago: their stat can be trusted.
  const hourAgo = new Date(Date.now() - 3600_000);
  for (const f of listFiles(seeds)) utimesSync(path.join(seeds, f), hourAgo, hourAgo);
  const options = { root, seeds, out: path.join(root, "dist"), config: defaultConfig, cache: true };
  await build(options);

  // The same size and time, other bytes: taken as unchanged without reading (as make and git do).
  const text = readFileSync(seed, "utf8");
  const swapped = text.replace(/[a-z]/, (c) => (c === "a" ? "b" : "a"));
  assert.equal(Buffer.byteLength(swapped), Buffer.byteLength(text));
  writeFileSync(seed, swapped);
  utimesSync(seed, hourAgo, hourAgo);
  assert.ok("unchanged" in (await build(options)).timings, "the stat said unchanged: not read");

  // The same bytes again with a new time: read, and the site, built from them, stands.
  writeFileSync(seed, text);
  assert.ok("unchanged" in (await build(options)).timings, "read again: the bytes the site was built from");
  // Other bytes with a new time: read, and rebuilt.
  writeFileSync(seed, swapped);
  assert.ok(!("unchanged" in (await build(options)).timings), "a new modification time: read again");

  // Modified just before that build, then other bytes with the same size and time: too recent to trust the stat, so read.
  const then = statSync(seed).mtime;
  writeFileSync(seed, text);
  utimesSync(seed, then, then);
  assert.ok(!("unchanged" in (await build(options)).timings), "a racy stat: the bytes were read");
});
