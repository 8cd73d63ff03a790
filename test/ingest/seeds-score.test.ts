// The shared scorer over the sample seeds (skipped when seeds/ is no longer the sample): every field right (`--strict`). Truth: test/fixtures/seeds/truth.json.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { ingest } from "../../src/pipeline/index.ts";
import { config } from "./helpers.ts";
import { sampleSeedsSkip } from "../helpers/sample-seeds.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const scorer = path.join(root, "../shared/eval/score_extraction.py");
const python = spawnSync("python3", ["--version"]).status === 0;

test("should score the seeds perfectly with the shared scorer", { skip: !python || !existsSync(scorer) ? "python3 or ../shared/eval is not here" : sampleSeedsSkip() }, async () => {
  const { articles } = await ingest(path.join(root, "seeds"), config, { threads: 1 });
  const records = path.join(mkdtempSync(path.join(tmpdir(), "na-score-")), "records.json");
  writeFileSync(records, JSON.stringify(articles));
  const run = spawnSync("python3", [scorer, path.join(root, "test/fixtures/seeds/truth.json"), records, "--strict"], { encoding: "utf8" });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /articles 10\/10, body P=1\.000 R=1\.000, boilerplate kept 0/);
});
