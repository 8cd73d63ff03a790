// The dev server while it rebuilds: it keeps answering with the last good pages, and it stops at
// once on SIGTERM even in the middle of a rebuild. The rebuild is made long on purpose by a
// template that takes 10 ms per article page (a slow template is a real thing), over a generated
// archive of a few hundred articles.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { startDev } from "../../src/dev/session.ts";
import { BIN, ROOT } from "../helpers/cli.ts";
import { fetchText } from "../helpers/dev.ts";
import { writeGeneratedCorpus } from "../helpers/generated-corpus.ts";
import { tempDir } from "../helpers/site.ts";

const ARTICLES = 300;
const MARK = '<p class="edited-template">Template edited</p>';

/** The default article template, made slow (a 10 ms busy wait per page) and marked. */
function slowArticleTemplate(): string {
  const original = readFileSync(path.join(ROOT, "templates", "article.eta"), "utf8");
  assert.ok(original.includes("<%~ it.bodyHtml %>"), "the article template still shows it.bodyHtml");
  return original.replace("<%~ it.bodyHtml %>", `<% { const until = Date.now() + 10; while (Date.now() < until) {} } %>${MARK}<%~ it.bodyHtml %>`);
}

function project(): { root: string; templates: string } {
  const root = tempDir("newsarchive-busy-");
  writeGeneratedCorpus(path.join(root, "seeds"), ARTICLES);
  mkdirSync(path.join(root, "templates"));
  return { root, templates: path.join(root, "templates") };
}

async function until(check: () => boolean, what: () => string, ms = 120_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what()}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe("dev server during a rebuild", () => {
  test("should answer a page request with the last good page while a rebuild runs, and the new one after", async () => {
    const { root, templates } = project();
    const lines: string[] = [];
    const session = await startDev({ root, seeds: path.join(root, "seeds"), configFile: path.join(root, "none.json"), out: path.join(root, "live"), host: "127.0.0.1", port: 0, log: (l) => lines.push(l) });
    try {
      const home = await fetchText(session.url);
      const href = /href="\/(\d{4}\/\d\d\/\d\d\/[^"]+\/)"/.exec(home.body)?.[1];
      assert.ok(href, "the home page links an article");
      const before = await fetchText(new URL(href, session.url).href);
      assert.equal(before.status, 200);
      assert.ok(!before.body.includes(MARK));

      writeFileSync(path.join(templates, "article.eta"), slowArticleTemplate());
      await until(() => lines.some((l) => l.startsWith("rebuilding")), () => `a rebuild to start; log:\n${lines.join("\n")}`);
      const started = performance.now();
      const during = await fetchText(new URL(href, session.url).href);
      const answeredMs = performance.now() - started;
      // The rebuild renders 300 pages at 10 ms or more each: it cannot have finished yet.
      assert.ok(!lines.some((l) => l.startsWith("rebuilt")), `the rebuild finished before the request was answered:\n${lines.join("\n")}`);
      assert.equal(during.status, 200);
      assert.equal(during.body, before.body, "the page served during the rebuild is the last good one");
      assert.ok(answeredMs < ARTICLES * 10, `answered after ${answeredMs} ms: the server waited for the rebuild`);

      await until(() => lines.some((l) => l.startsWith("rebuilt")), () => `the rebuild to finish; log:\n${lines.join("\n")}`);
      const after = await fetchText(new URL(href, session.url).href);
      assert.equal(after.status, 200);
      assert.ok(after.body.includes(MARK), "after the rebuild the page shows the edited template");
    } finally {
      await session.close();
    }
  });

  test("should exit within a second of SIGTERM in the middle of a rebuild", async () => {
    const { root, templates } = project();
    const child = spawn(process.execPath, [BIN, "dev", "--port", "0"], { cwd: root, env: { ...process.env, NO_COLOR: "1" } });
    let stdout = "";
    child.stdout.setEncoding("utf8").on("data", (c: string) => (stdout += c));
    child.stderr.resume();
    const exited = new Promise<{ code: number | null; at: number }>((resolve) => child.once("exit", (code) => resolve({ code, at: performance.now() })));
    try {
      await until(() => /Live preview at/.test(stdout), () => `the server to start; stdout:\n${stdout}`);
      writeFileSync(path.join(templates, "article.eta"), slowArticleTemplate());
      await until(() => /^rebuilding/m.test(stdout), () => `a rebuild to start; stdout:\n${stdout}`);
      const sent = performance.now();
      child.kill("SIGTERM");
      const { code, at } = await exited;
      assert.ok(!/^rebuilt/m.test(stdout), `the rebuild had finished before SIGTERM; the test proved nothing:\n${stdout}`);
      assert.equal(code, 0);
      assert.ok(at - sent < 1000, `exited ${Math.round(at - sent)} ms after SIGTERM`);
    } finally {
      child.kill("SIGKILL");
    }
  });
});
