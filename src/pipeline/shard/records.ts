// A sharded build's records: each parse job writes what it prepared from its share of the seed
// files (parses, mentions, body HTML: what the build cache keeps per file) into one file of the
// records folder; the page jobs and the merge read every part back into the records a one-machine
// build would have had, in the same order, so every job makes the same archive.
import { readdirSync, readFileSync, renameSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import { NewsarchiveError, type Diagnostic, type SiteConfig } from "../../model/index.ts";
import { CODE_VERSION, configKey } from "../cache/disk-cache.ts";
import type { PreparedSeeds, Slot } from "../ingest.ts";
import type { Share } from "./share.ts";

/** One parse job's file. */
interface RecordsPart {
  format: 1;
  /** The code and configuration that made it: parts made by others make a different site. */
  code: string;
  config: string;
  share: Share;
  /** Seed files in the whole folder (every part must agree). */
  files: number;
  /** Seed discovery's warnings (the same in every part; kept from the first). */
  warnings: Diagnostic[];
  /** This share's slots, by position in the folder. */
  slots: Array<[number, Slot]>;
}

const NAME = /^records-(\d+)-of-(\d+)\.v8$/;

/** The file of `share`'s records in `dir`. */
export function recordsFile(dir: string, share: Share): string {
  return path.join(dir, `records-${share.index}-of-${share.count}.v8`);
}

/** Writes this share's prepared seeds into the records folder (atomically: a killed job leaves no part). */
export function writeRecords(dir: string, share: Share, prepared: PreparedSeeds, config: SiteConfig): string {
  const slots: Array<[number, Slot]> = [];
  prepared.slots.forEach((slot, n) => slot !== undefined && slots.push([n, slot]));
  const part: RecordsPart = { format: 1, code: CODE_VERSION, config: configKey(config), share, files: prepared.slots.length, warnings: prepared.warnings, slots };
  mkdirSync(dir, { recursive: true });
  const file = recordsFile(dir, share);
  writeFileSync(`${file}.tmp`, serialize(part));
  renameSync(`${file}.tmp`, file);
  return file;
}

/**
 * Every part in `dir`, gathered into the prepared seeds of the whole folder. Refuses (naming the
 * fix) a folder with parts missing, parts of different splits, or parts made by other code or
 * another configuration.
 */
export function readRecords(dir: string, config: SiteConfig): PreparedSeeds {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => NAME.test(n)).sort();
  } catch (cause) {
    throw new NewsarchiveError(`${dir}: cannot read the records folder (${(cause as Error).message}); run \`newsarchive build --shard i/n --parse-only --records ${dir}\` for every i first`);
  }
  if (names.length === 0) throw new NewsarchiveError(`${dir}: no records-i-of-n.v8 files; run \`newsarchive build --shard i/n --parse-only --records ${dir}\` for every i first`);
  const count = Number(NAME.exec(names[0]!)![2]);
  const parts = names.map((n) => deserialize(readFileSync(path.join(dir, n))) as RecordsPart);
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !parts.some((p) => p.share.index === i && p.share.count === count));
  if (missing.length) throw new NewsarchiveError(`${dir}: the records of shard ${missing.map((i) => `${i}/${count}`).join(", ")} are missing; run \`newsarchive build --shard ${missing[0]}/${count} --parse-only --records ${dir}\``);
  for (const [i, p] of parts.entries()) {
    const what = `${path.join(dir, names[i]!)}`;
    if (p.share.count !== count) throw new NewsarchiveError(`${what}: made for ${p.share.count} shards, the others for ${count}; remove the records of the other split`);
    if (p.code !== CODE_VERSION) throw new NewsarchiveError(`${what}: made by another version of newsarchive; parse again with this one`);
    if (p.config !== configKey(config)) throw new NewsarchiveError(`${what}: made with another configuration; parse again with the configuration this build uses`);
    if (p.files !== parts[0]!.files) throw new NewsarchiveError(`${what}: made from a seeds folder of ${p.files} files, the others from ${parts[0]!.files}; parse every shard from the same seeds`);
  }
  const slots: Slot[] = new Array(parts[0]!.files);
  for (const p of parts) for (const [n, slot] of p.slots) slots[n] = slot;
  return { slots, warnings: parts[0]!.warnings };
}
