// The site writer's thread: folders, comparisons with the previous site, links and writes run
// here, beside rendering instead of between pages. Plain JavaScript (file system only).
import { parentPort, workerData } from "node:worker_threads";
import { StagedFiles } from "./staged-files.mjs";

const files = new StagedFiles(workerData.staging);
let written = 0;
let unchanged = 0;
let failure = null;

parentPort.on("message", (message) => {
  if (message.type === "write") {
    for (const file of message.files) {
      if (failure) break;
      try {
        if (files.write(file.target, file.previous, file.bytes)) written++;
        else unchanged++;
      } catch (error) {
        failure = `${file.target}: ${error.message}`;
      }
    }
    // Acknowledged, so the main thread can hold back when writing falls behind rendering.
    parentPort.postMessage({ type: "wrote", count: message.files.length });
  } else if (message.type === "settle") {
    parentPort.postMessage({ type: "settled", written, unchanged, failure });
  }
});
