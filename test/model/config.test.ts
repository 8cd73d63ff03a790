import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { loadConfig } from "../../src/config.ts";
import { ConfigError } from "../../src/model/index.ts";
import { tempDir } from "../helpers/site.ts";

function configFile(text: string): string {
  const file = path.join(tempDir(), "newsarchive.config.json");
  writeFileSync(file, text);
  return file;
}

describe("configuration", () => {
  test("should give defaults for everything when there is no file", () => {
    const config = loadConfig(path.join(tempDir(), "missing.json"));
    assert.equal(config.timeZone, "UTC");
    assert.equal(config.homeCount, 20);
  });

  test("should name every invalid key", () => {
    const file = configFile(JSON.stringify({ timeZone: "Mars/Olympus", homeCount: -1, colour: "red" }));
    assert.throws(() => loadConfig(file), (e: unknown) => {
      assert.ok(e instanceof ConfigError);
      assert.match(e.message, /timeZone: unknown time zone/);
      assert.match(e.message, /homeCount:/);
      assert.match(e.message, /colour/);
      return true;
    });
  });

  test("should point at the line of a JSON syntax error", () => {
    const file = configFile('{\n  "title": "x",\n  oops\n}');
    assert.throws(() => loadConfig(file), (e: unknown) => e instanceof ConfigError && e.location?.line === 3);
  });

  test("should let command-line overrides win", () => {
    const file = configFile(JSON.stringify({ baseUrl: "https://a.example/" }));
    assert.equal(loadConfig(file, { baseUrl: "https://b.example/news/" }).baseUrl, "https://b.example/news/");
  });
});

describe("configuration typos", () => {
  test("should suggest the key a misspelt one most likely means", () => {
    const file = configFile(JSON.stringify({ titel: "My archive", timezone: "UTC" }));
    assert.throws(() => loadConfig(file), /"titel" — did you mean "title"\?.*"timezone" — did you mean "timeZone"\?/s);
  });
});
