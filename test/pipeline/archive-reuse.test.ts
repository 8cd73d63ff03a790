// A CLI build keeps the last build's entity index when an edit touched no name, and its author
// index when it touched no byline (ArchiveReuse); whatever the edit, the indexes it ends with are
// the ones resolving every record afresh gives.
import assert from "node:assert/strict";
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { buildArchive, type Archive } from "../../src/archive/index.ts";
import { defaultConfig } from "../../src/model/index.ts";
import { BuildCache, parseStores } from "../../src/pipeline/cache/disk-cache.ts";
import { ArchiveReuse } from "../../src/pipeline/cache/archive-reuse.ts";
import { ingest } from "../../src/pipeline/ingest.ts";
import { writeGeneratedCorpus } from "../helpers/generated-corpus.ts";
import { tempDir } from "../helpers/site.ts";

describe("ArchiveReuse", () => {
  const root = tempDir("newsarchive-entity-reuse-");
  const seeds = path.join(root, "seeds");
  const names = writeGeneratedCorpus(seeds, 40);
  const config = defaultConfig;

  /** One cached build's archive step: the records from the store, the archive with the last build's entity memo, the memo saved. */
  async function archiveStep(): Promise<{ archive: Archive; reused: string[]; fresh: Archive }> {
    const cache = new BuildCache(root, config);
    const stores = parseStores(cache);
    const ingested = await ingest(seeds, config, { store: stores, threads: 1 });
    const reuse = ArchiveReuse.load(cache, stores.files, ingested, config);
    const archive = buildArchive(ingested.articles, config, ingested.mentions, reuse.memo, ingested.terms);
    reuse.save(cache, ingested);
    stores.files.save();
    stores.bodies.save();
    const fresh = buildArchive(ingested.articles, config, ingested.mentions, undefined, ingested.terms);
    assert.deepEqual(archive.entities, fresh.entities, "the entity index a fresh resolution gives");
    assert.deepEqual(archive.authors, fresh.authors, "the author index a fresh resolution gives");
    return { archive, reused: reuse.reused, fresh };
  }

  const edit = (name: string, change: (text: string) => string) => {
    const file = path.join(seeds, name);
    writeFileSync(file, change(readFileSync(file, "utf8")));
  };

  test("should resolve afresh with no last build, and keep both indexes after an edit that names no one", async () => {
    const first = await archiveStep();
    assert.deepEqual(first.reused, [], "nothing to reuse in a first build");
    assert.ok(first.archive.entities.entities.length > 0 && first.archive.authors.authors.length > 0, "the generated corpus has entities and authors");
    appendFileSync(path.join(seeds, names[5]!), "\nthe council said the vote was close.\n");
    assert.deepEqual((await archiveStep()).reused, ["entities", "authors"], "an edit without names keeps both");
  });

  test("should resolve afresh what an edit reaches: a name added or moved, a byline changed, an article removed", async () => {
    // A person now named in two articles: a new entity page; the bylines are as they were.
    for (const n of [names[3]!, names[9]!]) appendFileSync(path.join(seeds, n), "\nMayor Quentin Ashgrove said the ferry would run.\n");
    const added = await archiveStep();
    assert.deepEqual(added.reused, ["authors"]);
    assert.ok(added.archive.entities.entities.some((e) => e.name === "Quentin Ashgrove"), "the new name has an entity");
    // The same name, but words before it in its paragraph: its mention moves, and its snippet.
    edit(names[9]!, (text) => text.replace("Mayor Quentin", "Late on Monday, Mayor Quentin"));
    assert.deepEqual((await archiveStep()).reused, ["authors"]);
    // Another byline: a new author, the same mentions.
    edit(names[12]!, (text) => text.replace(/^bylines: .*$/m, 'bylines: ["Zora Quill"]'));
    const byline = await archiveStep();
    assert.deepEqual(byline.reused, ["entities"]);
    assert.ok(byline.archive.authors.authors.some((a) => a.name === "Zora Quill"), "the new byline has an author page");
    // An article gone: other ids, nothing kept.
    writeFileSync(path.join(seeds, names[3]!), "");
    assert.deepEqual((await archiveStep()).reused, []);
    // And back to a quiet edit: both kept again.
    appendFileSync(path.join(seeds, names[20]!), "\nthe budget report was late.\n");
    assert.deepEqual((await archiveStep()).reused, ["entities", "authors"]);
  });
});
