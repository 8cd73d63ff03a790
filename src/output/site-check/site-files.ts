// A built site on disk as the checks see it: its files, the page a site path resolves to, and the
// ids each page declares (read once per page).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** A built site folder and what the checks learn about it, owned by one check run. */
export class BuiltSite {
  /** Ids (and `<a name>`s) each page declares, by file; filled as anchors are checked. */
  private readonly ids = new Map<string, Set<string>>();

  /** `dir`: the site folder; `basePath`: the path the site is served under ("/", "/archive/"). */
  constructor(readonly dir: string, readonly basePath: string) {}

  /** Every file of the site, as paths relative to it with forward slashes, sorted. */
  files(): string[] {
    return readdirSync(this.dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(this.dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
      .sort();
  }

  /** The site path a file is served at ("2025/index.html" → "/archive/2025/"). */
  urlOf(file: string): string {
    return this.basePath + file.replace(/(^|\/)index\.html$/, "$1");
  }

  /** The file a site path ("/archive/2025/") names, or why it names none. */
  resolve(sitePath: string): { file: string } | { problem: string } {
    if (!sitePath.startsWith(this.basePath)) return { problem: `outside the site's base path ${this.basePath}` };
    let rel: string;
    try {
      rel = decodeURIComponent(sitePath.slice(this.basePath.length));
    } catch {
      return { problem: "a badly encoded path" };
    }
    const target = path.join(this.dir, rel);
    if (path.relative(this.dir, target).startsWith("..")) return { problem: "outside the site" };
    try {
      if (statSync(target).isDirectory()) {
        const index = path.join(target, "index.html");
        return statSync(index).isFile() ? { file: index } : { problem: "a folder without index.html" };
      }
      return { file: target };
    } catch {
      return { problem: "no such file in the site" };
    }
  }

  /** Whether the page at `file` declares `id` (an `id` attribute or an `<a name>`). */
  hasAnchor(file: string, id: string): boolean {
    let set = this.ids.get(file);
    if (!set) {
      set = new Set();
      for (const m of readFileSync(file, "utf8").matchAll(/\s(?:id|name)="([^"]*)"/g)) set.add(decodeEntities(m[1]!));
      this.ids.set(file, set);
    }
    return set.has(id);
  }
}

/** The few entities attribute values carry in newsarchive's HTML. */
export function decodeEntities(text: string): string {
  return text.replace(/&amp;/g, "&").replace(/&quot;|&#34;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">");
}
