// Command-line messages a new user meets: unknown options in plain words, --version listed, and a
// build without a base URL warned about.
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
    assert.doesNotMatch(withBase.stderr, /no base URL/);
  });
});
