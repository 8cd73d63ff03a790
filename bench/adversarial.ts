// Adversarial input for the extractor: 1 MB lines built to make regexes backtrack, and a 50 MB file.
// Prints ms and MB/s per case; anything slower than ~1 s/MB is a catastrophic-backtracking suspect.
//   node --import tsx bench/adversarial.ts [--mb 50] [--only NAME]
import { parseSource } from "../src/ingest/index.ts";
import { extractMentions } from "../src/archive/entities/index.ts";
import { assignUrls } from "../src/archive/index.ts";
import { defaultConfig } from "../src/model/index.ts";

const args = process.argv.slice(2);
const bigMb = Number(args[args.indexOf("--mb") + 1] || 50);
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : null;
const MB = 1 << 20;

/** `unit` repeated to `size` bytes (ASCII units, so characters are bytes). */
const fill = (unit: string, size = MB) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

const LINES: Record<string, string> = {
  "punctuation": fill("!?.,;:—-…()\"'"),
  "dots": fill("."),
  "spaces-then-x": `${" ".repeat(MB - 1)}x`,
  "capitalised-words": fill("Alpha Beta Gamma Delta "),
  "capitalised-no-space": fill("AlphaBetaGamma"),
  "by-repeated": fill("By "),
  "by-names": fill("By Jane Doe and "),
  "nested-brackets": `${"(".repeat(MB / 2)}${")".repeat(MB / 2)}`,
  "nested-square": `${"[".repeat(MB / 2)}${"]".repeat(MB / 2)}`,
  "digits": fill("0123456789"),
  "digit-groups": fill("12 345 6789 "),
  "credit-like": fill("Jane Doe reported from Paris, and John Roe from "),
  "contributed-like": fill("Reporting was contributed by Jane Doe, John Roe and "),
  "date-like": fill("March 3, 2022 12:30 PM ET, "),
  "iso-like": fill("2022-03-01T"),
  "published-like": fill("Published Updated "),
  "caps-dateline": fill("PARIS LONDON NEW YORK "),
  "dateline-dash": fill("PARIS — "),
  "quotes": fill("“‘\"'"),
  "urls": fill("https://example.org/a?b=c&"),
  "emails": fill("a.b@c."),
  "markdown-emphasis": fill("*_"),
  "markdown-links": fill("[a]("),
  "html-ish": fill("<a "),
  "entity-titles": fill("President Prime Minister of the United "),
  "hyphen-names": fill("Jean-Pierre-"),
  "initials": fill("J. R. R. "),
};

interface Row { name: string; mb: number; ms: number }
const rows: Row[] = [];

function time(name: string, bytes: number, run: () => unknown): void {
  if (only && !name.includes(only)) return;
  const start = performance.now();
  run();
  const ms = performance.now() - start;
  rows.push({ name, mb: bytes / MB, ms });
  const rate = bytes / MB / (ms / 1000);
  console.log(`${name.padEnd(34)} ${(bytes / MB).toFixed(1).padStart(6)} MB ${ms.toFixed(0).padStart(8)} ms ${rate.toFixed(2).padStart(9)} MB/s${ms / (bytes / MB) > 1000 ? "   <-- SUSPECT (> 1 s/MB)" : ""}`);
}

console.log(`${"case".padEnd(34)} ${"size".padStart(9)} ${"time".padStart(11)} ${"rate".padStart(14)}`);
for (const [name, line] of Object.entries(LINES)) {
  // Each line three ways: alone (a headline candidate), after a headline (a lead and body), in Markdown.
  const txt = Buffer.from(`A Headline For The Case\n\n${line}\n`);
  time(`${name} (txt)`, txt.length, () => parseSource(`${name}.txt`, txt, defaultConfig));
  const md = Buffer.from(`---\nheadline: Case\n---\n${line}\n`);
  time(`${name} (md)`, md.length, () => parseSource(`${name}.md`, md, defaultConfig));
  const alone = Buffer.from(`${line}\n`);
  time(`${name} (alone)`, alone.length, () => parseSource(`${name}-alone.txt`, alone, defaultConfig));
}

// The entity extractor reads article bodies: the same lines as a body paragraph.
for (const [name, line] of Object.entries(LINES)) {
  const parsed = parseSource(`${name}.txt`, Buffer.from(`A Headline For The Case\n\n${line}\n`), defaultConfig);
  const articles = assignUrls(parsed.articles);
  time(`${name} (entities)`, line.length, () => articles.forEach((a) => extractMentions(a)));
}

// A large file of ordinary stories: throughput, and memory.
{
  const story = (i: number) => `Council Votes On Harbour Plan Number ${i}\n\nBy Jane Doe\n\nPublished March 3, 2022\n\nPARIS — The council voted on the harbour plan after months of debate, officials said on Tuesday. ${"Residents said they would appeal the decision, which they called rushed. ".repeat(20)}\n\nJohn Roe contributed reporting.\n\n`;
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bigMb * MB; i++) {
    const s = story(i);
    parts.push(s);
    size += s.length;
  }
  const big = Buffer.from(parts.join(""));
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  let articles = 0;
  time(`${bigMb} MB of stories (txt)`, big.length, () => (articles = parseSource("big.txt", big, defaultConfig).articles.length));
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(`  ${articles} articles; RSS ${Math.round(before / MB)} MB before, ${Math.round(peak / MB)} MB after (sampled)`);
  const line = Buffer.from(`A Headline Before A Long Line\n\n${"word ".repeat(bigMb * MB / 5)}\n`);
  time(`${bigMb} MB single line (txt)`, line.length, () => parseSource("line.txt", line, defaultConfig));
}

const suspects = rows.filter((r) => r.ms / r.mb > 1000);
console.log(suspects.length ? `\n${suspects.length} suspect case(s): ${suspects.map((s) => s.name).join(", ")}` : "\nno case slower than 1 s/MB");
