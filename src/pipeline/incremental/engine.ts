import { readFileSync } from "node:fs";
import path from "node:path";
import type { Archive } from "../../archive/index.ts";
import { RebuildState } from "./state.ts";
import { NewsarchiveError, type Article, type Diagnostic, type SiteConfig } from "../../model/index.ts";
import { copyStatic } from "../../output/index.ts";
import { siteView, Templates } from "../../render/index.ts";
import type { Change } from "./changes.ts";
import type { DirectWriter } from "../../output/direct-writer.ts";
import type { IngestedFile } from "../../ingest/ingest-file.ts";
import { SeedParses } from "./seed-parses.ts";
import { publicDirs, templateDirs, templatesKey } from "../../project.ts";
import { fullPass } from "./full-pass.ts";
import type { NewerWaiting } from "./turns.ts";
import { ArchiveFiles, editedInPlace, quickPages } from "./quick-pass.ts";

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
  /** A quick pass (`SiteEngine.preview`): only the edited articles' pages; a full pass follows. */
  partial?: boolean;
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
  readonly #files: SeedParses;
  #templates: Templates | null = null;
  #templatesKey = "";
  #templateError: Diagnostic | null = null;
  /** A template that compiled but threw while rendering: the next rebuild of any kind tries again. */
  #renderError: Diagnostic | null = null;
  /** What outlives a rebuild besides the parses: memos of every stage, made with the engine. */
  readonly #state = new RebuildState();
  #assets: string[] = [];
  #archive: Archive | null = null;
  /** The site's articles by file, for quick passes (made on the first after each full pass). */
  #archiveFiles: ArchiveFiles | null = null;
  /** Images copied beside their articles by the last render (removed when no article shows them). */
  #media = new Set<string>();
  /** Whether a pass was stopped by newer changes (the next apply then renders whatever it read). */
  #owed = false;

  constructor(options: EngineOptions) {
    this.#o = options;
    this.#seeds = path.resolve(options.seeds);
    this.#files = new SeedParses(options.seeds, options.config, options.cache, options.onWarning);
  }

  /** The first build: every seed, template and asset. */
  async full(): Promise<RebuildResult> {
    const start = performance.now();
    await this.#files.readAll();
    this.#loadTemplates();
    this.#copyAssets();
    return this.#render(start);
  }

  /**
   * The quick pass: when every change is an edit of a known seed that only changed what its
   * articles say (see `editedInPlace`), their pages rendered against the site's archive, else
   * null. Nothing of the engine's changes: the full pass (`apply`) follows with the same changes.
   */
  preview(changes: readonly Change[]): RebuildResult | null {
    const start = performance.now();
    const archive = this.#archive;
    const templates = this.#templates;
    if (!archive || !templates || this.#templateError || this.#renderError || changes.some((c) => c.kind !== "content")) return null;
    const onSite = (this.#archiveFiles ??= new ArchiveFiles(archive));
    const edited: Article[] = [];
    for (const rel of new Set(changes.map((c) => this.#files.relative(c.path)))) {
      if (rel === null || !this.#files.has(rel)) return null;
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(path.join(this.#seeds, rel));
      } catch {
        return null;
      }
      const ingested = this.#files.parse(rel, bytes);
      const articles = ingested.errors.length === 0 ? editedInPlace(onSite, rel, ingested.articles) : null;
      if (!articles) return null;
      edited.push(...articles);
    }
    if (edited.length === 0) return null;
    const pages = quickPages(archive, edited, templates, siteView(this.#o.config));
    for (const [file, html] of pages) this.#o.writer.write(file, html);
    return { changed: this.#o.writer.take(), errors: this.errors(), pagesRendered: pages.length, ms: performance.now() - start, partial: true };
  }

  /**
   * Applies a batch of changes with the least work their kinds need. With `newer`, the page pass
   * stops (throwing `Superseded`, the site untouched) when it says newer changes wait; the next
   * call then does the pass, whatever its own changes.
   */
  async apply(changes: readonly Change[], newer?: NewerWaiting): Promise<RebuildResult> {
    const start = performance.now();
    let templates = false;
    let assets = false;
    let content = false;
    for (const change of changes) {
      switch (change.kind) {
        case "content":
          content = (await this.#files.content(change.path)) || content;
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
    // A change that moved a line across a template threshold changes how every file reads.
    if (content) this.#files.recount();
    if (templates) this.#loadTemplates();
    if (assets) this.#copyAssets();
    // A file saved with the same bytes (or touched) changes nothing: skip the page pass.
    if (!content && !templates && !this.#owed) return { changed: this.#o.writer.take(), errors: this.errors(), pagesRendered: 0, ms: performance.now() - start };
    return this.#render(start, newer);
  }

  /** Every error that stands now, templates first. */
  errors(): Diagnostic[] {
    const seeds = this.#files.errors();
    return [this.#templateError, this.#renderError].filter((e): e is Diagnostic => e !== null).concat(seeds);
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

  async #render(start: number, newer?: NewerWaiting): Promise<RebuildResult> {
    const writer = this.#o.writer;
    let pagesRendered = 0;
    if (this.#templates && !this.#templateError) {
      // Owed until a pass finishes: one stopped by newer changes leaves the next to do its work.
      this.#owed = true;
      try {
        const done = await fullPass({ articles: this.#files.articles(), config: this.#o.config, seeds: this.#seeds, templates: this.#templates, templatesKey: this.#templatesKey, state: this.#state, writer, media: this.#media }, newer);
        this.#archive = done.archive;
        this.#archiveFiles = null;
        this.#media = done.media;
        pagesRendered = done.pagesRendered;
        this.#renderError = null;
      } catch (error) {
        if (!(error instanceof NewsarchiveError)) throw error;
        this.#renderError = error.toDiagnostic("template");
      }
      this.#owed = false;
    }
    return { changed: writer.take(), errors: this.errors(), pagesRendered, ms: performance.now() - start };
  }
}
