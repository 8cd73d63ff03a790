// Command-line messages a new user meets: unknown options in plain words, --version listed, and a
// build without a base URL (or with this machine's) warned about.
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { cli } from "../helpers/cli.ts";
import { tempDir } from "../helpers/site.ts";

describe("command-line messages", () => {
  test("should name an unknown option plainly, with the closest known one", () => {
    const r = cli(["build", "--strcit"]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown option --strcit — did you mean --strict\?/);
    assert.doesNotMatch(r.stderr, /positional argument/);
  });

  test("should list --version in --help", () => {
    assert.match(cli(["--help"]).stdout, /-V, --version/);
  });

  test("should warn when a build has no base URL, and not when it has one", () => {
    const root = tempDir();
    mkdirSync(path.join(root, "seeds"));
    writeFileSync(path.join(root, "seeds", "bridge.md"), "---\nheadline: Bridge reopens\ndate: 2024-05-02\n---\nThe bridge reopened.\n");
    const without = cli(["build", "--no-search", "--no-cache"], root);
    assert.equal(without.code, 0, without.stderr);
    assert.match(without.stderr, /no base URL: feeds, the sitemap and canonical links say http:\/\/localhost\//);
    const withBase = cli(["build", "--no-search", "--no-cache", "--base-url", "https://example.org/news/"], root);
    assert.doesNotMatch(withBase.stderr, /no base URL|base URL .* is this machine/);
    // The preview address `init` writes into a new project's config: a build with it is not ready to publish.
    const loopback = cli(["build", "--no-search", "--no-cache", "--base-url", "http://127.0.0.1:8080/"], root);
    assert.match(loopback.stderr, /warning: the base URL http:\/\/127\.0\.0\.1:8080\/ is this machine: .* pass --base-url with the site's address before publishing/);
  });
});

describe("--fail-on and the baseline", () => {
  test("should fail only on problems of the kinds named that the baseline does not accept", () => {
    const root = tempDir();
    mkdirSync(path.join(root, "seeds"));
    writeFileSync(path.join(root, "seeds", "old.txt"), "An undated story\n\nThe council met again to discuss the budget and the library.\n");
    const args = ["build", "--no-search", "--no-cache", "--base-url", "https://example.org/", "--fail-on", "undated"];
    const first = cli(args, root);
    assert.equal(first.code, 1, first.stderr);
    assert.match(first.stderr, /new problem: old\.txt:\d+: no date/);
    assert.equal(cli([...args, "--update-baseline"], root).code, 0);
    assert.equal(cli(args, root).code, 0, "the accepted problem no longer fails");
    writeFileSync(path.join(root, "seeds", "new.txt"), "Another undated story\n\nThe harbour reopened to ferries after the storm passed.\n");
    const again = cli(args, root);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /new problem: new\.txt/);
    assert.doesNotMatch(again.stderr, /new problem: old\.txt/);
    assert.equal(cli(["build", "--no-search", "--no-cache", "--base-url", "https://example.org/", "--fail-on", "front-matter"], root).code, 0, "other kinds do not fail");
  });

  test("should refuse an unknown kind with a suggestion", () => {
    const r = cli(["build", "--fail-on", "undatd"]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown kind "undatd" — did you mean "undated"\?/);
  });
});
