// A site built for a sub-path (`--base-url https://user.github.io/archive/`) is served under that path.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { BIN, cli } from "../helpers/cli.ts";
import { tempDir } from "../helpers/site.ts";

test("serve --base-url should serve the built site under the base URL's path", async () => {
  const root = tempDir();
  mkdirSync(path.join(root, "seeds"));
  writeFileSync(path.join(root, "seeds", "bridge.md"), "---\nheadline: Bridge reopens\ndate: 2024-05-02\n---\nThe bridge reopened.\n");
  const base = "https://user.github.io/archive/";
  assert.equal(cli(["build", "--no-search", "--no-cache", "--base-url", base], root).code, 0);
  const child = spawn(process.execPath, [BIN, "serve", "--port", "0", "--base-url", base], { cwd: root });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (d) => {
        out += d;
        const m = /(http:\/\/\S+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.on("exit", () => reject(new Error(`serve exited: ${out}`)));
    });
    assert.match(url, /\/archive\/$/);
    const page = await fetch(new URL("2024/05/02/bridge/", url));
    assert.equal(page.status, 200);
    assert.match(await page.text(), /href="\/archive\/style.css"/);
    assert.equal((await fetch(new URL("style.css", url))).status, 200);
  } finally {
    child.kill("SIGTERM");
  }
});
