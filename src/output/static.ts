import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Copies static assets as they are; later folders override earlier ones file by file. Returns the site paths copied. */
export function copyStatic(dirs: readonly string[], writer: { write(rel: string, content: Uint8Array): void }): string[] {
  const files = new Map<string, string>();
  const walk = (root: string, dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(root, abs);
      else if (entry.isFile()) files.set(path.relative(root, abs).split(path.sep).join("/"), abs);
    }
  };
  for (const dir of dirs) if (existsSync(dir)) walk(dir, dir);
  for (const [rel, abs] of [...files].sort()) writer.write(rel, readFileSync(abs));
  return [...files.keys()].sort();
}
