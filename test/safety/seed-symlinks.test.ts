import assert from "node:assert/strict";
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { startDev, type DevSession } from "../../src/dev/session.ts";
import { findSeedFiles } from "../../src/ingest/find.ts";
import { cli } from "../helpers/cli.ts";
import { listFiles, tempDir } from "../helpers/site.ts";

const story = (headline: string) => `${headline}\n\nThe council approved the plan after a long hearing on Tuesday.\n`;

function project(): { root: string; seeds: string; outside: string } {
  const root = tempDir();
  const seeds = path.join(root, "seeds");
  mkdirSync(path.join(seeds, "sub"), { recursive: true });
  writeFileSync(path.join(seeds, "a.txt"), story("Council approves river bridge plan"));
  writeFileSync(path.join(seeds, "sub", "b.txt"), story("School board adds night classes"));
  const outside = path.join(root, "private");
  mkdirSync(outside);
  writeFileSync(path.join(outside, "secret.txt"), story("Private diary entry never meant for print"));
  return { root, seeds, outside };
}

describe("seed discovery and symbolic links", () => {
  test("should end a symlink loop in under a second with a warning, reading each file once", async () => {
    const { seeds } = project();
    symlinkSync(".", path.join(seeds, "loop"));
    symlinkSync("..", path.join(seeds, "sub", "up"));
    symlinkSync("sub", path.join(seeds, "again"));
    symlinkSync("a.txt", path.join(seeds, "twice.txt"));
    const started = performance.now();
    const found = await findSeedFiles(seeds);
    assert.ok(performance.now() - started < 1000);
    assert.deepEqual(found.files.map((f) => f.rel), ["a.txt", "sub/b.txt"], "each file once, under its own name");
    const warned = found.warnings.map((w) => `${w.file}: ${w.message}`).join("\n");
    assert.match(warned, /^loop: symbolic link leads back to the folder \., already read/m);
    assert.match(warned, /^again: symbolic link leads back to the folder sub/m);
    assert.match(warned, /^twice\.txt: symbolic link to a\.txt, already read/m);
  });

  test("should skip links out of the seeds folder and say so by default; a missing seeds folder is one line", () => {
    const { root, seeds, outside } = project();
    symlinkSync(path.join(outside, "secret.txt"), path.join(seeds, "secret.txt"));
    symlinkSync(outside, path.join(seeds, "diary"));
    symlinkSync(".", path.join(seeds, "loop"));
    const r = cli(["build", "--out", "dist", "--no-search", "--no-cache"], root);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout + r.stderr, /secret\.txt: symbolic link points outside the seeds folder/);
    assert.match(r.stdout + r.stderr, /diary: symbolic link points outside the seeds folder/);
    const pages = listFiles(path.join(root, "dist")).filter((f) => f.endsWith(".html"));
    assert.ok(!pages.some((f) => readFileSync(path.join(root, "dist", f), "utf8").includes("Private diary")));
    const missing = cli(["build", "--seeds", "nope", "--out", "dist2", "-q"], root);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /^error: cannot read the seeds folder .*nope \(ENOENT\): check the --seeds path\n$/);
  });
});

describe("dev watch and symbolic links", () => {
  const { root, seeds, outside } = project();
  const lines: string[] = [];
  let session: DevSession;
  const live = path.join(root, "live");
  before(async () => {
    session = await startDev({ root, seeds, configFile: path.join(root, "none.json"), out: live, host: "127.0.0.1", port: 0, log: (l) => lines.push(l) });
  });
  after(() => session.close());

  async function waitForLine(pattern: RegExp): Promise<void> {
    const until = Date.now() + 20_000;
    while (!lines.some((l) => pattern.test(l))) {
      if (Date.now() > until) throw new Error(`no line matching ${pattern} in:\n${lines.join("\n")}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  const published = () => listFiles(live).filter((f) => f.endsWith(".html")).some((f) => readFileSync(path.join(live, f), "utf8").includes("Private diary"));

  test("should skip a link out of the seeds folder made during the session, with a warning", async () => {
    symlinkSync(path.join(outside, "secret.txt"), path.join(seeds, "secret.txt"));
    await waitForLine(/^warning: secret\.txt: symbolic link points outside the seeds folder/);
    symlinkSync(outside, path.join(seeds, "diary"));
    await waitForLine(/^warning: diary: symbolic link points outside the seeds folder/);
    writeFileSync(path.join(outside, "more.txt"), story("Private diary entry never meant for print either"));
    await new Promise((r) => setTimeout(r, 500));
    assert.ok(!published(), "nothing from outside the seeds folder is on the preview");
  });

  test("should read a loop made during the session once, with a warning", async () => {
    const before = readdirSync(live).length;
    symlinkSync(".", path.join(seeds, "loop"));
    await waitForLine(/^warning: loop: symbolic link leads back to the folder \./);
    writeFileSync(path.join(seeds, "c.txt"), story("Port authority widens harbour channel"));
    await waitForLine(/^rebuilt in/);
    assert.ok(readdirSync(live).length >= before);
  });
});
