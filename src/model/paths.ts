import path from "node:path";

/** Whether absolute path `p` is folder `dir` itself or lies below it (a plain prefix test would take `/a/bc` as inside `/a/b`). */
export function isWithin(dir: string, p: string): boolean {
  return p === dir || p.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);
}
