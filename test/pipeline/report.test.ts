import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { cli, ROOT } from "../helpers/cli.ts";
import { tempDir } from "../helpers/site.ts";

describe("the build report of the seeds", () => {
  const dir = tempDir();
  const run = cli(["build", "--out", path.join(dir, "dist"), "--report", path.join(dir, "report.json"), "-q"]);
  const report = JSON.parse(readFileSync(path.join(dir, "report.json"), "utf8")) as {
    removed: Array<{ file: string; startLine: number; endLine: number; rule: string; text: string }>;
    undated: Array<{ file: string; line: number }>;
    derived: Array<{ file: string; field: string; value: string | null; evidence: string | null }>;
  };

  test("should build the seeds without errors", () => {
    assert.equal(run.code, 0, run.stderr);
  });

  test("should list the removed boilerplate of every seed, with its rule and the exact lines", () => {
    const text = readFileSync(path.join(ROOT, "seeds", "004_d2884e167ada0589.txt"), "utf8");
    for (const file of ["000_67d991ad0578780e.txt", "001_406789d2d8ebc41a.txt", "002_11fb115ab1b30ee7.txt", "003_4943ff5036658736.txt", "004_d2884e167ada0589.txt"]) {
      assert.ok(report.removed.some((b) => b.file === file), `nothing removed from ${file}`);
    }
    assert.ok(report.removed.some((b) => b.file === "001_406789d2d8ebc41a.txt" && /^Leave a Reply/.test(b.text)));
    assert.ok(report.removed.some((b) => b.file === "004_d2884e167ada0589.txt" && /Save on The Times/.test(b.text)));
    const lines = text.split("\n");
    for (const b of report.removed.filter((r) => r.file === "004_d2884e167ada0589.txt")) {
      assert.ok(b.rule.length > 0);
      assert.equal(lines[b.startLine - 1]!.trim(), b.text.split("\n")[0]!.trim(), `line ${b.startLine} is what was removed`);
    }
  });

  test("should list undated articles and derived fields with their evidence", () => {
    assert.ok(report.undated.length > 0 && report.undated.every((u) => u.file && u.line >= 1), "the seeds have undated articles, each with file and line");
    const inferred = report.derived.filter((d) => d.field === "date");
    assert.ok(inferred.length > 0 && inferred.every((d) => d.evidence), "inferred dates quote their evidence");
    assert.ok(report.derived.some((d) => d.field === "headline"), "derived headlines are reported");
  });
});
