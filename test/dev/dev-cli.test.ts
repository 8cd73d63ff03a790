import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { test } from "node:test";
import { BIN } from "../helpers/cli.ts";
import { tempDir } from "../helpers/site.ts";

function project(): string {
  const root = tempDir("newsarchive-devcli-");
  mkdirSync(path.join(root, "seeds"));
  writeFileSync(path.join(root, "seeds", "a.txt"), "Council approves river bridge plan\n\nThe council approved the plan.\n");
  return root;
}

test("dev should print its URL, serve, and exit 0 on Ctrl-C", async () => {
  const root = project();
  const child = spawn(process.execPath, [BIN, "dev", "--port", "0"], { cwd: root, env: { ...process.env, NO_COLOR: "1" } });
  let stdout = "";
  child.stdout.setEncoding("utf8").on("data", (c: string) => (stdout += c));
  const url = await new Promise<string>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`no URL printed: ${stdout}`)), 60_000);
    child.stdout.on("data", () => {
      const m = /Live preview at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout);
      if (m) (clearTimeout(t), resolve(m[1]!));
    });
  });
  assert.equal((await fetch(url)).status, 200);
  const code = await new Promise<number | null>((resolve) => {
    child.once("exit", (c) => resolve(c));
    child.kill("SIGINT");
  });
  assert.equal(code, 0);
});

test("dev should say clearly when the port is in use", async () => {
  const root = project();
  const blocker = createServer();
  await new Promise<void>((r) => blocker.listen(0, "127.0.0.1", () => r()));
  const port = (blocker.address() as { port: number }).port;
  try {
    const child = spawn(process.execPath, [BIN, "dev", "--port", String(port)], { cwd: root });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (c: string) => (stderr += c));
    const code = await new Promise<number | null>((resolve) => child.once("exit", (c) => resolve(c)));
    assert.equal(code, 1);
    assert.match(stderr, /already in use/);
  } finally {
    blocker.close();
  }
});
