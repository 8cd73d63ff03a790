// The base URL a built site was made for: its home page's canonical link says it.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/** The base URL of the site in `dir` (its home page's canonical link), or null when there is none. */
export function builtBaseUrl(dir: string): string | null {
  const home = path.join(dir, "index.html");
  if (!existsSync(home)) return null;
  const m = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(home, "utf8"));
  return m ? m[1]!.replace(/&amp;/g, "&") : null;
}
