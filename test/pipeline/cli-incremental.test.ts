// A CLI build after an edit renders only the pages whose data changed and keeps the others' files
// from the last build; its output is byte for byte what a clean build of the same inputs writes.
import assert from "node:assert/strict";
import { appendFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { cli, ROOT } from "../helpers/cli.ts";
import { writeGeneratedCorpus } from "../helpers/generated-corpus.ts";
import { listFiles, tempDir } from "../helpers/site.ts";

/** The render stage's line of a verbose build: pages in all, those kept from the last build, and feed files kept. */
function renderLine(stdout: string): { pages: number; kept: number; feedsKept: number } {
  const m = /render .* (\d+) pages \((\d+) kept from the last build\), (\d+) feed files kept/.exec(stdout);
  assert.ok(m, `no render line with kept pages in:\n${stdout}`);
  return { pages: Number(m[1]), kept: Number(m[2]), feedsKept: Number(m[3]) };
}

/** The feed files of a built site. */
const feedFiles = (dir: string) => listFiles(dir).filter((f) => /(^|\/)(feed\.xml|rss\.xml|feed\.json)$/.test(f));

function assertSameSite(a: string, b: string): void {
  const files = listFiles(a);
  assert.deepEqual(listFiles(b), files);
  for (const f of files) assert.ok(readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f))), `${f} differs from a clean build`);
}

describe("CLI build after an edit", () => {
  const root = tempDir("newsarchive-cli-incremental-");
  const names = writeGeneratedCorpus(path.join(root, "seeds"), 120);
  const build = (...args: string[]) => {
    const r = cli(["build", "--verbose", ...args], root);
    assert.equal(r.code, 0, r.stderr);
    return r;
  };

  test("should render only the pages an edited article reaches, and write what a clean build writes", () => {
    const first = renderLine(build("--out", "dist").stdout);
    assert.equal(first.kept, 0, "a first build has nothing to keep");
    const folder = statSync(path.join(root, "dist")).ino;
    const bundles = () => new Map(listFiles(path.join(root, "dist")).filter((f) => f.startsWith("pagefind/")).map((f) => [f, statSync(path.join(root, "dist", f)).ino]));
    const before = bundles();
    appendFileSync(path.join(root, "seeds", names[60]!), "\nThe ferry schedule changes again next week, officials said.\n");
    const rebuilt = build("--out", "dist").stdout;
    const second = renderLine(rebuilt);
    // The edit named no one and changed no byline: the last build's indexes stand (see test/pipeline/archive-reuse.test.ts).
    assert.match(rebuilt, /archive .* \(entities and authors: the last build's index, unchanged\)/);
    // One search shard is indexed again; the others' bundles stay where they are, the same files.
    const search = /(\d+) articles in (\d+) shards \((\d+) indexed, (\d+) from the cache\)/.exec(rebuilt);
    assert.ok(search && Number(search[2]) > 1, `several shards:\n${rebuilt}`);
    assert.equal(Number(search[3]), 1, "only the edited article's shard is indexed again");
    const after = bundles();
    const stayed = [...after].filter(([f, ino]) => before.get(f) === ino).length;
    assert.ok(stayed > 0 && stayed < after.size, `${stayed} of ${after.size} bundle files stayed in place`);
    // Those bundles are not written again either (they used to be linked into the staging folder and moved back).
    const written = Number(/(\d+) written, \d+ unchanged/.exec(rebuilt)?.[1]);
    assert.ok(written < after.size - stayed + 100, `${written} files written for ${after.size - stayed} new bundle files:\n${rebuilt}`);
    // The folder is as the last build left it: patched in place, not replaced by a new one.
    assert.equal(statSync(path.join(root, "dist")).ino, folder, "the site folder was patched in place");
    assert.equal(second.pages, first.pages);
    assert.ok(second.kept > 0 && second.kept < second.pages, `kept ${second.kept} of ${second.pages}`);
    // Feeds are generated again only where the edited article is listed (the site's, its authors', its entities').
    const feeds = feedFiles(path.join(root, "dist")).length;
    assert.equal(first.feedsKept, 0, "a first build has no feeds to keep");
    assert.ok(second.feedsKept > feeds / 2 && second.feedsKept < feeds, `${second.feedsKept} of ${feeds} feed files kept`);
    build("--no-cache", "--out", "clean");
    assertSameSite(path.join(root, "clean"), path.join(root, "dist"));
  });

  test("should make again the article pages around an article that moved (neighbours, related coverage, bylines), and only a few", () => {
    // A new headline and a new byline: the neighbours' links, author pages and related lists that show it change.
    const file = path.join(root, "seeds", names[33]!);
    writeFileSync(file, readFileSync(file, "utf8").replace(/^headline: .*$/m, 'headline: "A headline rewritten by the desk"').replace(/^(author|bylines?): .*$/m, '$1: "Zora Quill"'));
    const after = renderLine(build("--out", "dist").stdout);
    assert.ok(after.kept > after.pages / 2, `kept ${after.kept} of ${after.pages}`);
    // The feeds that list it (its author's old and new pages, its entities', the site's) are made again, not the others.
    const feeds = feedFiles(path.join(root, "dist")).length;
    assert.ok(after.feedsKept > feeds / 2 && after.feedsKept < feeds, `${after.feedsKept} of ${feeds} feed files kept`);
    build("--no-cache", "--out", "clean");
    assertSameSite(path.join(root, "clean"), path.join(root, "dist"));
  });

  test("should resolve the entities again when an edit adds a name, and write what a clean build writes", () => {
    appendFileSync(path.join(root, "seeds", names[40]!), "\nOfficials said the ferry to Quarnby Valley would run.\n");
    appendFileSync(path.join(root, "seeds", names[41]!), "\nThe new bridge in Quarnby Valley opened.\n");
    const stdout = build("--out", "dist").stdout;
    // A place now named in two articles: a new entity, so the entity index is not the last build's.
    assert.match(stdout, /archive .* authors \(authors: the last build's index, unchanged\)/);
    assert.ok(renderLine(stdout).kept > 0, "pages the new place does not reach are kept");
    assert.ok(listFiles(path.join(root, "dist")).some((f) => f.includes("quarnby-valley")), "the new place has its page");
    build("--no-cache", "--out", "clean");
    assertSameSite(path.join(root, "clean"), path.join(root, "dist"));
  });

  test("should render every page again when a template changes, and a page whose file was altered since", () => {
    mkdirSync(path.join(root, "templates"), { recursive: true });
    const template = readFileSync(path.join(ROOT, "templates", "404.eta"), "utf8");
    writeFileSync(path.join(root, "templates", "404.eta"), template.replace("</", "<!-- edited --></"));
    const after = renderLine(build("--out", "dist").stdout);
    assert.equal(after.kept, 0, "a template change reaches every page");
    // Someone edits a page of the built site by hand: the next build does not keep it.
    const home = path.join(root, "dist", "index.html");
    writeFileSync(home, readFileSync(home, "utf8").replace("</body>", "<p>hand-made</p></body>"));
    appendFileSync(path.join(root, "seeds", names[7]!), "\nA late correction to this story.\n");
    const folder = statSync(path.join(root, "dist")).ino;
    build("--out", "dist");
    assert.notEqual(statSync(path.join(root, "dist")).ino, folder, "a folder altered by hand is replaced whole, not patched");
    build("--no-cache", "--out", "clean");
    assertSameSite(path.join(root, "clean"), path.join(root, "dist"));
  });
});
