// Promos a broadcaster's page glues to the end of a paragraph are cut and reported; a sentence that
// happens to mention watching stays.
import assert from "node:assert/strict";
import { test } from "node:test";
import { parseText } from "./helpers.ts";

const story = (tail: string) => ["Bridge reopens after repairs", "", `The river bridge reopened to traffic on Monday after four months of repairs, the city said.${tail}`, "", "Buses return to their usual routes from Tuesday, and cyclists get a wider lane on the east side."].join("\n");

test("'Now playing:', 'Video:' with a version number, and 'Watch Title 01:45' glued to a paragraph are cut", () => {
  for (const tail of ["  Now playing: City Budget: What the Vote Means", " Video: Release 12.2 of the Planning Tool Is Out!", " Watch Council Meets on Flood Plans 01:45", " WATCH: Storm Clean-up Continues (2:31)"]) {
    const fp = parseText("bridge.txt", story(tail));
    assert.equal(fp.articles[0]!.body[0], "The river bridge reopened to traffic on Monday after four months of repairs, the city said.", tail);
    assert.ok(fp.removed.some((r) => r.partial && tail.trim().startsWith(r.text.slice(0, 10))), `reported: ${tail}`);
  }
});

test("a sentence about watching is the story's text", () => {
  const fp = parseText("bridge.txt", story(" Residents came to watch the first buses cross at 06:15"));
  assert.match(fp.articles[0]!.body[0]!, /watch the first buses cross at 06:15$/);
});
