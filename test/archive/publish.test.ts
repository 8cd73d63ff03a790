// Drafts and scheduled articles: held back from every list, page and feed unless the configuration
// (or `--drafts`, or `dev`) says otherwise.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { archiveWarnings, buildArchive, heldBack, publishedOnly } from "../../src/archive/index.ts";
import { article, config } from "./helpers.ts";

const draft = () => article({ body: ["A draft."], draft: true, date: "2024-01-02", dateSource: "front-matter" });
const future = () => article({ body: ["Next year."], date: "2031-05-01", dateSource: "front-matter" });
const past = () => article({ body: ["Last year."], date: "2024-01-01", dateSource: "front-matter" });

describe("drafts and scheduled articles", () => {
  test("should leave drafts and front-matter dates after today out of the archive", () => {
    const [d, f, p] = [draft(), future(), past()];
    const archive = buildArchive([d, f, p], config());
    assert.deepEqual(archive.articles.map((a) => a.id), [p.id]);
    assert.equal(heldBack(d, config(), "2026-01-01"), "draft");
    assert.equal(heldBack(f, config(), "2026-01-01"), "scheduled");
  });

  test("should publish drafts with drafts: true and future dates with buildFuture: true", () => {
    const [d, f, p] = [draft(), future(), past()];
    assert.equal(buildArchive([d, f, p], config({ drafts: true })).articles.length, 2);
    assert.equal(buildArchive([d, f, p], config({ buildFuture: true })).articles.length, 2);
    assert.equal(publishedOnly([d, f, p], config({ drafts: true, buildFuture: true })).length, 3);
  });

  test("should publish an article on its day, and never hold back a header or inferred date", () => {
    const f = future();
    assert.equal(heldBack(f, config(), "2031-05-01"), null);
    assert.equal(heldBack({ ...f, dateSource: "header" }, config(), "2026-01-01"), null);
  });

  test("should report each scheduled article with its file and the setting that publishes it", () => {
    const f = future();
    const cfg = config();
    const warnings = archiveWarnings([f], buildArchive([f], cfg), "2026-01-01");
    const w = warnings.find((x) => x.kind === "scheduled");
    assert.ok(w, "a scheduled warning");
    assert.equal(w.file, f.origin.file);
    assert.match(w.message, /buildFuture/);
  });
});
