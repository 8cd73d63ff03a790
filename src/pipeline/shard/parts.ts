// The shards' output folders, as the merge step takes them in: each one says which shard of how
// many it is (a small file the merge reads and does not publish), so a missing or foreign part is
// refused by name instead of leaving holes in the site.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { NewsarchiveError } from "../../model/index.ts";
import type { Share } from "./share.ts";

/** The file in a shard's output folder that names the shard. */
export const SHARD_MARK = ".newsarchive-shard.json";
/** The marker every site folder carries (the merge's own writer writes it). */
const SITE_MARK = ".newsarchive-site";

/** The bytes of a shard's mark. */
export function shardMark(share: Share): string {
  return `${JSON.stringify({ shard: share })}\n`;
}

/** Where the merge writes. */
interface Sink {
  write(rel: string, bytes: Uint8Array): void;
}

/** Copies every file of every part into `writer`, after checking that the parts are shards 1…n of one split. */
export function copyParts(parts: readonly string[], writer: Sink): void {
  checkParts(parts);
  for (const dir of parts) {
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const abs = path.join(entry.parentPath, entry.name);
      const rel = path.relative(dir, abs).split(path.sep).join("/");
      if (rel === SHARD_MARK || rel === SITE_MARK) continue;
      writer.write(rel, readFileSync(abs));
    }
  }
}

/** Refuses (naming the fix) parts that are not shards 1…n of one split, each once. */
export function checkParts(parts: readonly string[]): void {
  const shares = parts.map((dir) => readMark(dir));
  const count = shares[0]?.count ?? 0;
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !shares.some((s) => s.index === i));
  if (!parts.length) throw new NewsarchiveError("merge: no shard output folders given; name every shard's --out folder");
  for (const [i, s] of shares.entries()) if (s.count !== count) throw new NewsarchiveError(`${parts[i]}: shard ${s.index}/${s.count}, but ${parts[0]} is of ${count} shards; merge the folders of one split`);
  const twice = shares.find((s, i) => shares.findIndex((t) => t.index === s.index) !== i);
  if (twice) throw new NewsarchiveError(`merge: shard ${twice.index}/${count} is given twice; name each shard's folder once`);
  if (missing.length) throw new NewsarchiveError(`merge: the output of shard ${missing.map((i) => `${i}/${count}`).join(", ")} is missing; build it with \`newsarchive build --shard ${missing[0]}/${count} --records DIR --out DIR\` and name its folder`);
}

function readMark(dir: string): Share {
  try {
    const { shard } = JSON.parse(readFileSync(path.join(dir, SHARD_MARK), "utf8")) as { shard: Share };
    if (Number.isInteger(shard.index) && Number.isInteger(shard.count)) return shard;
  } catch {
    // reported below
  }
  throw new NewsarchiveError(`${dir}: not the output of \`newsarchive build --shard i/n\` (no readable ${SHARD_MARK}); name the shards' --out folders`);
}
