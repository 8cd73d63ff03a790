import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { buildArchive } from "../../src/archive/index.ts";
import { LiveSearch } from "../../src/dev/live-search.ts";
import { defaultConfig } from "../../src/model/index.ts";
import { dated, makeArticle } from "../helpers/articles.ts";
import { tempDir } from "../helpers/site.ts";

test("should index the dev site's shards in the background, then after an edit only the edited article's shard", async () => {
  const out = tempDir();
  const lines: string[] = [];
  const search = new LiveSearch(out, (l) => lines.push(l));
  const records = [dated("2023-05-01", { body: ["Ferries ran late."] }), dated("2024-05-01", { body: ["Harbour news."] }), makeArticle({ body: ["No date here."] })];
  try {
    search.update(buildArchive(records, defaultConfig));
    await search.settled();
    assert.deepEqual(lines, ["search index ready (3 articles; 3 of 3 shards indexed)"]);
    assert.deepEqual(readdirSync(path.join(out, "pagefind")).sort(), ["2023", "2024", "undated"]);
    // The 2024 article is edited (a new record with the same id, as a re-parse makes it).
    const edited = records.map((r) => (r.date?.startsWith("2024") ? { ...r, body: ["Harbour news, updated."] } : r));
    search.update(buildArchive(edited, defaultConfig));
    await search.settled();
    assert.equal(lines[1], "search index updated (3 articles; 1 of 3 shards indexed)");
    // A rebuild that changed no article indexes nothing and says nothing.
    search.update(buildArchive(edited, defaultConfig));
    await search.settled();
    assert.equal(lines.length, 2);
  } finally {
    await search.close();
  }
});
