// Test helpers: a ParsedArticle factory, and the seeds read by the real ingest stage with the project's config.
import { join } from "node:path";
import { ingest } from "../../src/pipeline/index.ts";
import { CONFIG_FILE, loadConfig } from "../../src/config.ts";
import { defaultConfig, type ParsedArticle, type SiteConfig } from "../../src/model/index.ts";

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

const ROOT = new URL("../../", import.meta.url).pathname;

/** The project's own site configuration (the one `newsarchive build` uses on the seeds). */
export function seedConfig(): SiteConfig {
  return loadConfig(join(ROOT, CONFIG_FILE));
}

let seeds: Promise<ParsedArticle[]> | null = null;

/** The seed articles as the real ingest stage reads them (credit lines are bylines, not body text). */
export function seedArticles(): Promise<ParsedArticle[]> {
  seeds ??= ingest(join(ROOT, "seeds"), seedConfig()).then((r) => {
    if (r.errors.length) throw new Error(`ingest errors: ${r.errors.map((e) => e.message).join("; ")}`);
    return r.articles;
  });
  return seeds.then((list) => list.map((a) => ({ ...a })));
}
