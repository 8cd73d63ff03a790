// Parsing and rendering on worker threads must build exactly the site one thread builds.
import assert from "node:assert/strict";
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { build } from "../../src/pipeline/index.ts";
import { defaultConfig } from "../../src/model/index.ts";
import { listFiles, tempDir } from "../helpers/site.ts";
import { ROOT } from "../helpers/cli.ts";
import { copyNewsroomSeeds } from "../helpers/newsroom.ts";

/** A corpus big enough that workers take batches: the test newsroom's seeds, plus Markdown in several shapes (prose, lists, tables, links) and plain text. */
function corpus(dir: string): void {
  copyNewsroomSeeds(dir);
  const shapes = [
    (i: number) => `Officials in Northvale met on Monday ${i}.\nThe council voted.\n\n## What next\n\nMore talks are planned.`,
    (i: number) => `A list of items:\n\n- first item ${i}\n- second *item*\n\n| a | b |\n|---|---|\n| ${i} | x |`,
    (i: number) => `See [the report](https://example.org/${i}) and write to desk@example.org. Dana Whitfield said so.`,
  ];
  for (let i = 0; i < 150; i++) {
    const date = `2023-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 27) + 1).padStart(2, "0")}`;
    const body = shapes[i % shapes.length]!(i);
    writeFileSync(path.join(dir, `gen-${String(i).padStart(3, "0")}.md`), `---\nheadline: "Generated story ${i}"\ndate: ${date}\nbylines: ["Dana Whitfield"]\n---\n${body}\n`);
  }
  mkdirSync(path.join(dir, "text"), { recursive: true });
  for (let i = 0; i < 30; i++) writeFileSync(path.join(dir, "text", `wire-${i}.txt`), `Harbor Plan Advances ${i}\nBy Lee Park\nMarch ${(i % 28) + 1}, 2021\n\nHARBORTOWN (Reuters) — The plan advanced on Tuesday.\n\nIt goes on.\n`);
}

test("should build the same site, byte for byte, on one thread and on worker threads", async () => {
  const dir = tempDir();
  const seeds = path.join(dir, "seeds");
  corpus(seeds);
  const one = await build({ root: dir, seeds, out: path.join(dir, "one"), config: defaultConfig, threads: 1 });
  const many = await build({ root: dir, seeds, out: path.join(dir, "many"), config: defaultConfig, threads: 3 });
  assert.equal(many.articles, one.articles);
  assert.ok(one.articles > 180, `expected the whole corpus, got ${one.articles}`);
  assert.deepEqual(many.errors, one.errors);
  assert.deepEqual(many.warnings, one.warnings);
  const files = listFiles(path.join(dir, "one"));
  assert.deepEqual(listFiles(path.join(dir, "many")), files);
  for (const f of files) assert.ok(readFileSync(path.join(dir, "one", f)).equals(readFileSync(path.join(dir, "many", f))), `${f} differs`);
});

test("should report a template that fails on a worker thread with its file, like one that fails here", async () => {
  const dir = tempDir();
  const seeds = path.join(dir, "seeds");
  corpus(seeds);
  mkdirSync(path.join(dir, "templates"));
  const article = readFileSync(path.join(ROOT, "templates", "article.eta"), "utf8");
  writeFileSync(path.join(dir, "templates", "article.eta"), `<%= it.article.missing.field %>\n${article}`);
  for (const threads of [1, 3]) {
    await assert.rejects(
      build({ root: dir, seeds, out: path.join(dir, `out-${threads}`), config: defaultConfig, threads }),
      (error: Error & { location?: { file: string } }) => {
        assert.equal(error.name, "TemplateError");
        assert.match(error.message, /error while rendering/);
        assert.equal(error.location?.file, path.join(dir, "templates", "article.eta"));
        return true;
      },
    );
    assert.ok(!existsSync(path.join(dir, `out-${threads}`)), "no half-built site is left");
  }
});
