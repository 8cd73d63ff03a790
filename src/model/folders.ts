// A project's override folders (`templates/`, `public/`) must be where the configuration says: a
// misspelt folder would otherwise fall back to the built-in files without a word.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { ConfigError } from "./diagnostics.ts";
import { editDistance } from "./suggest.ts";

/**
 * Throws when the configuration names a folder that does not exist, or when the project has no
 * folder of the default name but one whose name is a likely misspelling of it (`template/`, `Public/`).
 */
export function checkOverrideFolder(root: string, defaultName: string, configured: string | null, key: "templates" | "public"): void {
  if (configured) {
    const dir = path.resolve(root, configured);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new ConfigError(`"${key}": "${configured}" names a folder that does not exist (${dir}) — create it, fix the name, or remove the key to use the built-in ${key}`, { location: { file: "newsarchive.config.json" } });
    return;
  }
  if (existsSync(path.join(root, defaultName))) return;
  let names: string[] = [];
  try {
    names = readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  } catch {
    return;
  }
  // One edit at most (`template`, `Templates`, `pubilc`): a folder such as `publish/` is something else.
  const near = names.find((n) => n !== defaultName && editDistance(n.toLowerCase(), defaultName) <= 1);
  if (near) throw new ConfigError(`the folder "${near}/" looks like a misspelt "${defaultName}/", which is where newsarchive looks for your ${key} — rename it to "${defaultName}", or set "${key}": "${near}" in the configuration`, { location: { file: path.join(root, near) } });
}
