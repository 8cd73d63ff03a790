// Site-level template detection: lines that recur across a folder's files are furniture, not story.
import assert from "node:assert/strict";
import { test } from "node:test";
import { TemplateCounter, parseSource } from "../../src/ingest/index.ts";
import { lineKey } from "../../src/ingest/features/template.ts";
import { config } from "./helpers.ts";

const enc = (s: string) => new TextEncoder().encode(s);
const TOPICS = ["bridge", "library", "harbour", "school", "market"];
const PLACES = ["Eastfield", "Northgate", "the old quarter", "Riverside", "the valley"];
const story = (n: number) => {
  const t = TOPICS[n % 5]!, p = PLACES[n % 5]!;
  return `Harbour Town Gazette\n\nCouncil votes to rebuild the ${t} in ${p}\n\nThe council voted on Tuesday to rebuild the ${t}, which has stood empty in ${p} since the flood.\n\nPeople in ${p} said they were relieved that work on the ${t} would finally begin.\n\nSubscribe for unlimited digital access today and save\n\nAbout us Careers Contact\n`;
};

test("should give the same key to lines that differ only in case, quotes and spacing", () => {
  assert.equal(lineKey("Posted 3 hours ago  "), lineKey("posted  3 HOURS ago"));
  assert.notEqual(lineKey("Harbor plan advances 1"), lineKey("Harbor plan advances 2"), "numbered lines stay apart");
  assert.equal(lineKey("“Quoted”"), lineKey('"quoted"'));
  assert.notEqual(lineKey("Share this"), lineKey("Share that"));
  assert.equal(lineKey("x"), null);
});

test("should count a line as template only from the third file on", () => {
  const c = new TemplateCounter();
  c.setText("a.txt", story(1));
  c.setText("b.txt", story(2));
  assert.equal(c.snapshot().levels.get(lineKey("About us Careers Contact")!), undefined);
  c.setText("c.txt", story(3));
  assert.equal(c.snapshot().levels.get(lineKey("About us Careers Contact")!), 1);
  c.delete("c.txt");
  assert.equal(c.snapshot().levels.get(lineKey("About us Careers Contact")!), undefined, "a deleted file is taken back out");
});

test("should keep the snapshot (and its digest) when an edit moves no line across a level", () => {
  const c = new TemplateCounter();
  for (let i = 0; i < 4; i++) c.setText(`${i}.txt`, story(i));
  const before = c.snapshot();
  c.setText("0.txt", story(0) + "\nOne more paragraph that only this file has, about the bridge works.\n");
  assert.equal(c.snapshot(), before);
});

test("should remove furniture repeated across the folder and keep each story's own words", () => {
  const c = new TemplateCounter();
  for (let i = 1; i <= 4; i++) c.setText(`${i}.txt`, story(i));
  const fp = parseSource("1.txt", enc(story(1)), config, c.snapshot());
  assert.equal(fp.articles.length, 1);
  const a = fp.articles[0]!;
  assert.equal(a.headline, "Council votes to rebuild the library in Northgate");
  assert.deepEqual(a.body.map((p) => p.slice(0, 20)), ["The council voted on", "People in Northgate "]);
  assert.ok(fp.removed.some((r) => r.text === "About us Careers Contact"));
  assert.ok(fp.removed.some((r) => r.text.startsWith("Subscribe for unlimited")));
});

test("should not treat two copies of one story as template", () => {
  const c = new TemplateCounter();
  c.setText("a.txt", story(1));
  c.setText("copy-of-a.txt", story(1));
  c.setText("b.txt", story(2));
  const fp = parseSource("a.txt", enc(story(1)), config, c.snapshot());
  assert.equal(fp.articles[0]!.headline, "Council votes to rebuild the library in Northgate");
  assert.equal(fp.articles[0]!.body.length, 2);
});
