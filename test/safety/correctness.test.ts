import assert from "node:assert/strict";
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { build } from "../../src/pipeline/index.ts";
import { parseSource } from "../../src/ingest/index.ts";
import { defaultConfig } from "../../src/model/index.ts";
import { renderBody } from "../../src/render/body.ts";
import { ROOT } from "../helpers/cli.ts";
import { listFiles, tempDir } from "../helpers/site.ts";

const parse = (file: string, text: string) => parseSource(file, new TextEncoder().encode(text), defaultConfig);

describe("Markdown links and footnotes", () => {
  test("should keep reference-style links, whatever their scheme is allowed to be", () => {
    const md = `---\nheadline: Links\ndate: 2024-01-01\n---\nSee [the report][r], [another] and [bad][js] for details.\n\nSecond paragraph.\n\n[r]: https://example.org/report\n[another]: http://example.org/another "Title"\n[js]: javascript:alert(1)\n`;
    const parsed = parse("a.md", md);
    const html = renderBody(parsed.articles[0]!);
    assert.match(html, /<a href="https:\/\/example\.org\/report">the report<\/a>/);
    assert.match(html, /<a href="http:\/\/example\.org\/another" title="Title">another<\/a>/);
    assert.doesNotMatch(html, /javascript:/);
    assert.doesNotMatch(html, /\[the report\]/);
    assert.ok(!parsed.removed.some((r) => r.text.startsWith("[r]:")), "a definition is not reported as removed boilerplate");
  });

  test("should point footnote links at the ids actually emitted", () => {
    const html = renderBody(parse("f.md", `---\nheadline: Notes\ndate: 2024-01-01\n---\nA claim.[^1]\n\n[^1]: The source of the claim.\n`).articles[0]!);
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
    assert.ok(targets.length >= 2, html);
    for (const t of targets) assert.ok(ids.has(t), `#${t} points at no id in ${html}`);
  });
});

describe("bidi controls in bodies", () => {
  test("should be removed from bodies, Markdown and feeds, with a warning, keeping right-to-left text", async () => {
    const root = tempDir();
    const seeds = path.join(root, "seeds");
    mkdirSync(seeds);
    writeFileSync(path.join(seeds, "a.md"), `---\nheadline: Council approves bridge\ndate: 2024-03-01\n---\nThe council said \u202Eevil\u202C it would \u2066build\u2069 the bridge. محمد said so.\n`);
    writeFileSync(path.join(seeds, "b.txt"), `School board adds classes\n\nPublished March 2, 2024\n\nThe board \u202Dsaid\u202C the classes start in the autumn.\n`);
    const parsed = parse("a.md", readFileSync(path.join(seeds, "a.md"), "utf8"));
    assert.match(parsed.articles[0]!.warnings.map((w) => `${w.kind}: ${w.message}`).join("\n"), /unsafe-characters: the story's text held bidirectional-override/);
    const out = path.join(root, "dist");
    await build({ root, seeds, out, config: defaultConfig, search: false });
    const text = listFiles(out).filter((f) => /\.(html|xml|json)$/.test(f)).map((f) => readFileSync(path.join(out, f), "utf8")).join("\n");
    assert.doesNotMatch(text, /[\u202A-\u202E\u2066-\u2069]/);
    assert.match(readFileSync(path.join(out, "feed.xml"), "utf8"), /The council said evil it would build the bridge/);
    assert.ok(text.includes("محمد"));
  });
});

describe("dependencies", () => {
  test("should declare only runtime dependencies the code imports", () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { dependencies: Record<string, string> };
    const sources: string[] = [];
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const abs = path.join(dir, e.name);
        if (e.isDirectory()) walk(abs);
        else if (/\.(ts|mjs|js)$/.test(e.name)) sources.push(readFileSync(abs, "utf8"));
      }
    };
    walk(path.join(ROOT, "src"));
    walk(path.join(ROOT, "bin"));
    const code = sources.join("\n");
    for (const name of Object.keys(pkg.dependencies)) {
      const used = code.includes(`"${name}"`) || code.includes(`"${name}/`) || code.includes(`'${name}'`);
      assert.ok(used, `${name} is a dependency nothing in src/ or bin/ imports: remove it, or move it to devDependencies`);
    }
  });
});
