// A CLI build after an edit keeps the files of pages whose data is the same as at the last build
// (their content keys, kept in the build cache, say so) instead of rendering them again: one
// edited article at 10,000 renders its page and the lists that show it, not every page. A file is
// kept only when it is still as the last build left it (size and modification time).
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import type { BuildCache } from "./disk-cache.ts";
import { ContentKeys, type RecordNames } from "./content-keys.ts";
import { lastOutputFiles } from "./last-build.ts";
import { holdsExactly } from "../../output/patch-site.ts";

const FILE = "page-keys.json";

/** What the last build left: its output folder and each page's key. */
interface Saved {
  out: string;
  keys: Array<[url: string, key: string]>;
}

/** This build's page keys, and the last build's to compare them with. */
export class PageReuse {
  readonly #keys: ContentKeys;
  readonly #previous: Map<string, string>;
  readonly #files: Map<string, [number, number]>;
  readonly #out: string;
  readonly #next = new Map<string, string>();
  /** Set when `intactFiles` found the folder exactly as the last build left it. */
  #intact = false;
  /** Pages whose files were kept. */
  kept = 0;

  private constructor(out: string, prefix: string, names: RecordNames | undefined, previous: Map<string, string>, files: Map<string, [number, number]>) {
    this.#out = out;
    this.#keys = new ContentKeys(prefix, names);
    this.#previous = previous;
    this.#files = files;
  }

  /**
   * The last build's keys for `out` (none when it wrote elsewhere or left no record); `prefix` keys
   * what every page shares, `names` names the records it knows (see `ContentKeys`).
   */
  static load(cache: BuildCache, out: string, prefix: string, names?: RecordNames): PageReuse {
    const abs = path.resolve(out);
    const saved = cache.readJson<Saved>(FILE);
    const files = saved?.out === abs ? lastOutputFiles(cache, abs) : null;
    return new PageReuse(abs, prefix, names, files ? new Map(saved!.keys) : new Map(), files ?? new Map());
  }

  /** Whether the cache holds a build's page keys (a build then expects to keep most pages). */
  static saved(cache: BuildCache): boolean {
    return existsSync(path.join(cache.dir, FILE));
  }

  /** True when the page at `url` (whose file is `file`) may keep its file from the last build; its key is recorded either way. */
  keep(page: { url: string }, file: string): boolean {
    return this.#decide(page.url, file, this.#keys.of(page));
  }

  /**
   * The same for an article page known by the key of everything it is made from (see
   * `PageOptions.keptArticle`), before it is made: when its file stands, it is never made at all.
   */
  keepArticle(url: string, file: string, inputs: string): boolean {
    return this.#decide(url, file, `a${this.#keys.digest(inputs)}`);
  }

  /** The digest of `text` under this build's prefix (see `ContentKeys.digest`). */
  digest(text: string): string {
    return this.#keys.digest(text);
  }

  #decide(url: string, file: string, key: string): boolean {
    this.#next.set(url, key);
    if (this.#previous.get(url) !== key) return false;
    const was = this.#files.get(file);
    if (!was) return false;
    if (this.#intact) {
      // `intactFiles` found every file as the last build left it: no need to look again.
      this.kept++;
      return true;
    }
    try {
      const st = statSync(path.join(this.#out, file));
      if (st.size !== was[0] || st.mtimeMs !== was[1]) return false;
    } catch {
      return false;
    }
    this.kept++;
    return true;
  }

  /**
   * The last build's files when the output folder holds exactly them, each as that build left it
   * (size, modification time): then the site can be patched in place (see output/patch-site.ts).
   */
  intactFiles(): ReadonlySet<string> | null {
    if (this.#files.size === 0) return null;
    for (const [rel, [size, mtime]] of this.#files) {
      try {
        const st = statSync(path.join(this.#out, rel));
        if (st.size !== size || st.mtimeMs !== mtime) return null;
      } catch {
        return null;
      }
    }
    const files = new Set(this.#files.keys());
    if (!holdsExactly(this.#out, files)) return null;
    this.#intact = true;
    return files;
  }

  /** The last build's files with their size and modification time then (empty when it left no record for this folder). */
  get lastFiles(): ReadonlyMap<string, [number, number]> {
    return this.#files;
  }

  /** Keeps this build's keys for the next (after the site is in place). */
  save(cache: BuildCache): void {
    cache.writeJson(FILE, { out: this.#out, keys: [...this.#next] } satisfies Saved);
  }
}
