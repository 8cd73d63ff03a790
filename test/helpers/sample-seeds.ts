// The repository's seeds/ is a sample a user replaces with their own articles. Only tests about the
// sample itself read it, and they skip (with this message) when seeds/ is no longer the sample:
// its files are compared by hash with ../shared/seeds, where the sample comes from.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** The repository's sample seeds folder. */
export const SAMPLE_SEEDS = path.join(ROOT, "seeds");
const SHARED_SEEDS = path.join(ROOT, "../shared/seeds");

function digest(dir: string): string | null {
  if (!existsSync(dir)) return null;
  const hash = createHash("sha256");
  for (const f of readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort()) {
    hash.update(f).update("\0").update(readFileSync(path.join(dir, f))).update("\0");
  }
  return hash.digest("hex");
}

/** False when `dir` (seeds/) holds exactly the sample of ../shared/seeds; otherwise why a sample test is skipped. */
export function sampleSeedsSkip(dir = SAMPLE_SEEDS, shared = SHARED_SEEDS): false | string {
  const want = digest(shared);
  if (want === null) return `${shared} is not here, so seeds/ cannot be checked as the sample: sample checks skipped`;
  if (digest(dir) !== want) return "seeds/ is not the sample (it differs from ../shared/seeds): sample checks skipped";
  return false;
}
