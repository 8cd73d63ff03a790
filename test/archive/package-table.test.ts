// The tables reduced from large packages (the lexicon, the cities) are built once and read back from
// node_modules/.cache as the same map, keys and values alike.
import assert from "node:assert/strict";
import { readdirSync, rmSync } from "node:fs";
import path from "node:path";
import test from "node:test";
import { cachedPackageTable } from "../../src/archive/entities/package-table.ts";
import { ROOT } from "../helpers/cli.ts";

test("a table read back from the cache is the table that was built", () => {
  const name = `test-table-${process.pid}-${Date.now()}`;
  const built = new Map<string, unknown>([["1000", 5], ["zürich", 421878], ["two words", ["a", "b"]], ["", 0], ["word", "first-name"]]);
  let builds = 0;
  const make = () => (builds++, new Map(built));
  const dir = path.join(ROOT, "node_modules/.cache/newsarchive");
  try {
    assert.deepEqual([...cachedPackageTable("js-yaml", name, "k", make)], [...built]);
    const again = cachedPackageTable("js-yaml", name, "k", make);
    assert.equal(builds, 1, "the second call reads the cache");
    assert.deepEqual([...again], [...built], "same keys, values and order");
  } finally {
    for (const f of readdirSync(dir)) if (f.startsWith(name)) rmSync(path.join(dir, f), { force: true });
  }
});
