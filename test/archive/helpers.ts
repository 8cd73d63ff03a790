// Test helpers: a ParsedArticle factory, and the test newsroom's articles read by the real ingest stage.
import { ingest } from "../../src/pipeline/index.ts";
import { NEWSROOM_SEEDS, newsroomConfig } from "../helpers/newsroom.ts";
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

/** The configuration the test newsroom is built with. */
export function seedConfig(): SiteConfig {
  return newsroomConfig();
}

let seeds: Promise<ParsedArticle[]> | null = null;

/** The test newsroom's articles (test/fixtures/newsroom) as the real ingest stage reads them (credit lines are bylines, not body text). */
export function seedArticles(): Promise<ParsedArticle[]> {
  seeds ??= ingest(NEWSROOM_SEEDS, seedConfig()).then((r) => {
    if (r.errors.length) throw new Error(`ingest errors: ${r.errors.map((e) => e.message).join("; ")}`);
    return r.articles;
  });
  return seeds.then((list) => list.map((a) => ({ ...a })));
}
