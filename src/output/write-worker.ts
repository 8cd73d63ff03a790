// The site writer's thread: folders, comparisons with the previous site, links and writes run
// here, beside rendering instead of between pages (file system only).
import { parentPort, workerData } from "node:worker_threads";
import { StagedFiles } from "./staged-files.ts";

/** A message from the site writer: files to write, or a request for the totals. */
export type WriteMessage = { type: "write"; files: Array<{ target: string; previous: string | null; bytes: Uint8Array | null }> } | { type: "settle" };

/** A reply to the site writer. */
export type WriteReply = { type: "wrote"; count: number } | { type: "settled"; written: number; unchanged: number; failure: string | null };

/** The thread's work: the staged files and what became of them. */
class WriteThread {
  readonly #files: StagedFiles;
  #written = 0;
  #unchanged = 0;
  #failure: string | null = null;

  constructor(staging: string, linkUnchanged: boolean) {
    this.#files = new StagedFiles(staging, linkUnchanged);
  }

  handle(message: WriteMessage): WriteReply {
    if (message.type === "settle") return { type: "settled", written: this.#written, unchanged: this.#unchanged, failure: this.#failure };
    for (const file of message.files) {
      if (this.#failure) break;
      try {
        if (this.#files.write(file.target, file.previous, file.bytes)) this.#written++;
        else this.#unchanged++;
      } catch (error) {
        this.#failure = `${file.target}: ${(error as Error).message}`;
      }
    }
    // Acknowledged, so the main thread can hold back when writing falls behind rendering.
    return { type: "wrote", count: message.files.length };
  }
}

const data = workerData as { staging: string; linkUnchanged: boolean };
const thread = new WriteThread(data.staging, data.linkUnchanged);
parentPort!.on("message", (message: WriteMessage) => parentPort!.postMessage(thread.handle(message)));
