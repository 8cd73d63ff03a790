// The command line of a sharded build (docs/scaling.md): `build --shard i/n --parse-only`, `build
// --shard i/n`, and `merge`. Light: the pipeline is imported only when a step runs.
import path from "node:path";
import { UsageError } from "../model/index.ts";
import type { BuildOptions, BuildPart } from "../pipeline/types.ts";
import type { Options, Values } from "./args.ts";

/** The options `build` takes for a sharded build. */
export const shardOptions: Options = {
  shard: { type: "string" },
  records: { type: "string" },
  "parse-only": { type: "boolean", default: false },
};

/** Their lines in `build --help`. */
export const shardHelp = `  --shard I/N       one shard of a sharded build (docs/scaling.md): with --parse-only, parse the I-th
                    of N runs of the seed files into --records; without, from every shard's records
                    there, write the article pages and search bundles of shard I into --out
  --records DIR     the records folder of a sharded build (default: records)
  --parse-only      with --shard: only parse, writing records-I-of-N.v8 into --records`;

/** The part of a sharded build the options name, or null for a whole build. */
export function buildPart(values: Values, positionals: readonly string[], merge: boolean): BuildPart | null {
  const records = path.resolve(typeof values.records === "string" ? values.records : "records");
  if (merge) return { kind: "merge", records, parts: positionals.map((p) => path.resolve(p)) };
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  if (typeof values.shard !== "string") {
    if (values["parse-only"] || values.records !== undefined) throw new UsageError("--parse-only and --records belong to a sharded build: add --shard I/N");
    return null;
  }
  return { kind: "shard", share: parseShareText(values.shard), records };
}

function parseShareText(text: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || count > 10_000 || index < 1 || index > count) throw new UsageError(`--shard takes I/N with 1 ≤ I ≤ N (as in --shard 2/8), not "${text}"`);
  return { index, count };
}

/** `build --shard I/N --parse-only`: parses that share of the seeds into the records folder. */
export async function runParseShare(options: BuildOptions, part: Extract<BuildPart, { kind: "shard" }>, quiet: boolean): Promise<number> {
  const { parseShare } = await import("../pipeline/shard/parse.ts");
  const started = performance.now();
  const done = await parseShare(options, part.share, part.records);
  if (!quiet) console.error(`Parsed shard ${part.share.index}/${part.share.count}: ${done.articles} articles from ${done.files} files into ${path.relative(process.cwd(), done.file)} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  return 0;
}
