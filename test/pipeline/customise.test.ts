// Customising a project: a user stylesheet is added after the default one instead of replacing it.
import assert from "node:assert/strict";
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { build } from "../../src/pipeline/index.ts";
import { defaultConfig } from "../../src/model/index.ts";
import { ROOT } from "../helpers/cli.ts";
import { tempDir } from "../helpers/site.ts";
import { newsroomConfig, newsroomProject } from "../helpers/newsroom.ts";

describe("customising", () => {
  test("should build the customised newsroom of the README's screenshots: its header template and stylesheet win", async () => {
    const root = newsroomProject();
    cpSync(path.join(ROOT, "test/fixtures/customised"), root, { recursive: true });
    const out = path.join(root, "dist");
    const report = await build({ root, seeds: path.join(root, "seeds"), out, config: newsroomConfig(), cache: false, search: false });
    assert.deepEqual(report.errors, []);
    const html = readFileSync(path.join(out, "2024/03/12/ferry-night-service/index.html"), "utf8");
    assert.match(html, /<p class="tagline">Harbours, ferries and the people who run them, since 2024<\/p>/);
    assert.match(html, /<p class="site-title"><a href="\/">The Coastal Herald Archive<\/a><\/p>/);
    assert.equal(readFileSync(path.join(out, "custom.css"), "utf8"), readFileSync(path.join(ROOT, "test/fixtures/customised/public/custom.css"), "utf8"));
  });

  test("should publish the project's custom.css beside the untouched default stylesheet, linked after it", async () => {
    const root = tempDir();
    mkdirSync(path.join(root, "seeds"));
    mkdirSync(path.join(root, "public"));
    writeFileSync(path.join(root, "seeds", "bridge.md"), "---\nheadline: Bridge reopens\ndate: 2024-05-02\n---\nThe bridge reopened.\n");
    writeFileSync(path.join(root, "public", "custom.css"), ":root { --accent: #1d6b3a; }\n");
    const out = path.join(root, "dist");
    await build({ root, seeds: path.join(root, "seeds"), out, config: defaultConfig, cache: false, search: false });
    assert.equal(readFileSync(path.join(out, "custom.css"), "utf8"), ":root { --accent: #1d6b3a; }\n");
    assert.equal(readFileSync(path.join(out, "style.css"), "utf8"), readFileSync(path.join(ROOT, "public", "style.css"), "utf8"));
    const html = readFileSync(path.join(out, "2024/05/02/bridge/index.html"), "utf8");
    assert.ok(html.indexOf("/style.css") < html.indexOf("/custom.css"));
  });
});
