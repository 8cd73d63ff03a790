// Internal links of a built site: every href and src of every page that stays on the site must name
// a file of it, and a #fragment must name an id on the page it points at. Links to other sites are
// not fetched (a check in CI must not depend on someone else's server).
import { readFileSync } from "node:fs";
import path from "node:path";
import { decodeEntities, type BuiltSite } from "./site-files.ts";

/** One broken link: the page it is on, the link as written, and what is wrong with it. */
export interface BrokenLink {
  /** The page, relative to the site folder. */
  file: string;
  /** The href or src as written in the page. */
  link: string;
  /** Why it is broken. */
  problem: string;
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** The broken internal links and anchors of every HTML page of `site`; counts the links checked. */
export function checkLinks(site: BuiltSite, files: readonly string[]): { broken: BrokenLink[]; links: number; pages: number } {
  const broken: BrokenLink[] = [];
  let links = 0;
  const pages = files.filter((f) => f.endsWith(".html"));
  for (const file of pages) {
    const abs = path.join(site.dir, file);
    const pageUrl = new URL(site.urlOf(file), "http://site.invalid");
    for (const m of readFileSync(abs, "utf8").matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const written = decodeEntities(m[1]!);
      if (written === "" || EXTERNAL.test(written)) continue;
      links++;
      let url: URL;
      try {
        url = new URL(written, pageUrl);
      } catch {
        broken.push({ file, link: written, problem: "not a valid URL" });
        continue;
      }
      if (url.host !== "site.invalid") continue;
      const target = written.startsWith("#") ? { file: abs } : site.resolve(url.pathname);
      if ("problem" in target) {
        broken.push({ file, link: written, problem: target.problem });
        continue;
      }
      const id = safeDecode(url.hash.slice(1));
      if (id && target.file.endsWith(".html") && !site.hasAnchor(target.file, id)) {
        broken.push({ file, link: written, problem: `no element with id "${id}" on ${path.relative(site.dir, target.file).split(path.sep).join("/")}` });
      }
    }
  }
  return { broken, links, pages: pages.length };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
