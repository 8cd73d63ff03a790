// Shared test setup: a site config with the anchor event the seeds speak of, and a parse helper.
import { parseSource, type FileParse } from "../../src/ingest/index.ts";
import { SiteConfig, ParsedArticle } from "../../src/model/index.ts";

export const config = SiteConfig.parse({
  anchors: [{ name: "Russia's invasion of Ukraine", date: "2022-02-24", phrases: ["Russian invasion", "Russia's invasion", "invasion of Ukraine", "the invasion", "full-scale invasion", "the war"] }],
});

export function parseText(file: string, text: string | Uint8Array, cfg = config): FileParse {
  const bytes = typeof text === "string" ? new TextEncoder().encode(text) : text;
  const fp = parseSource(file, bytes, cfg);
  for (const a of fp.articles) ParsedArticle.parse(a);
  return fp;
}

/** Every non-blank line is explained once, and its class points at a place that holds it. */
export function assertNothingLost(fp: FileParse, lines: number): void {
  if (fp.explain.length !== lines) throw new Error(`explain has ${fp.explain.length} entries for ${lines} lines`);
  const removed = new Set<number>();
  for (const r of fp.removed) if (!r.partial) for (let l = r.startLine; l <= r.endLine; l++) removed.add(l);
  for (const e of fp.explain) {
    if (e.text.trim() === "") continue;
    if (e.cls === "blank") throw new Error(`line ${e.line} is not blank but explained as blank`);
    if (e.cls === "boilerplate" && !removed.has(e.line)) throw new Error(`line ${e.line} boilerplate but not in removed`);
    if (e.cls !== "boilerplate" && removed.has(e.line)) throw new Error(`line ${e.line} is both ${e.cls} and removed`);
    if (["body", "headline", "byline", "credit", "date", "source", "dateline"].includes(e.cls) && e.article === null) throw new Error(`line ${e.line} (${e.cls}) belongs to no article`);
  }
}
