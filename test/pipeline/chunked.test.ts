// Large cache values written in pieces: what is read back is what was written, Map order and
// nested values included, and a file cut short is an error, never a shorter value.
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { readChunked, writeChunked } from "../../src/pipeline/cache/chunked.ts";
import { tempDir } from "../helpers/site.ts";

test("a value written in pieces reads back equal: long arrays and Maps cut, other fields whole", () => {
  const file = path.join(tempDir(), "index.bin");
  const value = {
    stamp: "s1",
    entities: Array.from({ length: 4501 }, (_, i) => ({ slug: `e-${i}`, articles: [{ id: `a${i}`, count: i }] })),
    byArticle: new Map(Array.from({ length: 2500 }, (_, i) => [`a${2499 - i}`, [{ slug: `e-${i}` }]])),
    empty: [] as unknown[],
    rejected: undefined,
    total: 7,
  };
  writeChunked(file, value);
  const back = readChunked<typeof value>(file);
  assert.deepEqual(back, value);
  assert.deepEqual([...back.byArticle.keys()].slice(0, 3), ["a2499", "a2498", "a2497"], "a Map keeps its order");
  const bytes = readFileSync(file);
  writeFileSync(file, bytes.subarray(0, bytes.length - 10));
  assert.throws(() => readChunked(file), /ends \d+ bytes early/);
});
