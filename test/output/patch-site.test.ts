// Patching a site folder in place: changed files moved in, removed files (and the folders they
// leave empty) deleted, and a patch cut short by a kill finished by the next writer.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { applyPatch, holdsExactly, journalFile } from "../../src/output/patch-site.ts";
import { SiteWriter } from "../../src/output/site-writer.ts";
import { listFiles, tempDir } from "../helpers/site.ts";

function site(dir: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
}

test("should move staged files in, delete removed ones with the folders they leave empty, and leave nothing behind", () => {
  const root = tempDir();
  const out = path.join(root, "dist");
  const staging = path.join(root, ".dist.staging-test");
  site(out, { "a.html": "a", "b.html": "b", "old/deep/c.html": "c" });
  site(staging, { "b.html": "b2", "new/d.html": "d" });
  applyPatch(staging, out, ["old/deep/c.html"]);
  assert.deepEqual(listFiles(out), ["a.html", "b.html", "new/d.html"]);
  assert.equal(readFileSync(path.join(out, "b.html"), "utf8"), "b2");
  assert.ok(!existsSync(path.join(out, "old")), "an emptied folder is removed");
  assert.ok(!existsSync(staging) && !existsSync(journalFile(out)));
});

test("should finish a patch that a killed build left half done when the next writer starts", () => {
  const root = tempDir();
  const out = path.join(root, "dist");
  const staging = path.join(root, ".dist.staging-killed");
  site(out, { "a.html": "a", "gone.html": "x", ".newsarchive-site": "" });
  site(staging, { "b.html": "b" });
  // The journal was written, then the build was killed before any move.
  writeFileSync(journalFile(out), JSON.stringify({ staging, out, moves: ["b.html"], removed: ["gone.html"] }));
  new SiteWriter(out).abort();
  assert.deepEqual(listFiles(out), [".newsarchive-site", "a.html", "b.html"]);
  assert.ok(!existsSync(journalFile(out)));
});

test("should call a folder patchable only when it holds exactly the last build's files, besides its marker", () => {
  const out = path.join(tempDir(), "dist");
  site(out, { "a.html": "a", "x/b.html": "b", ".newsarchive-site": "" });
  assert.ok(holdsExactly(out, new Set(["a.html", "x/b.html"])));
  assert.ok(!holdsExactly(out, new Set(["a.html"])), "a file the record does not name");
  assert.ok(!holdsExactly(out, new Set(["a.html", "x/b.html", "c.html"])), "a file missing");
});
