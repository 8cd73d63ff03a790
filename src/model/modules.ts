import { readdirSync, statSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import path from "node:path";
import { NewsarchiveError } from "./diagnostics.ts";

/**
 * The file a worker thread starts from: the module `name` beside `base` (an `import.meta.url`).
 * Compiled code (`lib/*.js`) starts its sibling. Sources run by the tests' TypeScript loader
 * (`src/*.ts`) start the compiled copy in `lib/` instead, because on Node 20 a worker thread
 * does not get the loader; `npm test` compiles first, and a copy older than the sources is refused.
 */
export function siblingModule(name: string, base: string): URL {
  if (!base.endsWith(".ts")) return new URL(`${name}.js`, base);
  const source = fileURLToPath(new URL(`${name}.ts`, base));
  const src = source.slice(0, source.lastIndexOf(`${path.sep}src${path.sep}`) + 4);
  const compiled = path.join(path.dirname(src), "lib", path.relative(src, source)).replace(/\.ts$/, ".js");
  const built = mtime(path.join(path.dirname(src), "lib", ".compiled")); // stamped by `npm run compile`
  if (built === null || newest(src) > built) throw new NewsarchiveError(`the compiled copy of ${path.relative(path.dirname(src), source)} in lib/ is missing or older than src/; run \`npm run compile\``);
  return pathToFileURL(compiled);
}

function mtime(file: string): number | null {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return null;
  }
}

/** The newest modification time of any file under `dir`. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, mtime(path.join(entry.parentPath, entry.name)) ?? 0);
  }
  return latest;
}
