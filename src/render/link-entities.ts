// Links the first mention of each entity in a rendered body, working on the HTML string: the body
// was rendered once (often in a worker thread) and is not parsed again to add a few links.
import type { EntityLink } from "../archive/entities/index.ts";

/** Never link inside these: links can't nest, and headings and code are not prose. */
const SKIP = new Set(["a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "script", "style", "kbd", "samp", "title"]);

/** A letter or digit of any script: what may not touch a linked name. */
const WORD = /[\p{L}\p{N}]/u;

/** A tag, its quoted attribute values allowed to hold `>`. */
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9]*)(?:[^>"']|"[^"]*"|'[^']*')*>/g;

/** The only references hast-util-to-html writes in text are `&#x26;` and `&#x3C;`. */
const decodeText = (s: string): string => s.replace(/&#x(26|3C);/g, (m) => (m === "&#x26;" ? "&" : "<"));
const encodeText = (s: string): string => s.replace(/[&<]/g, (c) => (c === "&" ? "&#x26;" : "&#x3C;"));
const encodeAttr = (s: string): string => s.replace(/[&"']/g, (c) => (c === "&" ? "&#x26;" : c === '"' ? "&#x22;" : "&#x27;"));

/**
 * The body with the first mention of each entity linked, longest surface first, never inside a
 * link, heading or code, and only where letters or digits do not touch the name. `html` is what
 * hast-util-to-html wrote, so text is escaped the way `decodeText` undoes.
 */
export function linkEntitiesInHtml(html: string, links: readonly EntityLink[]): string {
  const owner = new Map<string, number>(); // surface → index of its link (first link wins a shared surface)
  // A surface that is nowhere in the HTML (escaped as the writer escapes text) cannot be linked:
  // most aliases are absent, and dropping them keeps the scan short or skips it entirely.
  links.forEach((l, i) => { for (const s of l.surfaces) if (s && !owner.has(s) && html.includes(encodeText(s))) owner.set(s, i); });
  if (owner.size === 0) return html;
  // Longest surface first: where two start at the same place, the longer one is the mention.
  const surfaces = [...owner.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const owners = surfaces.map((x) => owner.get(x)!);
  const next = new Int32Array(surfaces.length);
  const done = new Set<number>();
  const anchor = (i: number, text: string): string => {
    const l = links[i]!;
    return `<a href="${encodeAttr(l.href)}"${l.title ? ` title="${encodeAttr(l.title)}"` : ""} class="entity">${encodeText(text)}</a>`;
  };

  let out = "";
  let last = 0;
  let skipDepth = 0;
  // The mentions in a text segment are found as a regular expression alternating the surfaces in
  // that order would find them (leftmost, then first in order, never overlapping), with one
  // `indexOf` per surface: V8 tries every alternative at every position, which was most of the cost.
  const text = (segment: string): string => {
    if (skipDepth > 0 || done.size === wanted || segment === "") return segment;
    const raw = segment.includes("&#x") ? decodeText(segment) : segment;
    for (let k = 0; k < surfaces.length; k++) next[k] = raw.indexOf(surfaces[k]!);
    let result = "";
    let from = 0;
    let pos = 0;
    while (done.size < wanted) {
      let k = -1;
      for (let q = 0; q < surfaces.length; q++) {
        if (next[q]! >= 0 && next[q]! < pos) next[q] = raw.indexOf(surfaces[q]!, pos);
        if (next[q]! >= 0 && (k < 0 || next[q]! < next[k]!)) k = q;
      }
      if (k < 0) break;
      const at = next[k]!;
      const surface = surfaces[k]!;
      const end = at + surface.length;
      pos = end;
      if ((at > 0 && WORD.test(raw[at - 1]!)) || (end < raw.length && WORD.test(raw[end]!))) continue;
      const i = owners[k]!;
      if (done.has(i)) continue;
      done.add(i);
      result += encodeText(raw.slice(from, at)) + anchor(i, surface);
      from = end;
    }
    return from === 0 ? segment : result + encodeText(raw.slice(from));
  };
  // Tags only need reading while some entity is still unlinked; after that the rest is copied.
  const wanted = new Set(owner.values()).size;
  for (const m of html.matchAll(TAG)) {
    out += text(html.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
    if (done.size === wanted) break;
    const name = m[2]!.toLowerCase();
    if (SKIP.has(name)) skipDepth = Math.max(0, skipDepth + (m[1] ? -1 : 1));
  }
  return done.size === wanted ? out + html.slice(last) : out + text(html.slice(last));
}
