// The dev server's search index: made in the background after the first build, then brought up to
// date after each rebuild. Only the shards whose records changed are indexed again (an edit touches
// one year's shard), and a burst of rebuilds is folded into one update with the latest archive.
import type { Archive } from "../archive/index.ts";
import { SearchIndexer } from "../output/index.ts";
import { searchInputs } from "../render/index.ts";

/** The dev server's search index, owned by one dev session: updates run in the background one at a time, and a failed update is logged as a warning, never thrown. */
export class LiveSearch {
  readonly #indexer = new SearchIndexer({ background: true });
  readonly #out: string;
  readonly #log: (line: string) => void;
  #pending: Archive | null = null;
  #running: Promise<void> | null = null;
  #first = true;

  constructor(out: string, log: (line: string) => void) {
    this.#out = out;
    this.#log = log;
  }

  /** Brings the index up to date with `archive`, in the background. */
  update(archive: Archive | null): void {
    if (!archive) return;
    this.#pending = archive;
    this.#running ??= this.#drain();
  }

  /** Resolves when no update is under way or waiting. */
  async settled(): Promise<void> {
    while (this.#running) await this.#running;
  }

  async close(): Promise<void> {
    this.#pending = null;
    await this.settled();
    await this.#indexer.close();
  }

  async #drain(): Promise<void> {
    while (this.#pending) {
      const archive = this.#pending;
      this.#pending = null;
      try {
        const r = await this.#indexer.update(this.#out, searchInputs(archive));
        if (this.#first || r.indexed) this.#log(`search index ${this.#first ? "ready" : "updated"} (${r.pages} articles; ${r.indexed} of ${r.shards} shards indexed)`);
        this.#first = false;
      } catch (error) {
        this.#log(`warning: search index not built: ${(error as Error).message}`);
      }
    }
    this.#running = null;
  }
}
