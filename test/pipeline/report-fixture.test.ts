import assert from "node:assert/strict";
import path from "node:path";
import { describe, test } from "node:test";
import { build } from "../../src/pipeline/index.ts";
import { ROOT } from "../helpers/cli.ts";
import { tempDir } from "../helpers/site.ts";
import { config } from "../helpers/publish.ts";

describe("build report", () => {
  test("should time every stage and count warnings by kind", async () => {
    const report = await build({ root: ROOT, seeds: path.join(ROOT, "test/fixtures/publish"), out: path.join(tempDir(), "dist"), config });
    for (const stage of ["ingest", "archive", "templates", "render", "search", "output"]) assert.equal(typeof report.timings[stage], "number", stage);
    assert.equal(Object.values(report.warningsByKind).reduce((a, b) => a + b, 0), report.warnings.length);
    // The fixture has warnings, an undated article and derived fields: the loops below check something.
    assert.ok(report.warnings.length > 0 && report.undated.length > 0 && report.derived.length > 0, "the fixture exercises every list");
    for (const w of report.warnings) assert.ok("file" in w && "line" in w, JSON.stringify(w));
    for (const u of report.undated) assert.ok(u.file && u.line >= 1);
    for (const d of report.derived) assert.ok(d.file && d.line >= 1 && ["headline", "date"].includes(d.field));
    assert.equal(report.undated.length + report.derived.filter((d) => d.field === "date").length <= report.articles, true);
  });
});
