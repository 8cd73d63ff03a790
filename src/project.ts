// Where a project's files are: the package's built-in templates and assets, and the project's
// own folders that override them file by file.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { checkOverrideFolder, type SiteConfig } from "./model/index.ts";

/** The package's own folder, where the built-in templates and assets live. */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The template and asset folders in override order: built-in first, then the project's. */
export function layerDirs(root: string, builtin: string, configured: string | null): string[] {
  const own = configured ? path.resolve(root, configured) : path.resolve(root, path.basename(builtin));
  return own === builtin ? [builtin] : [builtin, own];
}

/** The template folders in override order (built-in first); throws a ConfigError when the configured folder is missing or the project's looks misspelt. */
export function templateDirs(root: string, config: SiteConfig): string[] {
  const dirs = layerDirs(root, path.join(PACKAGE_ROOT, "templates"), config.templates);
  if (dirs.length > 1) checkOverrideFolder(root, "templates", config.templates, "templates");
  return dirs;
}

/** The public-asset folders in override order (built-in first); throws a ConfigError when the configured folder is missing or the project's looks misspelt. */
export function publicDirs(root: string, config: SiteConfig): string[] {
  const dirs = layerDirs(root, path.join(PACKAGE_ROOT, "public"), config.public);
  if (dirs.length > 1) checkOverrideFolder(root, "public", config.public, "public");
  return dirs;
}

/** A digest of the template files that win in `dirs`: pages rendered with another set are stale. */
export function templatesKey(dirs: readonly string[]): string {
  const files = new Map<string, string>();
  for (const dir of dirs) if (existsSync(dir)) for (const name of readdirSync(dir).sort()) if (name.endsWith(".eta")) files.set(name, path.join(dir, name));
  const h = createHash("sha1");
  for (const [name, file] of [...files].sort()) {
    h.update(`${name}\0`);
    try {
      h.update(readFileSync(file));
    } catch {
      h.update("\0unreadable");
    }
  }
  return h.digest("base64url").slice(0, 16);
}
