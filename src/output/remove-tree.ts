import { chmodSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";

/**
 * Removes a folder newsarchive made (a staging folder, the previous site after a swap), making
 * read-only folders inside it writable first: a site someone marked read-only must not leave
 * debris beside the output folder that breaks every later build. Never throws; returns whether
 * the folder is gone.
 */
export function removeTree(dir: string): boolean {
  try {
    rmSync(dir, { recursive: true, force: true });
    return true;
  } catch {
    try {
      makeWritable(dir);
      rmSync(dir, { recursive: true, force: true });
      return true;
    } catch {
      return false;
    }
  }
}

function makeWritable(dir: string): void {
  const st = statSync(dir);
  if (!st.isDirectory()) return;
  chmodSync(dir, st.mode | 0o700);
  for (const e of readdirSync(dir, { withFileTypes: true })) if (e.isDirectory()) makeWritable(path.join(dir, e.name));
}
