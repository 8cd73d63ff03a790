import assert from "node:assert/strict";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { build } from "../../src/pipeline/index.ts";
import { defaultConfig } from "../../src/model/index.ts";
import { startDev } from "../../src/dev/session.ts";
import { guardOutDir, SITE_MARKER } from "../../src/output/out-dir-guard.ts";
import { lockFileFor, lockOutDir } from "../../src/output/out-lock.ts";
import { cli } from "../helpers/cli.ts";
import { copyNewsroomSeeds } from "../helpers/newsroom.ts";
import { listFiles, tempDir } from "../helpers/site.ts";

/** A project folder of its own: the test newsroom's seeds, a config, a file of the user's. */
function project(): { root: string; seeds: string } {
  const root = tempDir();
  const seeds = path.join(root, "seeds");
  copyNewsroomSeeds(seeds);
  writeFileSync(path.join(root, "notes.txt"), "mine");
  return { root, seeds };
}

const snapshot = (dir: string) => listFiles(dir).map((f) => `${f}:${readFileSync(path.join(dir, f), "utf8").length}`);

describe("output folder guard", () => {
  test("should refuse the project, the current folder, the seeds and anything holding them, naming the folder and why", () => {
    const { root, seeds } = project();
    const base = { seeds, root, cwd: root, templates: [path.join(root, "templates")], public: [path.join(root, "public")] };
    assert.throws(() => guardOutDir({ ...base, out: root }), /"[^"]+" as the output folder: it is the project folder/);
    assert.throws(() => guardOutDir({ ...base, out: seeds }), /it is the seeds folder/);
    assert.throws(() => guardOutDir({ ...base, out: path.dirname(root) }), /it contains the seeds folder/);
    assert.throws(() => guardOutDir({ ...base, out: path.join(seeds, "site") }), /inside the seeds folder/);
    assert.throws(() => guardOutDir({ ...base, out: path.join(root, "public") }), /it is a public folder/);
    assert.throws(() => guardOutDir({ ...base, out: path.join(root, "templates") }), /it is a templates folder/);
    assert.throws(() => guardOutDir({ ...base, root: path.join(root, "elsewhere"), cwd: path.join(root, "elsewhere"), out: root, force: true }), /it contains the seeds folder/, "--force never lifts these");
    const other = tempDir();
    assert.throws(() => guardOutDir({ ...base, cwd: other, root: path.join(root, "x"), seeds: path.join(root, "x/seeds"), out: other }), /it is the current folder/);
    // A symbolic link to the project is the project.
    const link = path.join(tempDir(), "link");
    symlinkSync(root, link);
    assert.throws(() => guardOutDir({ ...base, out: link }), /it is the project folder/);
  });

  test("should replace only an absent, empty or newsarchive-written folder unless forced", () => {
    const { root, seeds } = project();
    const base = { seeds, root, cwd: root };
    const out = path.join(root, "dist");
    guardOutDir({ ...base, out }); // absent
    mkdirSync(out);
    guardOutDir({ ...base, out }); // empty
    writeFileSync(path.join(out, "thesis.docx"), "years of work");
    assert.throws(() => guardOutDir({ ...base, out }), /holds 1 file or folder \(thesis\.docx\) and was not written by newsarchive.*--force/);
    guardOutDir({ ...base, out, force: true });
    writeFileSync(path.join(out, SITE_MARKER), "");
    guardOutDir({ ...base, out });
    assert.throws(() => guardOutDir({ ...base, out: path.join(root, "notes.txt") }), /it is a file/);
  });

  test("should make `build --out .` and `--out seeds` refuse and lose nothing", () => {
    const { root } = project();
    const before = snapshot(root);
    for (const out of [".", "seeds", "..", "seeds/site"]) {
      const r = cli(["build", "--out", out, "-q", "--no-search"], root);
      assert.equal(r.code, 2, `${out}: ${r.stderr}`);
      assert.match(r.stderr, /refusing to use .* as the output folder/);
    }
    assert.deepEqual(snapshot(root), before, "every file is still there, byte for byte");
  });

  test("should refuse someone else's folder, replace it with --force, and then rebuild it without --force", () => {
    const { root } = project();
    const out = path.join(root, "site");
    mkdirSync(out);
    writeFileSync(path.join(out, "photo.jpg"), "not mine");
    const refused = cli(["build", "--out", "site", "-q", "--no-search"], root);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /photo\.jpg.*not written by newsarchive/);
    assert.ok(existsSync(path.join(out, "photo.jpg")));
    assert.equal(cli(["build", "--out", "site", "-q", "--no-search", "--force"], root).code, 0);
    assert.ok(existsSync(path.join(out, SITE_MARKER)) && !existsSync(path.join(out, "photo.jpg")));
    const again = cli(["build", "--out", "site", "-q", "--no-search", "--no-cache"], root);
    assert.equal(again.code, 0, again.stderr);
    assert.deepEqual(readdirSync(root).filter((n) => n.startsWith(".site.")), [], "no lock, staging or old folder left beside it");
  });

  test("should guard the build() API and dev the same way", async () => {
    const { root, seeds } = project();
    const before = snapshot(seeds);
    await assert.rejects(build({ root, seeds, out: seeds, config: defaultConfig }), /it is the seeds folder/);
    await assert.rejects(startDev({ root, seeds, configFile: path.join(root, "none.json"), out: root, host: "127.0.0.1", port: 0 }), /it is the project folder/);
    assert.deepEqual(snapshot(seeds), before, "the seeds are untouched");
  });

  test("should refuse a second writer of one output folder while the first holds it, and take over a dead one's lock", async () => {
    const { root, seeds } = project();
    const out = path.join(root, "dist");
    const release = lockOutDir(out);
    await assert.rejects(build({ root, seeds, out, config: defaultConfig, search: false }), /another newsarchive process \(pid \d+\) is writing the output folder/);
    assert.ok(!existsSync(out), "the refused build wrote nothing");
    release();
    assert.ok(!existsSync(lockFileFor(out)));
    writeFileSync(lockFileFor(out), "2147483646\n"); // a build that was killed
    await build({ root, seeds, out, config: defaultConfig, search: false });
    assert.ok(existsSync(path.join(out, "index.html")));
    assert.ok(!existsSync(lockFileFor(out)), "released after the build");
  });
});
