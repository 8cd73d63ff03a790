// Tables reduced from large npm packages (compromise's lexicon, GeoNames' cities). Decoding such a package
// costs about half a second, paid again by every worker thread, so the reduced table is kept in
// node_modules/.cache, keyed by the package's version and by whatever else made it, and read in milliseconds.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const cacheDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../node_modules/.cache/newsarchive");

/** The installed version of a package (its exports may hide package.json: look above its entry point). */
function packageVersion(pkg: string): string {
  let dir = path.dirname(require.resolve(pkg));
  while (path.basename(dir) !== pkg && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return (JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { version: string }).version;
}

/**
 * The table `build` reduces from package `pkg`, read from the cache when an earlier run kept it.
 * `name` names the table's file; `extraKey` (e.g. a hash of the rules that made it) joins the version.
 */
export function cachedPackageTable<V>(pkg: string, name: string, extraKey: string, build: (load: NodeJS.Require) => Map<string, V>): Map<string, V> {
  const key = [packageVersion(pkg), extraKey].filter(Boolean).join("-");
  // Kept as one flat array of keys and values: JSON.parse of an object with 100,000 keys, then a Map
  // from its entries, took a quarter of a second per thread; the flat array takes a tenth of that.
  const file = path.join(cacheDir, `${name}-${key}.pairs.json`);
  try {
    const pairs = JSON.parse(readFileSync(file, "utf8")) as unknown;
    if (!Array.isArray(pairs) || pairs.length % 2 !== 0) throw new Error("not a table of pairs");
    const table = new Map<string, V>();
    for (let i = 0; i < pairs.length; i += 2) table.set(pairs[i] as string, pairs[i + 1] as V);
    return table;
  } catch {
    // not cached yet (or unreadable): build it below
  }
  const table = build(require);
  try {
    mkdirSync(cacheDir, { recursive: true });
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, JSON.stringify([...table].flat(1)));
    renameSync(tmp, file);
  } catch {
    // a read-only install only pays the slower start every time
  }
  return table;
}
