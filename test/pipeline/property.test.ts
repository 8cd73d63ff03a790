// Property: whatever mix of valid articles, boilerplate, credit lines and garbage a seeds folder holds,
// the build never throws, every valid article gets exactly one page, no two articles share a URL, and
// no line of input that is not boilerplate is lost. Seeded: set HOSTILE_SEED to replay a failure.
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import fc from "fast-check";
import { assignUrls } from "../../src/archive/index.ts";
import { build, ingest } from "../../src/pipeline/index.ts";
import type { FileParse } from "../../src/ingest/index.ts";
import { defaultConfig, type ParsedArticle } from "../../src/model/index.ts";
import { fileForUrl } from "../../src/output/index.ts";
import { listFiles, tempDir } from "../helpers/site.ts";

const SEED = Number(process.env.HOSTILE_SEED ?? 20_251_122);
const RUNS = Number(process.env.HOSTILE_RUNS ?? 20);

const WORDS = ["harbour", "council", "voted", "on", "the", "plan", "after", "months", "of", "debate", "residents", "said", "they", "would", "appeal", "prices", "rose", "again", "in", "spring", "officials", "warned", "that", "budget", "was", "tight"];
const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 6, maxLength: 16 }).map((w) => `${w.join(" ").replace(/^./, (c) => c.toUpperCase())}.`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(" "));
const BOILERPLATE = ["Advertisement", "Leave a Reply", "Your email address will not be published. Required fields are marked *", "Photo: Jane Doe/Reuters"];
const boilerplate = fc.constantFrom(...BOILERPLATE);
const credit = fc.constantFrom("Bob Jones reported from Lyon.", "Reporting was contributed by Carla Mendes.", "Dana Okafor contributed research.");
/** Characters scrapers leave behind: scripts, emoji, punctuation, controls, bidi overrides. No NUL (that makes a file binary). */
const GARBAGE_CHARS = ["a", "Z", "é", "ß", "中", "文", "م", "ر", "🎉", "👍🏽", "\u202E", "\u2066", "\u0001", "\u0007", "\u001b", "\u000b", "\uFFFE", "<", ">", "&", "\"", "'", "#", "*", "_", "[", "]", "(", ")", "-", ".", ":", " ", " ", " ", "\t", "\r"];
const garbageLine = fc.oneof(
  fc.array(fc.constantFrom(...GARBAGE_CHARS), { minLength: 1, maxLength: 120 }).map((c) => c.join("")),
  fc.nat({ max: 3 }).map((n) => ["---", "---js", "headline: Fake Front Matter", "..."][n]!),
  // A huge line, written as a short marker so a counterexample prints small; expanded in the file.
  fc.integer({ min: 20_000, max: 60_000 }).map((n) => `<<huge ${n}>>`),
  fc.string({ unit: "binary", maxLength: 80 }).map((s) => s.replaceAll("\0", "")),
);

interface ArticleSpec {
  format: "txt" | "md";
  byline: boolean;
  date: boolean;
  paragraphs: string[];
  /** Boilerplate lines, each after paragraph `at`. */
  inserts: Array<{ at: number; line: string }>;
  credit: string | null;
  garbage: string[];
  crlf: boolean;
}
const articleSpec: fc.Arbitrary<ArticleSpec> = fc.record({
  format: fc.constantFrom("txt" as const, "md" as const),
  byline: fc.boolean(),
  date: fc.boolean(),
  paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 4 }),
  inserts: fc.array(fc.record({ at: fc.nat({ max: 3 }), line: boilerplate }), { maxLength: 2 }),
  credit: fc.option(credit),
  garbage: fc.array(garbageLine, { maxLength: 2 }),
  crlf: fc.boolean(),
});
const folderSpec = fc.record({
  articles: fc.array(articleSpec, { minLength: 1, maxLength: 4 }),
  garbageFiles: fc.array(fc.record({ lines: fc.array(garbageLine, { minLength: 1, maxLength: 4 }), nul: fc.boolean(), ext: fc.constantFrom("txt", "md") }), { maxLength: 2 }),
});

/** A headline no other text can contain: the token is unique per article and per run. */
const token = (i: number) => `Zqx${i}v`;
const headline = (i: number) => `${token(i)} Harbour Council Votes On The Plan`;

function articleFile(i: number, a: ArticleSpec): string {
  const lines: string[] = [];
  if (a.format === "md") {
    lines.push("---", `headline: "${headline(i)}"`, ...(a.date ? [`date: 2024-0${(i % 9) + 1}-1${i % 10}`] : []), ...(a.byline ? ["bylines: [Alice Smith]"] : []), "---");
  } else {
    lines.push(headline(i), "");
    if (a.byline) lines.push("By Alice Smith", "");
    if (a.date) lines.push(`Published March ${(i % 28) + 1}, 2022`, "");
  }
  a.paragraphs.forEach((p, n) => {
    lines.push(p, "");
    for (const ins of a.inserts) if (ins.at === n) lines.push(ins.line, "");
  });
  if (a.credit) lines.push(a.credit, "");
  // Garbage goes only into plain text (Markdown syntax in it would be markup, not lost text).
  if (a.format === "txt") for (const g of a.garbage) lines.push(g, "");
  return expand(lines.join(a.crlf ? "\r\n" : "\n"));
}

const expand = (text: string) => text.replace(/<<huge (\d+)>>/g, (_, n: string) => "word, ".repeat(Number(n) / 6));

function fieldsText(a: ParsedArticle): string {
  return [a.headline, ...a.body, ...a.bylines.flatMap((b) => [b.name, b.location ?? ""]), a.dateline ?? "", a.source ?? "", a.dateEvidence ?? "", a.date ?? "", ...a.tags].join("\n");
}
const tokens = (text: string): string[] => [...(text.match(/[\p{L}\p{N}]{2,}/gu) ?? [])];

/** Lines that are neither boilerplate nor blank nor front matter, each with the words no field holds. */
function lostLines(fp: FileParse): string[] {
  const lost: string[] = [];
  for (const e of fp.explain) {
    if (e.cls === "boilerplate" || e.cls === "blank" || e.cls === "front-matter") continue;
    const articles = e.article !== null ? [fp.articles[e.article]!] : fp.articles;
    const haystack = articles.map(fieldsText).join("\n");
    let words = tokens(e.text.endsWith("…") ? e.text.slice(0, -1) : e.text);
    if (e.text.endsWith("…")) words = words.slice(0, -1); // the cut may split the last word
    // Body and headline lines keep every word; a byline, credit, date or header line gives a field.
    const missing = words.filter((w) => !haystack.includes(w));
    const kept = e.cls === "body" || e.cls === "headline" ? missing.length === 0 : words.length === 0 || missing.length < words.length;
    if (!kept) lost.push(`${fp.file}:${e.line} [${e.cls}] ${JSON.stringify(e.text.slice(0, 80))} missing ${missing.slice(0, 5).join(" ")}`);
  }
  return lost;
}

test("property: any mix of articles, boilerplate and garbage builds, each article once, no line lost", { timeout: 600_000 }, async () => {
  const work = tempDir("newsarchive-property-");
  let run = 0;
  try {
    await fc.assert(
      fc.asyncProperty(folderSpec, async (spec) => {
        const root = path.join(work, `run-${run++}`);
        const seeds = path.join(root, "seeds");
        const out = path.join(root, "dist");
        mkdirSync(seeds, { recursive: true });
        spec.articles.forEach((a, i) => writeFileSync(path.join(seeds, `article-${i}.${a.format}`), articleFile(i, a)));
        spec.garbageFiles.forEach((g, i) => writeFileSync(path.join(seeds, `garbage-${i}.${g.ext}`), expand(`${g.lines.join("\n")}${g.nul ? "\0" : ""}\n`)));

        const report = await build({ root, seeds, out, config: defaultConfig }); // must not throw
        for (const [i, g] of spec.garbageFiles.entries()) {
          if (g.nul) assert.ok(report.errors.some((e) => e.file === `garbage-${i}.${g.ext}` && e.kind === "binary"), `garbage-${i} with a NUL was not reported`);
        }

        // Every valid article has exactly one page whose headline holds its token.
        const h1s = listFiles(out)
          .filter((f) => f.endsWith(".html"))
          .flatMap((f) => [...readFileSync(path.join(out, f), "utf8").matchAll(/<h1[^>]*>([\s\S]*?)<\/h1>/g)].map((m) => ({ f, h1: m[1]! })));
        spec.articles.forEach((_, i) => {
          const pages = h1s.filter((h) => h.h1.includes(token(i)));
          assert.equal(pages.length, 1, `article-${i} has ${pages.length} pages: ${pages.map((p) => p.f).join(", ")}`);
          assert.ok(pages[0]!.h1.includes(headline(i)), `article-${i}'s page is headed ${pages[0]!.h1}`);
        });

        // No two articles share a URL, and each URL is a page of the site.
        const { articles, files } = await ingest(seeds, defaultConfig);
        const urls = assignUrls(articles).map((a) => a.url);
        assert.equal(new Set(urls).size, urls.length, "two articles share a URL");
        const written = new Set(listFiles(out));
        for (const u of urls) assert.ok(written.has(fileForUrl(u)), `${u} has no page`);
        assert.equal(report.articles, articles.length);

        // No line that is not boilerplate is lost.
        assert.deepEqual(files.flatMap(lostLines), []);
        rmSync(root, { recursive: true, force: true });
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  } catch (error) {
    console.error(`property failed with HOSTILE_SEED=${SEED} (HOSTILE_RUNS=${RUNS}); replay with that environment`);
    throw error;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
