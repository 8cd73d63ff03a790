// The site-wide files (sitemap, feeds, redirects) made in steps for the dev server, which drops a
// pass halfway when newer edits arrive: what SiteFiles remembers must stay what is on disk.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { buildArchive, newArchiveMemo } from "../../src/archive/index.ts";
import { SiteFiles } from "../../src/output/site-files.ts";
import { siteView } from "../../src/render/index.ts";
import { dated } from "../helpers/articles.ts";
import { config } from "../helpers/publish.ts";

const site = siteView(config);
const jane = { name: "Jane Doe", role: "author", location: null } as const;
const omar = { name: "Omar Haddad", role: "author", location: null } as const;
const before = [
  dated("2025-03-01", { headline: "Council votes on the budget", bylines: [jane], tags: ["budget"], body: ["The council met.", "It voted late."] }),
  dated("2025-03-02", { headline: "Bridge reopens after repairs", bylines: [omar], tags: ["transport"], body: ["Traffic returned."] }),
  dated("2025-03-03", { headline: "Schools plan a longer term", bylines: [jane, omar], tags: ["budget"], body: ["Parents were asked."] }),
];
// The second story's headline is edited: the site feeds and the feeds that list it change.
const after = [before[0]!, { ...before[1]!, headline: "Bridge reopens after long repairs" }, before[2]!];
const urls = ["/", "/2025/", "/authors/"];

/** The files an update hands over to be written, by name. */
function written(update: { write: Array<[string, unknown]> }): string[] {
  return update.write.map(([file]) => file).sort();
}

describe("SiteFiles in steps", () => {
  test("an update run to its end in steps hands over what `update` does", () => {
    const memo = newArchiveMemo();
    const steps = new SiteFiles({ remember: true }).updateSteps(buildArchive(before, config, undefined, memo), site, urls);
    let step = steps.next();
    let yields = 0;
    for (; !step.done; step = steps.next()) yields++;
    assert.ok(yields > 3, `it gives turns (${yields})`);
    const whole = new SiteFiles({ remember: true }).update(buildArchive(before, config, undefined, newArchiveMemo()), site, urls);
    assert.deepEqual(written(step.value), written(whole));
  });

  test("an update left unfinished at any step leaves the memo as the last finished one", () => {
    const memo = newArchiveMemo();
    const first = buildArchive(before, config, undefined, memo);
    const second = buildArchive(after, config, undefined, memo);
    // What a pass that was never interrupted hands over after the edit.
    const plain = new SiteFiles({ remember: true });
    plain.update(first, site, urls);
    const expected = written(plain.update(second, site, urls));
    assert.ok(expected.includes("feed.xml"), "the edit changes the site feed");
    let stops = 0;
    for (let stop = 1; ; stop++) {
      const files = new SiteFiles({ remember: true });
      files.update(first, site, urls);
      // A dev pass dropped after `stop` steps (none of what it made was written), unless it ended before.
      const dropped = files.updateSteps(second, site, urls);
      let ended = false;
      for (let k = 0; k < stop && !ended; k++) ended = dropped.next().done === true;
      if (ended) break;
      assert.deepEqual(written(files.update(second, site, urls)), expected, `dropped after ${stop} steps`);
      stops++;
    }
    assert.ok(stops >= 3, `the update was dropped at ${stops} different steps`);
  });
});
