import type { Mention } from "../archive/entities/index.ts";
import type { TermCounts } from "../archive/index.ts";
import type { FileParse } from "../ingest/index.ts";
import type { Diagnostic, ParsedArticle, RemovedBlock, SiteConfig } from "../model/index.ts";

/** What a build is asked to do. */
export interface BuildOptions {
  /** Project folder: holds the configuration and, optionally, `templates/` and `public/` overrides. */
  root: string;
  /** The folder of seed files, read recursively. */
  seeds: string;
  /** The output folder, replaced whole when the build succeeds. */
  out: string;
  /** The site configuration, already validated. */
  config: SiteConfig;
  /** Called with one line per finished stage. */
  log?: (line: string) => void;
  /** Called as work is done within a stage (`total` is null when not known in advance). */
  progress?: (stage: string, done: number, total: number | null) => void;
  /** Keep parses, mentions, rendered bodies and the search bundle in `.newsarchive-cache/build/` under `root`, and skip a build whose inputs and output are as the last one left them (the CLI turns this on; default off). */
  cache?: boolean;
  /** Make the search index (default true); without it the search page has nothing to search. */
  search?: boolean;
  /** What the caller already found out about the last build (the CLI checks before loading the pipeline). */
  standing?: { inputs: Inputs; report: BuildReport | null };
  /** Threads doing the per-file work (parse, mentions, bodies), the main thread included; default one per core. */
  threads?: number;
  /** Replace an output folder that holds files newsarchive did not write (`--force`); see `guardOutDir`. */
  force?: boolean;
  /** The part of a sharded build this is (default: the whole site on one machine); see docs/scaling.md. */
  part?: BuildPart;
}

/**
 * A part of a sharded build. `shard`: from every shard's records, the article pages and search
 * bundles of shard `share`. `merge`: from the same records, every other page and file of the
 * site, and the shards' output folders (`parts`) copied in: together, the one-machine site.
 */
export type BuildPart =
  | { kind: "shard"; share: { index: number; count: number }; records: string }
  | { kind: "merge"; records: string; parts: string[] };

/** What a build did, for the terminal summary and the JSON report. */
export interface BuildReport {
  /** Articles on the site. */
  articles: number;
  /** Files in the output folder. */
  files: number;
  /** Files whose bytes changed (or are new). */
  written: number;
  /** Files kept as the last build left them. */
  unchanged: number;
  /** Every warning, with file and line. */
  warnings: Diagnostic[];
  /** Warning counts per kind ("other" when a warning has none), sorted by kind. */
  warningsByKind: Record<string, number>;
  /** Every error: a file or article that was left out, with why. */
  errors: Diagnostic[];
  /** Every block of boilerplate removed from a seed, with the rule that removed it. */
  removed: RemovedBlock[];
  /** Drafts (`draft: true`) left out of the site because drafts were not built (`--drafts`). */
  drafts: Array<{ file: string; line: number; headline: string }>;
  /** Articles filed under `/undated/`. */
  undated: Array<{ file: string; line: number; headline: string }>;
  /** Fields that are not a fact from the source: a headline derived from the lead, an inferred date (with its evidence). */
  derived: Array<{ file: string; line: number; field: string; value: string | null; evidence: string | null }>;
  /** Milliseconds per stage. */
  timings: Record<string, number>;
}

/** The records of a seeds folder: every file read and parsed, every article validated. */
export interface Ingested {
  /** Valid records, in seed-file order. */
  articles: ParsedArticle[];
  /** Each file's parse (removed boilerplate, line explanations when asked for). */
  files: FileParse[];
  /** Warnings from discovery, parsing and validation. */
  warnings: Diagnostic[];
  /** Files and articles left out, with why. */
  errors: Diagnostic[];
  /** Entity mentions per article id. */
  mentions: Map<string, Mention[]>;
  /** Each body's terms for related coverage (counted at parse time), per article id. */
  terms: Map<string, TermCounts>;
  /**
   * Per article id: a key that names its record across builds (its file's parse key and its place
   * in the file), so a page's key can name the record instead of spelling it out.
   */
  recordKeys: Map<string, string>;
}

/** A seed file as a build read it: path, size, modification time, and the digest of its bytes. */
export type SeedStat = [rel: string, size: number, mtimeMs: number, sha1: string];

/** What a build read: one digest of it all, and each seed file's stat and digest (so the next build need not read it to know it). */
export interface Inputs {
  digest: string;
  seeds: SeedStat[];
  /** When the seeds were looked at (ms since the epoch): a file changed within the same tick may keep its stat. */
  at: number;
}
