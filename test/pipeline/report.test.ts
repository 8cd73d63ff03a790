import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { cli } from "../helpers/cli.ts";
import { newsroomProject } from "../helpers/newsroom.ts";

describe("the build report of the test newsroom", () => {
  const root = newsroomProject();
  const run = cli(["build", "--out", "dist", "--report", "report.json", "-q"], root);
  const report = JSON.parse(readFileSync(path.join(root, "report.json"), "utf8")) as {
    removed: Array<{ file: string; startLine: number; endLine: number; rule: string; text: string }>;
    undated: Array<{ file: string; line: number }>;
    derived: Array<{ file: string; field: string; value: string | null; evidence: string | null }>;
  };

  test("should build the newsroom without errors", () => {
    assert.equal(run.code, 0, run.stderr);
  });

  test("should list the removed boilerplate of every scrape, with its rule and the exact lines", () => {
    const scrapes = ["herald/ferry-night-service.txt", "herald/two-stories.txt", "desk/museum.txt"];
    for (const file of scrapes) assert.ok(report.removed.some((b) => b.file === file), `nothing removed from ${file}`);
    assert.ok(report.removed.some((b) => b.file === "herald/ferry-night-service.txt" && /^Leave a comment/.test(b.text)));
    assert.ok(report.removed.some((b) => b.file === "herald/two-stories.txt" && /Become a subscriber/.test(b.text)));
    for (const file of scrapes) {
      const lines = readFileSync(path.join(root, "seeds", file), "utf8").split("\n");
      for (const b of report.removed.filter((r) => r.file === file)) {
        assert.ok(b.rule.length > 0);
        assert.equal(lines[b.startLine - 1]!.trim(), b.text.split("\n")[0]!.trim(), `${file} line ${b.startLine} is what was removed`);
      }
    }
  });

  test("should list undated articles and derived fields with their evidence", () => {
    assert.ok(report.undated.some((u) => u.file === "desk/undated-letter.txt" && u.line === 1), "the letter is undated, at its first line");
    assert.ok(report.undated.every((u) => u.file && u.line >= 1), "each undated article has file and line");
    const inferred = report.derived.filter((d) => d.field === "date");
    assert.deepEqual(inferred.map((d) => [d.file, d.value]), [["desk/fire-anniversary.txt", "2024-03-05"]]);
    assert.match(inferred[0]!.evidence!, /anniversary of the harbour fire/);
    assert.ok(report.derived.some((d) => d.field === "headline" && d.file === "desk/fire-anniversary.txt"), "derived headlines are reported");
  });
});
