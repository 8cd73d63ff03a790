// A template mistake names the file and line to fix, and the page it broke; a misspelt override folder
// is an error instead of a silent fall-back to the built-in files.
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { checkOverrideFolder, ConfigError, TemplateError } from "../../src/model/index.ts";
import { Templates } from "../../src/render/templates.ts";
import { ROOT } from "../helpers/cli.ts";
import { tempDir } from "../helpers/site.ts";

const builtin = path.join(ROOT, "templates");

describe("template errors", () => {
  test("should name the line of a JavaScript syntax error inside <% %>", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "source.eta"), `<h1>x</h1>\n<% const a = 1 %>\n<% if (it.name { %>\n<p>y</p>\n<% } %>\n`);
    assert.throws(() => Templates.load([builtin, dir]), (e: unknown) => {
      assert.ok(e instanceof TemplateError);
      assert.equal(e.location?.file, path.join(dir, "source.eta"));
      assert.equal(e.location?.line, 3);
      assert.match(e.message, /Unexpected token/);
      return true;
    });
  });

  test("should name the partial, its line and the page of a runtime error", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "list.eta"), `<ul>\n<% for (const s of it.items) { %>\n<li><%= s.headline.toUpperCase() %></li>\n<% } %>\n</ul>\n`);
    const t = Templates.load([builtin, dir]);
    const data = { items: [], articles: [{}], name: "x", link: (p: string) => p, site: {}, page: { breadcrumbs: [] } };
    assert.throws(() => t.render("source", data, "/sources/x/"), (e: unknown) => {
      assert.ok(e instanceof TemplateError);
      assert.equal(e.location?.file, path.join(dir, "list.eta"));
      assert.equal(e.location?.line, 3);
      assert.match(e.message, /page \/sources\/x\/.*toUpperCase/);
      return true;
    });
  });
});

describe("override folders", () => {
  test("should refuse a configured folder that does not exist", () => {
    assert.throws(() => checkOverrideFolder(tempDir(), "templates", "my-templates", "templates"), (e: unknown) => e instanceof ConfigError && /"templates": "my-templates" names a folder that does not exist/.test(e.message));
  });

  test("should refuse a misspelt templates or public folder, and accept other folders", () => {
    const root = tempDir();
    mkdirSync(path.join(root, "template"));
    assert.throws(() => checkOverrideFolder(root, "templates", null, "templates"), /"template\/" looks like a misspelt "templates\/"/);
    const other = tempDir();
    mkdirSync(path.join(other, "publish"));
    mkdirSync(path.join(other, "seeds"));
    assert.doesNotThrow(() => checkOverrideFolder(other, "public", null, "public"));
    mkdirSync(path.join(other, "Public"));
    assert.throws(() => checkOverrideFolder(other, "public", null, "public"), /misspelt "public\/"/);
  });
});
