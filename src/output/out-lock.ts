import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import path from "node:path";
import { NewsarchiveError } from "../model/index.ts";

/** The lock file of an output folder: beside it, where the staging folder and the swap happen. */
export function lockFileFor(out: string): string {
  const abs = path.resolve(out);
  return path.join(path.dirname(abs), `.${path.basename(abs)}.lock`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes the output folder for one build or dev session: a second one writing the same folder
 * would delete the first one's staging folder half-way, so it is refused with a message instead.
 * A lock left by a process that no longer runs (a killed build) is taken over. Returns the release.
 */
export function lockOutDir(out: string): () => void {
  const file = lockFileFor(out);
  for (let attempt = 0; attempt < 2; attempt++) {
    let fd: number;
    try {
      fd = openSync(file, "wx");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") return () => {}; // no lock possible (read-only parent): the guard has said why already
      let holder = NaN;
      try {
        holder = Number.parseInt(readFileSync(file, "utf8"), 10);
      } catch {
        // vanished meanwhile: try again
      }
      if (Number.isInteger(holder) && alive(holder)) {
        throw new NewsarchiveError(
          `another newsarchive process (pid ${holder}) is writing the output folder ${out}: wait for it to finish, or choose another --out (if no build is running, delete ${file})`,
        );
      }
      try {
        unlinkSync(file); // left by a process that is gone
      } catch {
        // taken by another process meanwhile: the next attempt finds out
      }
      continue;
    }
    writeSync(fd, `${process.pid}\n`);
    closeSync(fd);
    return () => {
      try {
        if (Number.parseInt(readFileSync(file, "utf8"), 10) === process.pid) unlinkSync(file);
      } catch {
        // already gone
      }
    };
  }
  throw new NewsarchiveError(`cannot lock the output folder ${out}: another process keeps taking ${file}; try again`);
}
