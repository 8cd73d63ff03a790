import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { BIN, cli, ROOT } from "../helpers/cli.ts";
import { tempDir } from "../helpers/site.ts";

const story = (headline: string) => `${headline}\n\nThe council approved the plan after a long hearing on Tuesday, officials said.\n`;

function project(): string {
  const root = tempDir();
  mkdirSync(path.join(root, "seeds"));
  writeFileSync(path.join(root, "seeds", "good.txt"), story("Council approves river bridge plan"));
  return root;
}

/** The CLI as an unprivileged user (as root, permissions do not bind): the project belongs to that user. */
function asUser(root: string, args: string[]): { code: number; stdout: string; stderr: string } {
  const root0 = process.getuid?.() === 0;
  if (root0) spawnSync("chown", ["-R", "65534:65534", root]);
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: root, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, ...(root0 ? { uid: 65534, gid: 65534 } : {}) });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const oneLine = (stderr: string) => {
  assert.doesNotMatch(stderr, /^\s+at /m, "no stack trace");
  assert.doesNotMatch(stderr, /unexpected failure/);
};

describe("exit codes", () => {
  test("should exit 1 when the input had errors, 0 with --allow-errors, and print what lost content by default", () => {
    const root = project();
    writeFileSync(path.join(root, "seeds", "binary.txt"), new Uint8Array([0x89, 0x50, 0x00, 0x01, 0x00]));
    writeFileSync(path.join(root, "seeds", "empty.txt"), "");
    writeFileSync(path.join(root, "seeds", "wrong-types.md"), `---\nheadline: Bridge vote delayed\ndate: [not, a, date]\n---\n${story("x")}`);
    const r = cli(["build", "--out", "dist", "--no-search"], root);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /^error: binary\.txt:1: file contains NUL bytes/m);
    assert.match(r.stderr, /^warning: empty\.txt: file is empty/m, "an empty file is named without -v");
    assert.match(r.stderr, /^warning: wrong-types\.md:3: front matter field "date"/m, "an ignored field is named with its line");
    assert.doesNotMatch(r.stderr + r.stdout, /^warning: good\.txt/m, "routine notes stay a count");
    assert.match(r.stderr, /exit 1: 1 error in the input .*--allow-errors/);
    assert.ok(existsSync(path.join(root, "dist", "index.html")), "the rest of the site is built");
    assert.equal(cli(["build", "--out", "dist", "--no-search", "--allow-errors", "-q"], root).code, 0);
    assert.equal(cli(["build", "--out", "dist", "--no-search", "--strict", "--allow-errors", "-q"], root).code, 1, "--strict still fails on warnings");
    writeFileSync(path.join(root, "seeds", "binary.txt"), story("Now a story"));
    assert.equal(cli(["build", "--out", "dist", "--no-search", "-q"], root).code, 0, "warnings alone exit 0");
  });

  test("should say the same in --help and the README", () => {
    const help = cli(["build", "--help"]).stdout;
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    for (const text of [help, readme]) {
      assert.match(text, /--allow-errors/);
      assert.match(text, /--force/);
    }
    assert.match(readme, /A build whose input had errors .* exits `1`/s);
  });
});

describe("folders that cannot be written or read", () => {
  test("should refuse a read-only output folder or parent in one line and leave nothing behind", () => {
    const root = project();
    const out = path.join(root, "dist");
    mkdirSync(out);
    writeFileSync(path.join(out, ".newsarchive-site"), "");
    writeFileSync(path.join(out, "index.html"), "last good site");
    const parent = path.join(root, "locked");
    mkdirSync(parent);
    asUser(root, ["--version"]); // hands the project to the unprivileged user
    chmodSync(out, 0o555);
    chmodSync(parent, 0o555);
    const r = asUser(root, ["build", "--out", "dist", "--no-search", "-q"]);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /refusing to use .*dist.* cannot be written \(EACCES\); make it writable/);
    oneLine(r.stderr);
    assert.equal(readFileSync(path.join(out, "index.html"), "utf8"), "last good site");
    const p = asUser(root, ["build", "--out", "locked/dist", "--no-search", "-q"]);
    assert.equal(p.code, 2, p.stderr);
    assert.match(p.stderr, /locked cannot be written/);
    oneLine(p.stderr);
    chmodSync(out, 0o755);
    assert.deepEqual(readdirSync(root).filter((n) => n.startsWith(".dist") || n.startsWith(".locked")), [], "no staging, old or lock files");
  });

  test("should replace a site with read-only folders inside, leaving no debris that breaks the next build", () => {
    const root = project();
    assert.equal(asUser(root, ["build", "--out", "dist", "--no-search", "-q"]).code, 0);
    chmodSync(path.join(root, "dist", "archive"), 0o555);
    const r = asUser(root, ["build", "--out", "dist", "--no-search", "--no-cache", "-q"]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(readdirSync(root).filter((n) => n.startsWith(".dist.")), []);
    assert.equal(asUser(root, ["build", "--out", "dist", "--no-search", "--no-cache", "-q"]).code, 0, "and the next build works");
  });

  test("should skip an unreadable seeds sub-folder with a one-line warning", () => {
    const root = project();
    mkdirSync(path.join(root, "seeds", "private"));
    writeFileSync(path.join(root, "seeds", "private", "a.txt"), story("School board adds night classes"));
    asUser(root, ["--version"]);
    chmodSync(path.join(root, "seeds", "private"), 0o000);
    const r = asUser(root, ["build", "--out", "dist", "--no-search"]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /^warning: private: folder cannot be read \(EACCES\); the articles in it are not in the archive/m);
    oneLine(r.stderr);
  });

  test("should refuse a public folder outside the project", () => {
    const root = project();
    const secrets = tempDir();
    writeFileSync(path.join(secrets, "id_rsa"), "PRIVATE KEY");
    writeFileSync(path.join(root, "newsarchive.config.json"), JSON.stringify({ public: secrets }));
    const r = cli(["build", "--out", "dist", "--no-search", "-q"], root);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /"public" is .* outside the project folder: everything in it would be published/);
    assert.ok(!existsSync(path.join(root, "dist")));
  });
});
