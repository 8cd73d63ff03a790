// The site writer's thread: creates folders, compares with the previous site, hard-links or
// writes, so these system calls run beside rendering instead of between pages. Plain JavaScript
// (file system only). Mirrors SiteWriter's synchronous path in site-writer.ts.
import { linkSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";

const dirs = new Set([workerData.staging]);
let written = 0;
let unchanged = 0;
let failure = null;

function ensureDir(dir) {
  if (dirs.has(dir)) return;
  ensureDir(path.dirname(dir));
  try {
    mkdirSync(dir);
  } catch (error) {
    if (error.code !== "EEXIST") throw error;
  }
  dirs.add(dir);
}

function sameBytes(file, bytes) {
  try {
    if (statSync(file).size !== bytes.byteLength) return false;
    return Buffer.compare(readFileSync(file), bytes) === 0;
  } catch {
    return false;
  }
}

function write({ target, previous, bytes }) {
  ensureDir(path.dirname(target));
  if (previous !== null && sameBytes(previous, bytes)) {
    try {
      linkSync(previous, target);
      unchanged++;
      return;
    } catch {
      // Hard links can fail across devices: fall through to a plain write.
    }
  }
  writeFileSync(target, bytes);
  written++;
}

parentPort.on("message", (message) => {
  if (message.type === "write") {
    for (const file of message.files) {
      if (failure) break;
      try {
        write(file);
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
