import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export function tempDir(prefix = "newsarchive-test-"): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/**
 * Every file under `dir`, as paths relative to it with forward slashes. A folder that is gone by the
 * time the walk reaches it is skipped: the dev server's search index swaps its bundles in the
 * background, and a walk of its live folder can meet one half renamed.
 */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch (error) {
      if (d !== dir && (error as NodeJS.ErrnoException).code === "ENOENT") return;
      throw error;
    }
    for (const e of entries) {
      const abs = path.join(d, e.name);
      if (e.isDirectory()) walk(abs);
      else out.push(path.relative(dir, abs).split(path.sep).join("/"));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * The internal links (href/src) of an HTML page that are site paths. Every link newsarchive makes
 * is root-relative; a relative link written inside a Markdown body is its author's, not checked.
 */
export function internalLinks(html: string): string[] {
  const links: string[] = [];
  for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
    const url = m[1]!.replace(/&amp;/g, "&");
    if (!url.startsWith("/") || url.startsWith("//")) continue;
    links.push(url);
  }
  return links;
}

/** Resolves a site link ("/2025/02/", "/style.css") to a file of the built site, or null when broken. */
export function resolveLink(dist: string, basePath: string, url: string): string | null {
  const clean = url.split("#")[0]!.split("?")[0]!;
  if (!clean.startsWith(basePath)) return null;
  const rel = decodeURIComponent(clean.slice(basePath.length));
  const target = path.join(dist, rel);
  try {
    const s = statSync(target);
    if (s.isDirectory()) return statSync(path.join(target, "index.html")).isFile() ? path.join(target, "index.html") : null;
    return target;
  } catch {
    return null;
  }
}

/** Broken internal links of a built site: `page → link` for every link that resolves to no file. */
export function brokenLinks(dist: string, basePath = "/"): string[] {
  const broken: string[] = [];
  for (const file of listFiles(dist).filter((f) => f.endsWith(".html"))) {
    const html = readFileSync(path.join(dist, file), "utf8");
    for (const link of internalLinks(html)) if (!resolveLink(dist, basePath, link)) broken.push(`${file} → ${link}`);
  }
  return broken;
}

/** Pages reachable from the home page by following internal links, with their click depth. */
export function crawl(dist: string, basePath = "/"): Map<string, number> {
  const depth = new Map<string, number>();
  const start = path.join(dist, "index.html");
  depth.set(start, 0);
  const queue = [start];
  while (queue.length) {
    const file = queue.shift()!;
    if (!file.endsWith(".html")) continue;
    for (const link of internalLinks(readFileSync(file, "utf8"))) {
      const target = resolveLink(dist, basePath, link);
      if (target && !depth.has(target)) {
        depth.set(target, depth.get(file)! + 1);
        queue.push(target);
      }
    }
  }
  return depth;
}
