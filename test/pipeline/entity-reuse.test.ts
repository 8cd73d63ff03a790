// A CLI build keeps the last build's entity index when an edit touched no name (EntityReuse), and
// whatever the edit, the index it ends with is the one resolving every mention afresh gives.
import assert from "node:assert/strict";
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { buildArchive, newArchiveMemo, type Archive } from "../../src/archive/index.ts";
import { defaultConfig } from "../../src/model/index.ts";
import { BuildCache, type ShardedStore } from "../../src/pipeline/cache/disk-cache.ts";
import { EntityReuse } from "../../src/pipeline/cache/entity-reuse.ts";
import { ingest } from "../../src/pipeline/ingest.ts";
import type { PreparedFile } from "../../src/pipeline/workers/file-work.ts";
import { writeGeneratedCorpus } from "../helpers/generated-corpus.ts";
import { tempDir } from "../helpers/site.ts";

describe("EntityReuse", () => {
  const root = tempDir("newsarchive-entity-reuse-");
  const seeds = path.join(root, "seeds");
  const names = writeGeneratedCorpus(seeds, 40);
  const config = defaultConfig;

  /** One cached build's archive step: the records from the store, the archive with the last build's entity memo, the memo saved. */
  async function archiveStep(): Promise<{ archive: Archive; reused: boolean; fresh: Archive }> {
    const cache = new BuildCache(root, config);
    const files: ShardedStore<PreparedFile> = cache.store("files");
    const ingested = await ingest(seeds, config, { store: files, threads: 1 });
    const reuse = EntityReuse.load(cache, files, ingested, config);
    const memo = newArchiveMemo();
    memo.entities = reuse.memo;
    const archive = buildArchive(ingested.articles, config, ingested.mentions, memo, ingested.terms);
    reuse.save(cache, ingested);
    files.save();
    const fresh = buildArchive(ingested.articles, config, ingested.mentions, undefined, ingested.terms);
    return { archive, reused: reuse.reused, fresh };
  }

  const edit = (name: string, change: (text: string) => string) => {
    const file = path.join(seeds, name);
    writeFileSync(file, change(readFileSync(file, "utf8")));
  };

  test("should resolve afresh with no last build, and keep the index after an edit that names no one", async () => {
    const first = await archiveStep();
    assert.equal(first.reused, false, "nothing to reuse in a first build");
    assert.ok(first.archive.entities.entities.length > 0, "the generated corpus has entities");
    appendFileSync(path.join(seeds, names[5]!), "\nthe council said the vote was close.\n");
    const second = await archiveStep();
    assert.equal(second.reused, true, "an edit without names keeps the index");
    assert.deepEqual(second.archive.entities, second.fresh.entities);
  });

  test("should resolve afresh when an edit adds a name, moves a mentioned paragraph, or removes an article", async () => {
    // A person now named in two articles: a new entity page.
    for (const n of [names[3]!, names[9]!]) appendFileSync(path.join(seeds, n), "\nMayor Quentin Ashgrove said the ferry would run.\n");
    const added = await archiveStep();
    assert.equal(added.reused, false);
    assert.deepEqual(added.archive.entities, added.fresh.entities);
    assert.ok(added.archive.entities.entities.some((e) => e.name === "Quentin Ashgrove"), "the new name has an entity");
    // The same name, but words before it in its paragraph: its mention moves, and its snippet.
    edit(names[9]!, (text) => text.replace("Mayor Quentin", "Late on Monday, Mayor Quentin"));
    const moved = await archiveStep();
    assert.equal(moved.reused, false);
    assert.deepEqual(moved.archive.entities, moved.fresh.entities);
    // An article gone: other ids.
    writeFileSync(path.join(seeds, names[3]!), "");
    const removed = await archiveStep();
    assert.equal(removed.reused, false);
    assert.deepEqual(removed.archive.entities, removed.fresh.entities);
    // And back to a quiet edit: kept again, still equal.
    appendFileSync(path.join(seeds, names[20]!), "\nthe budget report was late.\n");
    const quiet = await archiveStep();
    assert.equal(quiet.reused, true);
    assert.deepEqual(quiet.archive.entities, quiet.fresh.entities);
  });
});
