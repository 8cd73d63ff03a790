import path from "node:path";
import { ConfigError } from "../model/index.ts";
import { guardOutDir, type OutDirCheck } from "./out-dir-guard.ts";
import { lockOutDir } from "./out-lock.ts";

/**
 * The checks every writer of an output folder makes first (the CLI's `build`, the `build()` API,
 * `dev`): the folder may be replaced (`guardOutDir`), the configured public folder is inside the
 * project (`publicInsideProject`), and no other process is writing the folder (`lockOutDir`).
 * Returns the lock's release.
 */
export function guardAndLockOut(check: OutDirCheck & { configuredPublic?: string | null }): () => void {
  guardOutDir(check);
  publicInsideProject(check.root, check.configuredPublic ?? null);
  return lockOutDir(check.out);
}

/**
 * Everything in the public folder is published as it is, so the configuration may not point it
 * outside the project: `"public": "~/.ssh"` or `"../"` would publish private files.
 */
export function publicInsideProject(root: string, configured: string | null): void {
  if (configured === null) return;
  const dir = path.resolve(root, configured);
  const rel = path.relative(path.resolve(root), dir);
  if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) {
    throw new ConfigError(`"public" is ${configured}, ${rel === "" ? "the project folder itself" : "outside the project folder"}: everything in it would be published; point it at a folder of static files inside the project`);
  }
}
