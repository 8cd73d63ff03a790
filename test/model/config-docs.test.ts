// docs/config.md is generated from the schema; this fails when someone changes the schema and forgets to regenerate it.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { configReference } from "../../src/model/config-docs.ts";
import { SiteConfig } from "../../src/model/index.ts";

test("docs/config.md should be the reference generated from the schema (run npm run docs:config)", () => {
  const doc = readFileSync(new URL("../../docs/config.md", import.meta.url), "utf8");
  assert.equal(doc, configReference());
  for (const key of Object.keys(SiteConfig.shape)) assert.match(doc, new RegExp(`\\| \`${key}\` \\|`), key);
});
