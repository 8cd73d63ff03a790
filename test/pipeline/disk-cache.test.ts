// The build cache's store: entries are written to disk as they are set (a build holds none of them
// for the cache), read back by key in the next build, and only the entries a build used are kept.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { ShardedStore } from "../../src/pipeline/cache/disk-cache.ts";
import { tempDir } from "../helpers/site.ts";

const entry = (i: number) => ({ name: `file-${i}.md`, body: new Uint8Array([i, i + 1, i + 2]), text: `“quoted” ${"x".repeat(i)}` });

test("a store writes each entry as it is set, gives it back in the same build and the next, and keeps only the entries used", () => {
  const dir = tempDir();
  const first = new ShardedStore<ReturnType<typeof entry>>(dir, "files").load();
  for (let i = 0; i < 40; i++) first.set(`key-${i}`, entry(i));
  // On disk already, beside the shard files, before any save.
  assert.ok(readdirSync(dir).some((f) => f.endsWith(".next")), "entries are written as they are set");
  assert.deepEqual(first.get("key-7"), entry(7), "an entry set in this build reads back");
  first.save();
  assert.ok(!readdirSync(dir).some((f) => f.endsWith(".next")), "saving puts the shard files in place");

  // The next build uses half of the entries and adds one: the other half is gone after its save.
  const second = new ShardedStore<ReturnType<typeof entry>>(dir, "files").load();
  for (let i = 0; i < 40; i += 2) assert.deepEqual(second.get(`key-${i}`), entry(i));
  second.set("key-new", entry(99));
  second.save();
  const third = new ShardedStore<ReturnType<typeof entry>>(dir, "files").load();
  for (let i = 0; i < 40; i++) assert.deepEqual(third.get(`key-${i}`), i % 2 === 0 ? entry(i) : undefined, `key-${i}`);
  assert.deepEqual(third.get("key-new"), entry(99));
  assert.equal(third.get("missing"), undefined);
});

test("a store leaves shards whose entries are as loaded untouched, and drops what a failed build wrote", () => {
  const dir = tempDir();
  const first = new ShardedStore<number>(dir, "lines").load();
  for (let i = 0; i < 40; i++) first.set(`k${i}`, i);
  first.save();
  const before = Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(path.join(dir, f))]));

  const same = new ShardedStore<number>(dir, "lines").load();
  for (let i = 0; i < 40; i++) assert.equal(same.get(`k${i}`), i);
  // Marked so a rewrite would show: an untouched shard keeps its bytes (and its marks).
  for (const f of Object.keys(before)) writeFileSync(path.join(dir, f), Buffer.concat([before[f]!, Buffer.from([1, 2])]));
  same.save();
  for (const f of Object.keys(before)) assert.equal(readFileSync(path.join(dir, f)).length, before[f]!.length + 2, `${f} was rewritten`);

  const failed = new ShardedStore<number>(dir, "lines").load();
  failed.set("k-new", 1);
  failed.discard();
  assert.deepEqual(readdirSync(dir).sort(), Object.keys(before).sort(), "no next files are left behind");
});

test("a truncated shard file gives back its whole entries and misses the rest", () => {
  const dir = tempDir();
  const store = new ShardedStore<string>(dir, "files").load();
  for (let i = 0; i < 200; i++) store.set(`key-${i}`, `value ${i}`);
  store.save();
  const file = readdirSync(dir).find((f) => f.endsWith(".bin"))!;
  const bytes = readFileSync(path.join(dir, file));
  writeFileSync(path.join(dir, file), bytes.subarray(0, bytes.length - 3));
  const after = new ShardedStore<string>(dir, "files").load();
  const found = Array.from({ length: 200 }, (_, i) => after.get(`key-${i}`)).filter((v) => v !== undefined);
  assert.ok(found.length >= 150 && found.length < 200, `${found.length} of 200 entries read`);
  for (const v of found) assert.match(v!, /^value \d+$/);
});
