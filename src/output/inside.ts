import path from "node:path";
import { NewsarchiveError } from "../model/index.ts";

/**
 * The absolute path of a site-relative file inside `folder` (absolute), refusing anything that
 * would land outside it (`../`, an absolute path): the one check every writer makes.
 */
export function insideFolder(folder: string, rel: string): string {
  const target = path.resolve(folder, `.${path.posix.normalize(`/${rel}`)}`);
  if (!target.startsWith(folder + path.sep)) throw new NewsarchiveError(`refusing to write outside the output folder: ${rel}`);
  return target;
}
