import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { build } from "../../src/pipeline/index.ts";
import { SiteWriter } from "../../src/output/index.ts";
import { BIN, ROOT } from "../helpers/cli.ts";
import { listFiles, tempDir } from "../helpers/site.ts";
import { config } from "../helpers/publish.ts";
import { NEWSROOM_SEEDS } from "../helpers/newsroom.ts";

/** Every file of a folder with the hash of its bytes. */
function snapshot(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((f) => [f, createHash("sha256").update(readFileSync(path.join(dir, f))).digest("hex")]));
}

/** A seeds folder big enough that a build takes a few seconds. */
function bigSeeds(dir: string, count: number): void {
  mkdirSync(dir, { recursive: true });
  const words = "ministers talks convoy harbour grain shelling diplomats winter offensive ceasefire bridge river".split(" ");
  for (let i = 0; i < count; i++) {
    const paragraphs = Array.from({ length: 6 }, (_, p) => Array.from({ length: 50 }, (_, w) => words[(i * 7 + p * 3 + w * w) % words.length]).join(" ") + ".");
    writeFileSync(path.join(dir, `${String(i).padStart(5, "0")}.txt`), `Story number ${i}\n\n${paragraphs.join("\n\n")}\n`);
  }
}

describe("builds you can trust", () => {
  test("should produce byte-identical folders, search index included, from two builds", async () => {
    const [a, b] = [path.join(tempDir(), "a"), path.join(tempDir(), "b")];
    for (const seeds of [NEWSROOM_SEEDS, path.join(ROOT, "test/fixtures/publish")]) {
      await build({ root: ROOT, seeds, out: a, config });
      await build({ root: ROOT, seeds, out: b, config });
      const sa = snapshot(a);
      assert.ok([...sa.keys()].some((f) => f.startsWith("pagefind/") && f.endsWith(".pf_meta")), "no search index");
      assert.deepEqual(snapshot(b), sa);
    }
  });

  test("should leave the previous site intact when a build is killed half-way", async () => {
    const work = tempDir();
    const seeds = path.join(work, "seeds");
    const out = path.join(work, "dist");
    bigSeeds(seeds, 1500);
    const first = spawnSync(process.execPath, [BIN, "build", "--seeds", seeds, "--out", out, "--report", path.join(work, "r.json"), "-q"], { encoding: "utf8" });
    assert.equal(first.status, 0, first.stderr);
    const before = snapshot(out);
    writeFileSync(path.join(seeds, "99999.txt"), "A brand new story\n\nIt should not be live after a killed build.\n");

    const child = spawn(process.execPath, [BIN, "build", "--seeds", seeds, "--out", out, "--report", path.join(work, "r.json"), "-q"], { stdio: "ignore" });
    const exited = new Promise((resolve) => child.once("exit", resolve));
    // Kill once the build is writing into its staging folder, well before the swap.
    const staging = () => readdirSync(work).find((n) => n.startsWith(".dist.staging-"));
    // Polls for up to a minute: a loaded machine can take long to start the build.
    for (let i = 0; i < 6000; i++) {
      const s = staging();
      if (s && existsSync(path.join(work, s, "undated"))) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    assert.ok(staging(), "the build never started staging");
    child.kill("SIGKILL");
    await exited;

    assert.deepEqual(snapshot(out), before);
    const next = spawnSync(process.execPath, [BIN, "build", "--seeds", seeds, "--out", out, "--report", path.join(work, "r.json"), "-q"], { encoding: "utf8" });
    assert.equal(next.status, 0, next.stderr);
    assert.deepEqual(readdirSync(work).filter((n) => n.startsWith(".dist.")), [], "stale staging folders were not removed");
    assert.ok(listFiles(out).some((f) => f.includes("a-brand-new-story")));
  });

  test("should restore the last site when a build died between the two renames of the swap", () => {
    const work = tempDir();
    const out = path.join(work, "dist");
    const writer = new SiteWriter(out);
    writer.write("index.html", "good");
    writer.commit();
    renameSync(out, path.join(work, ".dist.old-123-abc"));
    new SiteWriter(out).abort();
    assert.equal(readFileSync(path.join(out, "index.html"), "utf8"), "good");
  });
});
