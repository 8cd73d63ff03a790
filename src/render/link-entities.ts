// Links the first mention of each entity in a rendered body, working on the HTML string: the body
// was rendered once (often in a worker thread) and is not parsed again to add a few links.
import type { EntityLink } from "../archive/entities/index.ts";

/** Never link inside these: links can't nest, and headings and code are not prose. */
const SKIP = new Set(["a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "script", "style", "kbd", "samp", "title"]);

/** A letter or digit of any script: what may not touch a linked name. */
const WORD = /[\p{L}\p{N}]/u;

/** A tag, its quoted attribute values allowed to hold `>`. */
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9]*)(?:[^>"']|"[^"]*"|'[^']*')*>/g;

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

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
  // most aliases are absent, and dropping them keeps the pattern short or skips the scan entirely.
  links.forEach((l, i) => { for (const s of l.surfaces) if (s && !owner.has(s) && html.includes(encodeText(s))) owner.set(s, i); });
  if (owner.size === 0) return html;
  const surfaces = [...owner.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const pattern = new RegExp(surfaces.map(escapeRegExp).join("|"), "g");
  const done = new Set<number>();
  const anchor = (i: number, text: string): string => {
    const l = links[i]!;
    return `<a href="${encodeAttr(l.href)}"${l.title ? ` title="${encodeAttr(l.title)}"` : ""} class="entity">${encodeText(text)}</a>`;
  };

  let out = "";
  let last = 0;
  let skipDepth = 0;
  const text = (segment: string): string => {
    if (skipDepth > 0 || done.size === wanted || segment === "") return segment;
    const raw = decodeText(segment);
    let result = "";
    let from = 0;
    pattern.lastIndex = 0;
    for (const m of raw.matchAll(pattern)) {
      if (done.size === wanted) break;
      const end = m.index + m[0].length;
      if ((m.index > 0 && WORD.test(raw[m.index - 1]!)) || (end < raw.length && WORD.test(raw[end]!))) continue;
      const i = owner.get(m[0])!;
      if (done.has(i)) continue;
      done.add(i);
      result += encodeText(raw.slice(from, m.index)) + anchor(i, m[0]);
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
