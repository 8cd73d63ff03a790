import { guardOutDir, type OutDirCheck } from "./out-dir-guard.ts";
import { lockOutDir } from "./out-lock.ts";

/**
 * The checks every writer of an output folder makes first (the CLI's `build`, the `build()` API,
 * `dev`): the folder may be replaced (`guardOutDir`), and no other process is writing it
 * (`lockOutDir`). Returns the lock's release.
 */
export function guardAndLockOut(check: OutDirCheck): () => void {
  guardOutDir(check);
  return lockOutDir(check.out);
}
