// Images in a rendered body: a local image's src becomes its published site path, with its width and
// height (no layout shift) and lazy loading; every other image is loaded lazily too.
import type { MediaItem } from "../output/media.ts";
import { link, type SiteView } from "./site.ts";

const IMG = /<img\b([^>]*)>/g;
const SRC = /\ssrc="([^"]*)"/;

/** `html` with each local image's src pointed at its published path (with its width and height when known) and every image loaded lazily. */
export function withMedia(html: string, media: ReadonlyMap<string, MediaItem> | undefined, site: SiteView): string {
  if (!html.includes("<img")) return html;
  return html.replace(IMG, (_tag, attrs: string) => {
    let a = attrs;
    const src = SRC.exec(a)?.[1];
    const raw = src === undefined ? undefined : src.replace(/&amp;/g, "&");
    const item = raw === undefined ? undefined : (media?.get(raw) ?? media?.get(safeDecode(raw)));
    if (item) {
      a = a.replace(SRC, ` src="${link(site, item.url).replace(/"/g, "&quot;")}"`);
      if (item.width && item.height) a += ` width="${item.width}" height="${item.height}"`;
    }
    if (!/\sloading=/.test(a)) a += ` loading="lazy" decoding="async"`;
    return `<img${a}>`;
  });
}

function safeDecode(s: string): string {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
}
