import { lstatSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { buildArchive, type Archive } from "../../archive/index.ts";
import { extractMentions, type Mention } from "../../archive/entities/index.ts";
import { RebuildState } from "./state.ts";
import { findSeedFiles, isSeedPath, TemplateCounter, type TemplateLines } from "../../ingest/index.ts";
import { NewsarchiveError, type Diagnostic, type ParsedArticle, type SiteConfig } from "../../model/index.ts";
import { copyStatic } from "../../output/index.ts";
import { siteView, Templates } from "../../render/index.ts";
import { publishedOnly } from "../../archive/index.ts";
import { collectMedia } from "../../output/media.ts";
import type { Change } from "./changes.ts";
import type { DirectWriter } from "../../output/direct-writer.ts";
import { ingestFile, unreadable, type IngestedFile } from "../../ingest/ingest-file.ts";
import { configKey, parseKey } from "../cache/keys.ts";
import { publicDirs, templateDirs, templatesKey } from "../../project.ts";
import { pagePass } from "./page-pass.ts";

/** What an engine works on. */
export interface EngineOptions {
  /** The project folder (configuration, template and asset overrides). */
  root: string;
  /** The seeds folder. */
  seeds: string;
  /** The configuration: a change makes a new engine. */
  config: SiteConfig;
  /** The live output folder. */
  writer: DirectWriter;
  /** Parses by content key, shared across engines (a config change makes a new engine). */
  cache: Map<string, IngestedFile>;
  /** Told about seeds skipped by the discovery rules (symlinks out of the seeds folder, loops, unreadable folders). */
  onWarning?: (warning: Diagnostic) => void;
}

/** What one rebuild did. */
export interface RebuildResult {
  /** Site-relative files written or removed. */
  changed: string[];
  /** Every error that stands now (seeds, templates): what the overlay shows. */
  errors: Diagnostic[];
  /** Pages whose data changed and were rendered again. */
  pagesRendered: number;
  /** How long the rebuild took. */
  ms: number;
}


/** Whether `abs` or a folder between `seeds` and it is a symbolic link (then the discovery rules decide). */
function viaSymlink(seeds: string, abs: string): boolean {
  for (let p = abs; p.startsWith(seeds + path.sep); p = path.dirname(p)) {
    try {
      if (lstatSync(p).isSymbolicLink()) return true;
    } catch {
      // gone: nothing to follow
    }
  }
  return false;
}

/** Mentions per article id, each record scanned once per rebuild state. */
function mentionsOf(state: RebuildState, articles: readonly ParsedArticle[]): Map<string, Mention[]> {
  const out = new Map<string, Mention[]>();
  for (const a of articles) {
    let m = state.mentions.get(a);
    if (!m) state.mentions.set(a, (m = extractMentions(a)));
    out.set(a.id, m);
  }
  return out;
}

/**
 * The incremental site: per-file parses (cached by content), the template set, and a fingerprint
 * per page. Each rebuild re-parses only changed files, rebuilds the cheap archive from cached
 * records, and re-renders and rewrites only pages whose data changed, so its output is the same
 * as a clean build of the same inputs.
 */
export class SiteEngine {
  readonly #o: EngineOptions;
  readonly #seeds: string;
  readonly #configKey: string;
  /** Seed path (relative, `/`) → the last good parse of that file, and its current errors. */
  readonly #files = new Map<string, { good: IngestedFile; errors: Diagnostic[] }>();
  /** Seed path → the parse-cache key of the bytes last read there: a superseded parse is dropped from the cache. */
  readonly #readKeys = new Map<string, string>();
  #sorted: string[] | null = null;
  /** Line counts across the seeds (site-template detection), updated as files change; every parse reads its snapshot. */
  readonly #lineCounter = new TemplateCounter();
  #templateLines: TemplateLines = this.#lineCounter.snapshot();
  #templates: Templates | null = null;
  #templatesKey = "";
  #templateError: Diagnostic | null = null;
  /** A template that compiled but threw while rendering: the next rebuild of any kind tries again. */
  #renderError: Diagnostic | null = null;
  /** What outlives a rebuild besides the parses: memos of every stage, made with the engine. */
  readonly #state = new RebuildState();
  #assets: string[] = [];
  #archive: Archive | null = null;
  /** Images copied beside their articles by the last render (removed when no article shows them). */
  #media = new Set<string>();

  constructor(options: EngineOptions) {
    this.#o = options;
    this.#seeds = path.resolve(options.seeds);
    this.#configKey = configKey(options.config);
  }

  /** The first build: every seed, template and asset. */
  async full(): Promise<RebuildResult> {
    const start = performance.now();
    const found = await findSeedFiles(this.#seeds);
    for (const w of found.warnings) this.#o.onWarning?.(w);
    for (const f of found.files) this.#count(f.rel, f.abs);
    this.#templateLines = this.#lineCounter.snapshot();
    for (const f of found.files) this.#read(f.rel, f.abs, false);
    this.#loadTemplates();
    this.#copyAssets();
    return this.#render(start);
  }

  /** Applies a batch of changes with the least work their kinds need. */
  async apply(changes: readonly Change[]): Promise<RebuildResult> {
    const start = performance.now();
    let templates = false;
    let assets = false;
    let content = false;
    for (const change of changes) {
      switch (change.kind) {
        case "content":
          content = (await this.#content(change.path)) || content;
          break;
        case "template":
          templates = true;
          break;
        case "asset":
          assets = true;
          break;
        case "config":
          throw new NewsarchiveError("a configuration change needs a new engine");
      }
    }
    // A change that moved a line across a template threshold changes how every file reads: re-read them all.
    if (content && this.#lineCounter.snapshot() !== this.#templateLines) {
      const before = this.#templateLines.digest;
      this.#templateLines = this.#lineCounter.snapshot();
      if (this.#templateLines.digest !== before) for (const rel of [...this.#files.keys()]) this.#read(rel, path.join(this.#seeds, rel), false);
    }
    if (templates) this.#loadTemplates();
    if (assets) this.#copyAssets();
    // A file saved with the same bytes (or touched) changes nothing: skip the page pass.
    if (!content && !templates) return { changed: this.#o.writer.take(), errors: this.errors(), pagesRendered: 0, ms: performance.now() - start };
    return this.#render(start);
  }

  /** Every error that stands now, templates first. */
  errors(): Diagnostic[] {
    const seeds = [...this.#files.values()].flatMap((f) => f.errors);
    return [this.#templateError, this.#renderError].filter((e): e is Diagnostic => e !== null).concat(seeds);
  }

  /** Re-reads what is at `abs` now; true when the set of records may have changed. */
  async #content(abs: string): Promise<boolean> {
    const rel = path.relative(this.#seeds, path.resolve(abs)).split(path.sep).join("/");
    if (rel.startsWith("..") || path.isAbsolute(rel)) return false;
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      stat = null;
    }
    const under = (r: string) => rel === "" || r === rel || r.startsWith(`${rel}/`);
    // A folder appeared or was renamed into place, or a symlink (which must follow the build's
    // rule: inside the seeds folder, read once): read what is in it, forget what is gone.
    if (stat?.isDirectory() || viaSymlink(this.#seeds, path.resolve(abs))) {
      const found = await findSeedFiles(this.#seeds);
      for (const w of found.warnings) if (under(w.file)) this.#o.onWarning?.(w);
      const present = new Set(found.files.map((f) => f.rel));
      let changed = false;
      for (const known of [...this.#files.keys()]) if (under(known) && !present.has(known)) changed = this.#forget(known) || changed;
      for (const f of found.files) if (under(f.rel)) changed = this.#read(f.rel, f.abs) || changed;
      return changed;
    }
    if (stat?.isFile() && isSeedPath(this.#seeds, rel)) return this.#read(rel, abs);
    let changed = false;
    for (const known of [...this.#files.keys()]) if (under(known)) changed = this.#forget(known) || changed;
    // Any other file beside the seeds (an image an article shows): its copy and the page's size follow it.
    return changed || !isSeedPath(this.#seeds, rel);
  }

  /** Counts one file's lines for template detection (a file that cannot be read counts as empty). */
  #count(rel: string, abs: string): void {
    try {
      this.#lineCounter.set(rel, readFileSync(abs));
    } catch {
      this.#lineCounter.delete(rel);
    }
  }

  /** Reads and parses one file (from the cache when its bytes were seen before); true when it changed. */
  #read(rel: string, abs: string, count = true): boolean {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(abs);
    } catch (cause) {
      const entry = this.#files.get(rel);
      if (entry) entry.errors = [unreadable(rel, cause)];
      return true;
    }
    if (count) this.#lineCounter.set(rel, bytes);
    const key = parseKey(rel, bytes, this.#configKey, this.#templateLines);
    let ingested = this.#o.cache.get(key);
    if (!ingested) {
      ingested = ingestFile(rel, bytes, this.#o.config, this.#templateLines);
      this.#o.cache.set(key, ingested);
    }
    // Every save of a file would otherwise add a parse that nothing uses again (the engine keeps the good one).
    const before = this.#readKeys.get(rel);
    if (before !== undefined && before !== key) this.#o.cache.delete(before);
    this.#readKeys.set(rel, key);
    const entry = this.#files.get(rel);
    if (entry?.good === ingested && entry.errors === ingested.errors) return false;
    // A broken save keeps the last good version of the file on the site until it is fixed.
    if (entry && ingested.errors.length > 0) entry.errors = ingested.errors;
    else {
      if (!entry) this.#sorted = null;
      this.#files.set(rel, { good: ingested, errors: ingested.errors });
    }
    return true;
  }

  #forget(rel: string): boolean {
    this.#sorted = null;
    this.#lineCounter.delete(rel);
    const key = this.#readKeys.get(rel);
    if (key !== undefined) this.#o.cache.delete(key);
    this.#readKeys.delete(rel);
    return this.#files.delete(rel);
  }

  #loadTemplates(): void {
    const dirs = templateDirs(this.#o.root, this.#o.config);
    try {
      this.#templates = Templates.load(dirs);
      this.#templatesKey = templatesKey(dirs);
      this.#templateError = null;
    } catch (error) {
      if (!(error instanceof NewsarchiveError)) throw error;
      this.#templateError = error.toDiagnostic("template");
    }
  }

  #copyAssets(): void {
    const copied = copyStatic(publicDirs(this.#o.root, this.#o.config), this.#o.writer);
    const now = new Set(copied);
    for (const rel of this.#assets) if (!now.has(rel)) this.#o.writer.remove(rel);
    this.#assets = copied;
  }

  /** The archive of the site last rendered (null before the first), for the search index. */
  archive(): Archive | null {
    return this.#archive;
  }

  #articles(): ParsedArticle[] {
    this.#sorted ??= [...this.#files.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return this.#sorted.flatMap((rel) => this.#files.get(rel)!.good.articles);
  }

  #render(start: number): RebuildResult {
    const writer = this.#o.writer;
    let pagesRendered = 0;
    if (this.#templates && !this.#templateError) {
      const articles = this.#articles();
      const archive = buildArchive(articles, this.#o.config, mentionsOf(this.#state, articles), this.#state.archive);
      this.#archive = archive;
      const media = collectMedia(archive, this.#seeds);
      archive.media = media.index;
      for (const [file, bytes] of media.files) writer.write(file, bytes);
      const copied = new Set(media.files.map(([file]) => file));
      for (const file of this.#media) if (!copied.has(file)) writer.remove(file);
      this.#media = copied;
      const site = siteView(this.#o.config);
      try {
        const pass = pagePass(archive, this.#templates, site, this.#templatesKey, this.#state);
        for (const [file, html] of pass.rendered) writer.write(file, html);
        for (const file of pass.removed) writer.remove(file);
        const extras = this.#state.siteFiles.update(archive, site, pass.urls, this.#state.render);
        for (const [file, bytes] of extras.write) writer.write(file, bytes);
        for (const file of extras.removed) writer.remove(file);
        this.#state.pages = pass.keys;
        pagesRendered = pass.rendered.length;
        this.#renderError = null;
      } catch (error) {
        if (!(error instanceof NewsarchiveError)) throw error;
        this.#renderError = error.toDiagnostic("template");
      }
    }
    return { changed: writer.take(), errors: this.errors(), pagesRendered, ms: performance.now() - start };
  }
}
