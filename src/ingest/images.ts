// Images a Markdown body points at beside its seed (`![A ferry](images/ferry.jpg)`): listed with their
// line so the build can copy them with the page, size them, and report a missing file or alt text.
// Remote images (`https://…`) and site paths (`/logo.png`) are left as they are.
import type { ImageRef } from "../model/index.ts";

/** `![alt](src "title")` and `![alt](<src>)`; the alt text stops at the first `]`, which covers what authors write. */
const IMAGE = /!\[([^\]\n]{0,500})\]\(\s*(?:<([^>\n]{1,500})>|([^\s)]{1,500}))(?:\s+["'(][^\n]{0,300}?["')])?\s*\)/g;

/** Is this a path beside the seed (no scheme, not a site path, not a fragment)? */
export function isLocalImage(src: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(src) && !src.startsWith("/") && !src.startsWith("#");
}

/** The local images of Markdown source lines; `firstLine` is the 1-based file line of `lines[0]`. */
export function imageRefs(lines: readonly string[], firstLine: number): ImageRef[] {
  const out: ImageRef[] = [];
  lines.forEach((text, i) => {
    if (!text.includes("![")) return;
    for (const m of text.matchAll(IMAGE)) {
      const src = (m[2] ?? m[3] ?? "").trim();
      if (src && isLocalImage(src)) out.push({ src, alt: m[1]!.trim(), line: firstLine + i });
    }
  });
  return out;
}
