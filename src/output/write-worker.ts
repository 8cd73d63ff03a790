// The site writer's thread: folders, comparisons with the previous site, links and writes run
// here, beside rendering instead of between pages (file system only).
import { parentPort, workerData } from "node:worker_threads";
import { StagedFiles } from "./staged-files.ts";

/** A message from the site writer: files to write, or a request for the totals. */
export type WriteMessage = { type: "write"; files: Array<{ target: string; previous: string | null; bytes: Uint8Array }> } | { type: "settle" };

/** A reply to the site writer. */
export type WriteReply = { type: "wrote"; count: number } | { type: "settled"; written: number; unchanged: number; failure: string | null };

const files = new StagedFiles((workerData as { staging: string }).staging);
let written = 0;
let unchanged = 0;
let failure: string | null = null;

const port = parentPort!;
port.on("message", (message: WriteMessage) => {
  if (message.type === "write") {
    for (const file of message.files) {
      if (failure) break;
      try {
        if (files.write(file.target, file.previous, file.bytes)) written++;
        else unchanged++;
      } catch (error) {
        failure = `${file.target}: ${(error as Error).message}`;
      }
    }
    // Acknowledged, so the main thread can hold back when writing falls behind rendering.
    port.postMessage({ type: "wrote", count: message.files.length } satisfies WriteReply);
  } else {
    port.postMessage({ type: "settled", written, unchanged, failure } satisfies WriteReply);
  }
});
