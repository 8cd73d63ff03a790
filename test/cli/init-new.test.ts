// `newsarchive init DIR` and `newsarchive new "Headline"`, run as a user would, in temporary folders.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { cli, ROOT } from "../helpers/cli.ts";
import { tempDir } from "../helpers/site.ts";

const version = (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version;

describe("newsarchive init", () => {
  test("should scaffold a project with a neutral config, an example article, override folders, CI and a package.json", () => {
    const parent = tempDir();
    const r = cli(["init", "My Archive"], parent);
    assert.equal(r.code, 0, r.stderr);
    const dir = path.join(parent, "My Archive");
    const config = JSON.parse(readFileSync(path.join(dir, "newsarchive.config.json"), "utf8"));
    assert.equal(config.title, "News Archive");
    assert.deepEqual(config.anchors, []);
    assert.doesNotMatch(JSON.stringify(config), /Ukraine|invasion/);
    const pkg = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8"));
    assert.equal(pkg.name, "my-archive");
    assert.equal(pkg.dependencies.newsarchive, `^${version}`);
    const workflow = readFileSync(path.join(dir, ".github/workflows/publish.yml"), "utf8");
    assert.match(workflow, /run: npx newsarchive build --out dist --base-url .* --fail-on /);
    assert.match(workflow, /run: npx newsarchive check --out dist/);
    assert.doesNotMatch(workflow, /npm test|bin\/newsarchive/);
    assert.match(readFileSync(path.join(dir, ".gitignore"), "utf8"), /^dist\/$/m);
    assert.match(readFileSync(path.join(dir, "templates/README.txt"), "utf8"), /replaces that one/);
    assert.match(readFileSync(path.join(dir, "public/custom.css"), "utf8"), /loads it after the built-in style\.css/);
    const [article] = r.stdout.match(/seeds\/\d{4}\/\d{2}\/welcome\.md/) ?? [];
    assert.ok(article && existsSync(path.join(dir, article)), r.stdout);
  });

  test("should refuse a folder that holds files, and with --force add only the missing ones", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "newsarchive.config.json"), '{ "title": "Mine" }\n');
    const refused = cli(["init", dir]);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /is not empty \(it holds newsarchive\.config\.json\).*--force/);
    assert.ok(!existsSync(path.join(dir, "seeds")), "nothing written");
    const forced = cli(["init", dir, "--force"]);
    assert.equal(forced.code, 0, forced.stderr);
    assert.match(forced.stderr, /kept .*newsarchive\.config\.json: it exists, and init never overwrites a file/);
    assert.equal(readFileSync(path.join(dir, "newsarchive.config.json"), "utf8"), '{ "title": "Mine" }\n');
    assert.ok(existsSync(path.join(dir, "package.json")));
    assert.equal(cli(["init"]).code, 2, "the folder is required");
  });

  test("should make a project that builds, passes the site check and leaves the sample out", () => {
    const dir = path.join(tempDir(), "site");
    assert.equal(cli(["init", dir]).code, 0);
    const build = cli(["build", "--base-url", "http://127.0.0.1:8080/archive/", "-q"], dir);
    assert.equal(build.code, 0, build.stderr);
    const home = readFileSync(path.join(dir, "dist/index.html"), "utf8");
    assert.match(home, /<title>News Archive<\/title>/);
    assert.match(home, /Welcome to your news archive/);
    assert.ok(existsSync(path.join(dir, "dist/custom.css")), "the project's stylesheet is published");
    assert.ok(!existsSync(path.join(dir, "dist/README.txt")), "the templates folder's note is not published");
    const check = cli(["check"], dir);
    assert.equal(check.code, 0, check.stderr);
    assert.match(check.stdout, /No problems: \d+ pages, \d+ internal links, \d+ feeds and sitemaps checked against http:\/\/127\.0\.0\.1:8080\/archive\//);
  });
});

describe("newsarchive new", () => {
  test("should write a draft with front matter at seeds/YYYY/MM/<slug>.md, dated now in the config's time zone, and never overwrite it", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "newsarchive.config.json"), '{ "timeZone": "Pacific/Kiritimati" }\n');
    const before = new Date();
    const r = cli(["new", 'Harbour: the "new" budget #2'], dir);
    assert.equal(r.code, 0, r.stderr);
    const parts = Object.fromEntries(new Intl.DateTimeFormat("en-US", { timeZone: "Pacific/Kiritimati", year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(before).map((p) => [p.type, p.value]));
    const file = `seeds/${parts.year}/${parts.month}/harbour-the-new-budget-2.md`;
    assert.equal(r.stdout.trim(), file);
    const text = readFileSync(path.join(dir, file), "utf8");
    assert.match(text, new RegExp(`^---\\nheadline: "Harbour: the \\\\"new\\\\" budget #2"\\ndate: ${parts.year}-${parts.month}-${parts.day}T\\d\\d:\\d\\d\\nbylines: \\[\\]\\ntags: \\[\\]\\ndraft: true\\n---\\n`));
    const [record] = JSON.parse(cli(["parse", file, "--json"], dir).stdout) as Array<{ headline: string; draft: boolean; slug: string; dateSource: string }>;
    assert.deepEqual([record!.headline, record!.draft, record!.slug, record!.dateSource], ['Harbour: the "new" budget #2', true, "harbour-the-new-budget-2", "front-matter"]);
    writeFileSync(path.join(dir, file), "mine\n");
    const again = cli(["new", 'Harbour: the "new" budget #2'], dir);
    assert.equal(again.code, 1);
    assert.match(again.stderr, new RegExp(`${file} exists; new never overwrites an article`));
    assert.equal(readFileSync(path.join(dir, file), "utf8"), "mine\n");
    assert.equal(cli(["new"], dir).code, 2, "the headline is required");
  });

  test("should leave a new draft out of a build until --drafts, and count it in the summary and the report", () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, "seeds"));
    assert.equal(cli(["new", "Ferry timetable changes"], dir).code, 0);
    const build = cli(["build", "--no-search", "--base-url", "https://example.org/"], dir);
    assert.equal(build.code, 0, build.stderr);
    assert.doesNotMatch(readFileSync(path.join(dir, "dist/index.html"), "utf8"), /Ferry timetable changes/);
    assert.match(build.stdout, /, 1 draft left out \(use --drafts\)\.$/m);
    const report = JSON.parse(readFileSync(path.join(dir, "newsarchive-report.json"), "utf8"));
    assert.deepEqual(report.drafts.map((d: { file: string; headline: string }) => d.headline), ["Ferry timetable changes"]);
    assert.equal(cli(["build", "--no-search", "-q", "--drafts", "--base-url", "https://example.org/"], dir).code, 0);
    assert.match(readFileSync(path.join(dir, "dist/index.html"), "utf8"), /Ferry timetable changes/);
  });
});

test("every command is in --help", () => {
  const help = cli(["--help"]).stdout;
  for (const command of ["init", "new", "build", "check", "parse", "serve", "dev", "entities"]) assert.match(help, new RegExp(`^  ${command} +\\S`, "m"), command);
  for (const command of ["init", "new", "check"]) assert.match(cli([command, "--help"]).stdout, new RegExp(`Usage: newsarchive ${command}`));
});
