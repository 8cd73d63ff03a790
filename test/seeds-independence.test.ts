// The repository's seeds/ is a sample that a user replaces with their own articles, so the tool's
// tests must not depend on it: they run on fixtures under test/fixtures/ (the test newsroom), and
// only the sample's own checks read seeds/, skipping when it is no longer the sample.
import assert from "node:assert/strict";
import { cpSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { ROOT } from "./helpers/cli.ts";
import { sampleSeedsSkip } from "./helpers/sample-seeds.ts";
import { tempDir } from "./helpers/site.ts";

const SAMPLE_CHECKS = new Set(["test/ingest/seeds.test.ts", "test/ingest/seeds-score.test.ts", "test/helpers/sample-seeds.ts", "test/seeds-independence.test.ts"]);
// Ways a test reaches the repository's own seeds folder: joined to the repository root, relative to a
// test file, or as the CLI's default (`--seeds seeds`) when it runs in the repository.
const READS_SAMPLE = [/\b(ROOT|REPO|root: ROOT)\s*,\s*["']seeds["']/, /["']\.\.\/(\.\.\/)*seeds\/?["']/, /cli\(\[\s*["']parse["']\s*,\s*["']seeds["']/, /SAMPLE_SEEDS/];

test("no test but the sample's own checks reads the repository's seeds/", () => {
  const files = readdirSync(path.join(ROOT, "test"), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)).split(path.sep).join("/"));
  assert.ok(files.length > 50);
  const offenders = files.filter((f) => !SAMPLE_CHECKS.has(f)).flatMap((f) => {
    const text = readFileSync(path.join(ROOT, f), "utf8");
    return READS_SAMPLE.filter((re) => re.test(text)).map((re) => `${f}: ${re}`);
  });
  assert.deepEqual(offenders, []);
});

test("the sample's checks run on the sample and skip, saying why, on a user's own seeds", () => {
  const sample = tempDir();
  writeFileSync(path.join(sample, "one.txt"), "A headline\n\nA body.\n");
  cpSync(path.join(sample, "one.txt"), path.join(sample, "copy.txt"));
  const own = tempDir();
  writeFileSync(path.join(own, "one.txt"), "A headline\n\nA different body.\n");
  writeFileSync(path.join(own, "copy.txt"), "A headline\n\nA body.\n");
  assert.equal(sampleSeedsSkip(sample, sample), false);
  assert.match(String(sampleSeedsSkip(own, sample)), /seeds\/ is not the sample \(it differs from \.\.\/shared\/seeds\): sample checks skipped/);
  assert.match(String(sampleSeedsSkip(own, path.join(own, "nowhere"))), /is not here/);
});
