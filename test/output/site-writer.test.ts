import assert from "node:assert/strict";
import { existsSync, readFileSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { fileForUrl, SiteWriter } from "../../src/output/index.ts";
import { listFiles, tempDir } from "../helpers/site.ts";

describe("site writer", () => {
  test("should map page URLs to index files", () => {
    assert.equal(fileForUrl("/"), "index.html");
    assert.equal(fileForUrl("/2025/02/"), "2025/02/index.html");
    assert.equal(fileForUrl("/404.html"), "404.html");
  });

  test("should replace the whole output folder only on commit", () => {
    const out = path.join(tempDir(), "dist");
    mkdirSync(out);
    writeFileSync(path.join(out, "stale.html"), "old");
    const writer = new SiteWriter(out);
    writer.write("index.html", "new");
    assert.equal(readFileSync(path.join(out, "stale.html"), "utf8"), "old", "the live site is untouched before commit");
    writer.commit();
    assert.deepEqual(listFiles(out), [".newsarchive-site", "index.html"], "the marker travels with the swap");
  });

  test("should leave the previous site intact when a build is aborted", () => {
    const out = path.join(tempDir(), "dist");
    const first = new SiteWriter(out);
    first.write("index.html", "good");
    first.commit();
    const second = new SiteWriter(out);
    second.write("index.html", "half");
    second.abort();
    assert.equal(readFileSync(path.join(out, "index.html"), "utf8"), "good");
    assert.deepEqual(listFiles(path.dirname(out)).filter((f) => !f.startsWith("dist/")), []);
  });

  test("should keep files whose bytes did not change (same inode, same mtime)", () => {
    const out = path.join(tempDir(), "dist");
    const first = new SiteWriter(out);
    first.write("a/index.html", "same");
    first.write("b/index.html", "before");
    first.commit();
    const inode = statSync(path.join(out, "a/index.html")).ino;
    const second = new SiteWriter(out);
    second.write("a/index.html", "same");
    second.write("b/index.html", "after");
    second.commit();
    assert.equal(second.unchanged, 1);
    assert.equal(second.written, 1);
    assert.equal(statSync(path.join(out, "a/index.html")).ino, inode);
    assert.equal(readFileSync(path.join(out, "b/index.html"), "utf8"), "after");
  });

  test("should refuse paths that climb out of the output folder", () => {
    const root = tempDir();
    const writer = new SiteWriter(path.join(root, "dist"));
    writer.write("../../escape.html", "x"); // normalised to the site root
    writer.commit();
    assert.ok(existsSync(path.join(root, "dist", "escape.html")));
    assert.ok(!existsSync(path.join(root, "escape.html")));
  });

  test("should do the same on its writer thread: stage, keep unchanged files, and swap only after settling", async () => {
    const out = path.join(tempDir(), "dist");
    const first = new SiteWriter(out, { thread: true });
    for (let i = 0; i < 150; i++) first.write(`p/${i}/index.html`, `page ${i}`);
    const mine = new Uint8Array([0, 1, 2]);
    first.write("bytes.bin", mine);
    assert.throws(() => first.commit(), /settle/, "commit waits for the thread");
    await first.settle();
    first.commit();
    assert.equal(first.written, 151);
    assert.equal(readFileSync(path.join(out, "p/149/index.html"), "utf8"), "page 149");
    assert.deepEqual([...readFileSync(path.join(out, "bytes.bin"))], [0, 1, 2]);
    assert.deepEqual([...mine], [0, 1, 2], "the caller's bytes are copied to the thread, never taken from it");
    const inode = statSync(path.join(out, "p/0/index.html")).ino;
    const second = new SiteWriter(out, { thread: true });
    for (let i = 0; i < 150; i++) second.write(`p/${i}/index.html`, i === 7 ? "changed" : `page ${i}`);
    await second.settle();
    second.commit();
    assert.equal(second.unchanged, 149);
    assert.equal(second.written, 1);
    assert.equal(statSync(path.join(out, "p/0/index.html")).ino, inode);
    assert.equal(readFileSync(path.join(out, "p/7/index.html"), "utf8"), "changed");
    assert.ok(!existsSync(path.join(out, "bytes.bin")));
  });

  test("should report a file its thread could not write, naming it", async () => {
    const out = path.join(tempDir(), "dist");
    const writer = new SiteWriter(out, { thread: true });
    writer.write("taken/index.html", "x");
    writer.write("taken/index.html/inner.html", "a file cannot hold a folder");
    await assert.rejects(writer.settle(), /cannot write the site: .*inner\.html/);
    writer.abort();
  });
});
