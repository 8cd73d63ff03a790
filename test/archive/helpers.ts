// Test helpers: ParsedArticle factory, and a rough seed reader (the real ingest stage is rewritten elsewhere).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { defaultConfig, type Byline, type ParsedArticle, type SiteConfig } from "../../src/model/index.ts";

let counter = 0;
export function article(over: Partial<ParsedArticle> & { body: string[] }): ParsedArticle {
  counter++;
  const id = over.id ?? `a${String(counter).padStart(3, "0")}`;
  return {
    id, slug: id, headline: over.headline ?? `Headline ${id}`, headlineSource: "text",
    date: over.date ?? null, datePrecision: over.date ? "day" : null, dateSource: over.date ? "header" : null, dateEvidence: null,
    bylines: [], dateline: null, source: null, origin: { file: "x.txt", startLine: 1, endLine: 1 }, warnings: [], tags: [],
    format: "text", markdown: null, ...over,
  };
}

export function config(over: Partial<SiteConfig> = {}): SiteConfig {
  return { ...defaultConfig, ...over };
}

const SEEDS = new URL("../../seeds/", import.meta.url).pathname;
const BOILERPLATE = /^(You have been granted access|Want to stay updated|Save on The Times|\$0\.50|Our sale is on|Billed as|Learn more|Leave a (Reply|Comment)|Your email address|The latest:|CBC$|The New York Times \d)/;
const CREDIT = /(contributed (reporting|research)|Reporting was (once )?contributed|reported from)/;
const NOT_NAMES = new Set(["New York", "San José", "Costa Rica"]);

function credits(line: string): Byline[] {
  const role = /research/.test(line) ? "research" : /reported from/.test(line) ? "author" : "contributor";
  const out: Byline[] = [];
  const cleaned = line.replace(/Reporting was (once )?contributed by( way of)?|contributed (reporting|research)|reported/g, ",");
  for (const piece of cleaned.split(/,|\band\b|(?<!\b\p{Lu})\./u)) {
    const name = piece.replace(/\bfrom\b.*$/, "").trim();
    if (!/^\p{Lu}[\p{L}'-]+( (\p{Lu}\.|\p{Lu}[\p{L}'-]+)){1,3}$/u.test(name) || NOT_NAMES.has(name)) continue;
    out.push({ name, role: role === "author" && !/^\s*reported/.test(line.slice(line.indexOf(name) + name.length)) ? "contributor" : role, location: null });
  }
  return out;
}

/** The 10 seed articles: files split where a new article starts, boilerplate and credit lines removed. */
export function seedArticles(): ParsedArticle[] {
  const out: ParsedArticle[] = [];
  for (const file of readdirSync(SEEDS).sort()) {
    const lines = readFileSync(join(SEEDS, file), "utf8").split(/\r?\n/);
    let parts: string[][] = [[]];
    for (const line of lines) {
      if (/^You have been granted access/.test(line) && parts[parts.length - 1]!.some((l) => l.trim() && !BOILERPLATE.test(l) && l.length > 120)) {
        const prev = parts[parts.length - 1]!;
        const headline = prev.filter((l) => l.trim()).pop();
        if (headline && !BOILERPLATE.test(headline) && !CREDIT.test(headline)) prev.splice(prev.lastIndexOf(headline), 1);
        parts.push(headline && !BOILERPLATE.test(headline) && !CREDIT.test(headline) ? [headline] : []);
      }
      parts[parts.length - 1]!.push(line);
    }
    // The CBC file ends with an unrelated short item after a blank line.
    if (file.startsWith("003")) {
      const all = parts[0]!;
      const cut = all.findIndex((l, i) => i > 3 && l.trim() === "");
      parts = [all.slice(0, cut), all.slice(cut + 1)];
    }
    parts.forEach((part, i) => {
      const texts = part.map((l) => l.trim()).filter((l) => l && !BOILERPLATE.test(l));
      if (texts.length === 0) return;
      const bylines: Byline[] = [];
      const body: string[] = [];
      let headline = texts[0]!;
      for (const [j, t] of texts.entries()) {
        if (j === 0 && t.length < 120) continue;
        if (j === 0) headline = t.slice(0, 60);
        if (CREDIT.test(t) && t.length < 600) bylines.push(...credits(t));
        else body.push(t.replace(/^[A-Z]{3,}(, [A-Z][a-z]+)? — /, ""));
      }
      out.push(article({ id: `${file.slice(0, 3)}-${i}`, headline, body, bylines }));
    });
  }
  return out;
}
