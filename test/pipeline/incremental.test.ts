// The dev engine's caches (feeds, related articles, entities, page fingerprints) against clean builds:
// after every kind of edit, the live folder must hold exactly the files a clean build of the same seeds writes.
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { DirectWriter } from "../../src/output/direct-writer.ts";
import { SiteEngine } from "../../src/pipeline/incremental/engine.ts";
import { Superseded } from "../../src/pipeline/incremental/turns.ts";
import { defaultConfig } from "../../src/model/index.ts";
import { build } from "../../src/pipeline/index.ts";
import { listFiles, tempDir } from "../helpers/site.ts";

interface Story { headline: string; date: string; bylines: string[]; body: string }

const markdown = (s: Story) => `---\nheadline: "${s.headline}"\ndate: ${s.date}\nbylines: ${JSON.stringify(s.bylines)}\n---\n${s.body}\n`;

/** A project whose seeds are edited in place, with an engine applying each edit like the dev server. */
async function project(stories: Record<string, Story>) {
  const root = tempDir("newsarchive-incremental-");
  const seeds = path.join(root, "seeds");
  const live = path.join(root, "live");
  mkdirSync(seeds);
  for (const [file, s] of Object.entries(stories)) writeFileSync(path.join(seeds, file), markdown(s));
  const engine = new SiteEngine({ root, seeds, config: defaultConfig, writer: new DirectWriter(live), cache: new Map() });
  await engine.full();
  return {
    live,
    engine,
    /** The warnings of the last clean build `assertClean` made. */
    warnings: [] as string[],
    async save(file: string, s: Story | null) {
      const abs = path.join(seeds, file);
      if (s) writeFileSync(abs, markdown(s));
      else rmSync(abs);
      return engine.apply([{ kind: "content", path: abs }]);
    },
    /** Writes (or with null removes) any file under the seeds folder, such as an image beside a seed. */
    async put(file: string, bytes: Uint8Array | null) {
      const abs = path.join(seeds, file);
      if (bytes) mkdirSync(path.dirname(abs), { recursive: true }), writeFileSync(abs, bytes);
      else rmSync(abs);
      return engine.apply([{ kind: "content", path: abs }]);
    },
    /** Every file of the live folder against a clean build, byte for byte. */
    async assertClean(what: string) {
      // In this process: the engine's state is its own object, so a cold build here starts as clean as in a new process.
      const clean = path.join(tempDir(), "dist");
      const report = await build({ root, seeds, out: clean, config: defaultConfig, search: false });
      assert.deepEqual(report.errors, []);
      this.warnings = report.warnings.map((w) => w.message);
      const files = listFiles(clean).filter((f) => !f.startsWith("pagefind/"));
      assert.deepEqual(listFiles(live), files, `${what}: the same files`);
      for (const f of files) assert.ok(readFileSync(path.join(clean, f)).equals(readFileSync(path.join(live, f))), `${what}: ${f} differs from a clean build`);
    },
  };
}

const filler = "The committee met again on Tuesday to discuss the proposal in detail.";
const stories: Record<string, Story> = {
  "a.md": { headline: "Harbour dredging begins", date: "2025-03-01T09:00:00Z", bylines: ["Ada Lane"], body: `Dredging of the harbour channel began near Port Vell, said Maria Costa.\n\n${filler}` },
  "b.md": { headline: "Harbour channel deepened", date: "2025-03-05T09:00:00Z", bylines: ["Ada Lane", "Ben Okafor"], body: `Maria Costa said the harbour channel near Port Vell is now deeper.\n\n${filler}` },
  "c.md": { headline: "Library opens late", date: "2025-04-02T09:00:00Z", bylines: ["Ben Okafor"], body: `The city library will open late on weekdays, said Tomas Berg.\n\n${filler}` },
  "d.md": { headline: "Library budget approved", date: "2025-04-09T09:00:00Z", bylines: ["Cleo Hart"], body: `Tomas Berg welcomed the library budget for reading rooms.\n\n${filler}` },
  "e.md": { headline: "Tram line extended", date: "2025-05-01T09:00:00Z", bylines: ["Cleo Hart"], body: `The tram line reaches the stadium from June, officials said.\n\n${filler}` },
};

describe("incremental rebuilds match clean builds", () => {
  test("an edit that moves an article between entity feeds and related lists", async () => {
    const p = await project(stories);
    await p.assertClean("first build");
    // e now names Tomas Berg and library words: it joins his entity page and feed and the library stories' related lists.
    await p.save("e.md", { ...stories["e.md"]!, body: `Tomas Berg said the library tram stop opens in June, with reading rooms nearby.\n\n${filler}` });
    await p.assertClean("after joining an entity");
    // c no longer names him: with fewer than two articles left in common, entity pages and feeds change again.
    await p.save("c.md", { ...stories["c.md"]!, body: `The city library will open late on weekdays.\n\n${filler}` });
    await p.assertClean("after leaving an entity");
    await p.save("d.md", { ...stories["d.md"]!, body: `The reading rooms budget was approved.\n\n${filler}` });
    await p.assertClean("after an entity lost its page and feed");
  });

  test("an edit that changes dates, bylines and author slugs seen by feeds", async () => {
    const p = await project(stories);
    // a moves to the newest date: the site feed's order and its first item (the feed's updated date) change.
    await p.save("a.md", { ...stories["a.md"]!, date: "2025-06-01T09:00:00Z" });
    await p.assertClean("after a date change");
    // A second Ada Lane spelled differently and a new author: author pages, slugs and credits in feeds change.
    await p.save("b.md", { ...stories["b.md"]!, bylines: ["Ada B. Lane", "Dana Wu"] });
    await p.assertClean("after a byline change");
    await p.save("c.md", { ...stories["c.md"]!, headline: "Library opens late on weekdays" });
    await p.assertClean("after a headline change");
    // Summary feeds (authors, entities) show the lead: a paragraph added below it changes pages, not them; a new lead does.
    await p.save("b.md", { ...stories["b.md"]!, bylines: ["Ada B. Lane", "Dana Wu"], body: `${stories["b.md"]!.body}\n\nA closing paragraph typed later.` });
    await p.assertClean("after an edit below the lead");
    await p.save("b.md", { ...stories["b.md"]!, bylines: ["Ada B. Lane", "Dana Wu"], body: `Maria Costa said the channel near Port Vell is deeper now.\n\n${filler}` });
    await p.assertClean("after a new lead");
  });

  test("adding and removing articles", async () => {
    const p = await project(stories);
    await p.save("f.md", { headline: "Harbour works finished", date: "2025-07-01T09:00:00Z", bylines: ["Ada Lane"], body: `Maria Costa opened the deeper harbour channel at Port Vell.\n\n${filler}` });
    await p.assertClean("after adding an article");
    await p.save("a.md", null);
    await p.save("b.md", null);
    await p.assertClean("after removing articles");
    await p.save("a.md", stories["a.md"]!);
    await p.assertClean("after restoring an article");
  });
});

describe("the dev engine's quick pass and stopped passes", () => {
  const snapshot = (dir: string) => new Map(listFiles(dir).map((f) => [f, readFileSync(path.join(dir, f), "utf8")]));

  test("an edit of what an article says shows on its page at once; a stopped full pass leaves the site as it was; the next catches up", async () => {
    const p = await project(stories);
    const abs = path.join(p.live, "..", "seeds", "c.md");
    writeFileSync(abs, markdown({ ...stories["c.md"]!, body: `The city library will open late on weekdays and Sundays, said Tomas Berg.\n\n${filler}` }));
    const quick = p.engine.preview([{ kind: "content", path: abs }]);
    assert.ok(quick, "a body edit is previewed");
    assert.equal(quick.partial, true);
    assert.deepEqual(quick.changed, ["2025/04/02/library-opens-late/index.html"]);
    assert.match(readFileSync(path.join(p.live, quick.changed[0]!), "utf8"), /weekdays and Sundays/);
    const before = snapshot(p.live);
    // Newer changes wait: the pass stops before it writes anything.
    await assert.rejects(p.engine.apply([{ kind: "content", path: abs }], () => true), Superseded);
    assert.deepEqual(snapshot(p.live), before, "a stopped pass changed nothing on the site");
    // The next pass owes the stopped one's work, whatever its own changes (here none).
    const full = await p.engine.apply([]);
    assert.ok(full.pagesRendered > 0);
    await p.assertClean("after a stopped pass and the next");
  });

  test("an edit that moves an article (headline, date, bylines) or removes one is not previewed", async () => {
    const p = await project(stories);
    const abs = path.join(p.live, "..", "seeds", "d.md");
    for (const s of [{ ...stories["d.md"]!, headline: "Library budget passed" }, { ...stories["d.md"]!, date: "2025-04-10T09:00:00Z" }, { ...stories["d.md"]!, bylines: ["Dana Wu"] }]) {
      writeFileSync(abs, markdown(s));
      assert.equal(p.engine.preview([{ kind: "content", path: abs }]), null, JSON.stringify(s));
    }
    rmSync(abs);
    assert.equal(p.engine.preview([{ kind: "content", path: abs }]), null, "a removed file");
    assert.equal(p.engine.preview([{ kind: "template", path: abs }]), null, "a template change");
  });
});

/** The first bytes of a PNG file (signature and IHDR), enough for its width and height to be read. */
function png(width: number, height: number): Uint8Array {
  const bytes = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes, 0);
  bytes.writeUInt32BE(13, 8);
  bytes.write("IHDR", 12, "latin1");
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  bytes.set([8, 6, 0, 0, 0], 24);
  return bytes;
}

test("an image beside a seed, added, replaced and removed while dev runs, reaches the page as a clean build has it", async () => {
  const withImage = { ...stories, "a.md": { ...stories["a.md"]!, body: `![The dredger at work](images/dredger.png)\n\n${stories["a.md"]!.body}` } };
  const p = await project(withImage);
  const page = () => readFileSync(path.join(p.live, "2025/03/01/harbour-dredging-begins/index.html"), "utf8");
  await p.assertClean("an image missing");
  assert.ok(p.warnings.some((w) => /image "images\/dredger\.png" was not found/.test(w)));
  const added = await p.put("images/dredger.png", png(40, 30));
  assert.ok(added.changed.includes("2025/03/01/harbour-dredging-begins/images/dredger.png"), added.changed.join(", "));
  assert.match(page(), /<img src="\/2025\/03\/01\/harbour-dredging-begins\/images\/dredger\.png" alt="The dredger at work" width="40" height="30"/);
  await p.assertClean("after adding the image");
  const replaced = await p.put("images/dredger.png", png(80, 60));
  assert.deepEqual(replaced.changed.sort(), ["2025/03/01/harbour-dredging-begins/images/dredger.png", "2025/03/01/harbour-dredging-begins/index.html"], "the copy and its page, nothing else");
  assert.ok(readFileSync(path.join(p.live, "2025/03/01/harbour-dredging-begins/images/dredger.png")).equals(png(80, 60)));
  assert.match(page(), /width="80" height="60"/);
  await p.assertClean("after replacing the image");
  const removed = await p.put("images/dredger.png", null);
  assert.ok(removed.changed.includes("2025/03/01/harbour-dredging-begins/images/dredger.png"));
  await p.assertClean("after removing the image");
});

test("the parse cache holds one parse per seed file however often files are saved or removed", async () => {
  const root = tempDir("newsarchive-incremental-");
  const seeds = path.join(root, "seeds");
  mkdirSync(seeds);
  for (const [file, s] of Object.entries(stories)) writeFileSync(path.join(seeds, file), markdown(s));
  const cache = new Map();
  const engine = new SiteEngine({ root, seeds, config: defaultConfig, writer: new DirectWriter(path.join(root, "live")), cache });
  await engine.full();
  const files = Object.keys(stories).length;
  assert.equal(cache.size, files);
  for (let i = 0; i < 5; i++) {
    writeFileSync(path.join(seeds, "a.md"), markdown({ ...stories["a.md"]!, body: `${stories["a.md"]!.body}\n\nEdit ${i}.` }));
    await engine.apply([{ kind: "content", path: path.join(seeds, "a.md") }]);
  }
  assert.equal(cache.size, files);
  rmSync(path.join(seeds, "b.md"));
  await engine.apply([{ kind: "content", path: path.join(seeds, "b.md") }]);
  assert.equal(cache.size, files - 1);
});
