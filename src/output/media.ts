// Images beside a seed, published with their article: each local image a Markdown body shows is copied
// into the article's folder, measured (width and height from the file's header, so the page does not
// jump as it loads) and reported when its file is missing or it has no alt text.
import { readFileSync, realpathSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Archive } from "../archive/index.ts";
import type { Diagnostic } from "../model/index.ts";
import { isWithin } from "../model/paths.ts";

// image-size (26 modules) is loaded when an article first shows a local image, not by every build.
const require = createRequire(import.meta.url);

/** A published image: its site path and, when the header could be read, its size in pixels. */
export interface MediaItem {
  url: string;
  width: number | null;
  height: number | null;
}

/** Per article id: each image `src` as written → where it was published. */
export type MediaIndex = Map<string, Map<string, MediaItem>>;

/** What collectMedia found: where each article's images went, the image files to write, and warnings for missing files and images without alt text. */
export interface CollectedMedia {
  index: MediaIndex;
  /** Site-relative file path → bytes. */
  files: Array<[string, Uint8Array]>;
  warnings: Diagnostic[];
}

/** Where an image goes inside its article's folder: its own relative path, or `media/<name>` when it climbs out. */
function publishedPath(src: string): string {
  const clean = path.posix.normalize(decodeURI(src.split(/[?#]/)[0]!)).replace(/^(\.\/)+/, "");
  return clean.startsWith("../") || clean === ".." ? `media/${path.posix.basename(clean)}` : clean;
}

/** Reads the images of every article from `seeds` (never outside it), for the writer and the pages. */
export function collectMedia(archive: Archive, seeds: string): CollectedMedia {
  const out: CollectedMedia = { index: new Map(), files: [], warnings: [] };
  const root = realpathSync(seeds);
  for (const a of archive.articles) {
    if (!a.images?.length) continue;
    const map = new Map<string, MediaItem>();
    for (const img of a.images) {
      const where = { file: a.origin.file, line: img.line };
      if (!img.alt) out.warnings.push({ ...where, kind: "image", message: `image "${img.src}" has no alt text; readers who cannot see it get nothing — describe it: ![what the picture shows](${img.src})` });
      if (map.has(img.src)) continue;
      let abs: string;
      try {
        abs = realpathSync(path.resolve(root, path.dirname(a.origin.file), decodeURI(img.src.split(/[?#]/)[0]!)));
      } catch {
        out.warnings.push({ ...where, kind: "image", message: `image "${img.src}" was not found beside ${a.origin.file}; it is shown broken — add the file or fix the path` });
        continue;
      }
      if (!isWithin(root, abs)) {
        out.warnings.push({ ...where, kind: "image", message: `image "${img.src}" is outside the seeds folder and was not published — move it into the seeds folder` });
        continue;
      }
      if (!statSync(abs).isFile()) continue;
      const bytes = new Uint8Array(readFileSync(abs));
      let size: { width?: number; height?: number } = {};
      try {
        size = (require("image-size") as typeof import("image-size")).imageSize(bytes);
      } catch {
        out.warnings.push({ ...where, kind: "image", message: `image "${img.src}" is not an image file newsarchive can read the size of; it was copied without width and height — check the file` });
      }
      const url = `${a.url}${publishedPath(img.src)}`;
      map.set(img.src, { url, width: size.width ?? null, height: size.height ?? null });
      out.files.push([url.slice(1), bytes]);
    }
    if (map.size) out.index.set(a.id, map);
  }
  return out;
}
