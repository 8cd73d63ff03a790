// Addresses that stay put: front-matter aliases and URLs an article had in earlier builds (the URL map)
// get redirect pages to where the article lives now.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { build } from "../../src/pipeline/index.ts";
import { defaultConfig } from "../../src/model/index.ts";
import { listFiles, resolveLink, tempDir } from "../helpers/site.ts";


function digest(firstHeadline: string): string {
  return `${firstHeadline}\n\nBy Jane Doe\n\nPublished March 3, 2024\n\nThe bridge reopened on Tuesday after six months of repairs.\n\nLibrary plan approved\n\nBy John Roe\n\nPublished March 4, 2024\n\nThe council approved the plan on Monday evening.\n`;
}

describe("addresses that stay put", () => {
  test("should redirect every URL an article had before to its new one, with the URL map", async () => {
    const root = tempDir();
    const seeds = path.join(root, "seeds");
    mkdirSync(seeds);
    const config = { ...defaultConfig, urlMap: "urls.json" };
    const out = path.join(root, "dist");
    writeFileSync(path.join(seeds, "digest.txt"), digest("Bridge reopens"));
    await build({ root, seeds, out, config, cache: false, search: false });
    assert.ok(existsSync(path.join(out, "2024/03/03/bridge-reopens/index.html")));
    writeFileSync(path.join(seeds, "digest.txt"), digest("Harbour bridge reopens after repairs"));
    await build({ root, seeds, out, config, cache: false, search: false });
    const moved = readFileSync(path.join(out, "2024/03/03/bridge-reopens/index.html"), "utf8");
    assert.match(moved, /<meta http-equiv="refresh" content="0; url=\/2024\/03\/03\/harbour-bridge-reopens-after-repairs\/">/);
    assert.match(moved, /rel="canonical"/);
    assert.ok(resolveLink(out, "/", "/2024/03/03/harbour-bridge-reopens-after-repairs/"));
    const map = JSON.parse(readFileSync(path.join(root, "urls.json"), "utf8")).articles;
    const entry = Object.values(map).find((e) => (e as { urls: string[] }).urls.length === 2) as { file: string; urls: string[] };
    assert.deepEqual(entry, { file: "digest.txt", urls: ["/2024/03/03/harbour-bridge-reopens-after-repairs/", "/2024/03/03/bridge-reopens/"] });
    assert.ok(!readFileSync(path.join(out, "sitemap.xml"), "utf8").includes("/bridge-reopens/"), "a redirect is not in the sitemap");
  });

  test("should write a redirect page for each front-matter alias, never over a real page", async () => {
    const root = tempDir();
    const seeds = path.join(root, "seeds");
    mkdirSync(seeds);
    writeFileSync(path.join(seeds, "bridge.md"), "---\nheadline: Bridge reopens\ndate: 2024-05-02\naliases: [/old/bridge/, /2024/05/02/library/, /legacy/bridge.html]\n---\nThe bridge reopened.\n");
    writeFileSync(path.join(seeds, "library.md"), "---\nheadline: Library plan\ndate: 2024-05-02\n---\nThe plan passed.\n");
    const out = path.join(root, "dist");
    await build({ root, seeds, out, config: defaultConfig, cache: false, search: false });
    const files = listFiles(out);
    assert.ok(files.includes("old/bridge/index.html"));
    assert.ok(files.includes("legacy/bridge.html"));
    assert.match(readFileSync(path.join(out, "old/bridge/index.html"), "utf8"), /url=\/2024\/05\/02\/bridge\//);
    assert.match(readFileSync(path.join(out, "2024/05/02/library/index.html"), "utf8"), /<h1>Library plan<\/h1>/);
  });
});
