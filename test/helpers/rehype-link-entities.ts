// The hast entity linker, kept as a test oracle for render's string linker (linkEntitiesInHtml):
// both must link the same first mentions in the same places.
import type { Element, ElementContent, Root, RootContent, Text } from "hast";
import type { EntityLink } from "../../src/archive/entities/index.ts";

/** Never link inside these: links can't nest, and headings and code are not prose. */
const SKIP = new Set(["a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "script", "style", "kbd", "samp", "title"]);

/** A letter or digit of any script: what may not touch a linked name. */
const WORD = /[\p{L}\p{N}]/u;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function rehypeLinkEntities(options: { links: EntityLink[] }): (tree: Root) => void {
  const owner = new Map<string, number>(); // surface → index of its link (first link wins a shared surface)
  options.links.forEach((l, i) => { for (const s of l.surfaces) if (s && !owner.has(s)) owner.set(s, i); });
  const surfaces = [...owner.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  // One alternation, longest first. Word boundaries (letters and digits, any script) are checked
  // by hand around each match: a Unicode lookbehind tried at every position made linking the
  // slowest step of rendering an article.
  const pattern = surfaces.length ? new RegExp(surfaces.map(escape).join("|"), "g") : null;

  return (tree: Root) => {
    if (!pattern) return;
    const done = new Set<number>();
    const walk = (parent: Root | Element): void => {
      const out: Array<RootContent | ElementContent> = [];
      let changed = false;
      for (const child of parent.children) {
        if (child.type === "element") {
          if (!SKIP.has(child.tagName)) walk(child);
          out.push(child);
        } else if (child.type === "text" && done.size < options.links.length) {
          const parts = split(child, pattern, owner, options.links, done);
          if (parts.length !== 1 || parts[0] !== child) changed = true;
          out.push(...parts);
        } else out.push(child);
      }
      if (changed) parent.children = out as typeof parent.children;
    };
    walk(tree);
  };
}

/** A text node cut around the first mention of each not-yet-linked entity. */
function split(node: Text, pattern: RegExp, owner: Map<string, number>, links: EntityLink[], done: Set<number>): Array<Text | Element> {
  const out: Array<Text | Element> = [];
  let last = 0;
  pattern.lastIndex = 0;
  const text = node.value;
  for (const m of text.matchAll(pattern)) {
    if (done.size === links.length) break;
    const end = m.index + m[0].length;
    if ((m.index > 0 && WORD.test(text[m.index - 1]!)) || (end < text.length && WORD.test(text[end]!))) continue;
    const i = owner.get(m[0])!;
    if (done.has(i)) continue;
    done.add(i);
    if (m.index > last) out.push({ type: "text", value: node.value.slice(last, m.index) });
    const link = links[i]!;
    out.push({
      type: "element", tagName: "a",
      properties: { href: link.href, ...(link.title ? { title: link.title } : {}), className: ["entity"] },
      children: [{ type: "text", value: m[0] }],
    });
    last = m.index + m[0].length;
  }
  if (last === 0) return [node];
  if (last < node.value.length) out.push({ type: "text", value: node.value.slice(last) });
  return out;
}
