import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The folder of this package's running code: `src/` under the test loader, `lib/` when compiled. */
export const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * A digest of source folders and files (paths relative to `src/` and contents, in a stable order):
 * a cached result keyed by it can never outlive a change to the code that produced it.
 */
export function codeDigest(folders: readonly string[], files: readonly string[] = []): string {
  const h = createHash("sha1");
  const add = (abs: string): void => {
    h.update(path.relative(SRC, abs)).update("\0").update(readFileSync(abs));
  };
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const abs = path.join(dir, name);
      if (name.startsWith(".")) continue; // the compiler's build info, not code
      if (statSync(abs).isDirectory()) walk(abs);
      else add(abs);
    }
  };
  for (const dir of folders) walk(dir);
  for (const file of files) add(file);
  return h.digest("hex").slice(0, 16);
}
