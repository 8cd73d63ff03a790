import type { Element, Root, RootContent } from "hast";

/**
 * The sanitizer prefixes every id in a Markdown body (`md-`, so a body cannot clobber the page's
 * own ids) but not the `#fragment` links that point at them, so footnote links (`#user-content-fn-1`)
 * went nowhere. A fragment link whose target exists under the prefix is pointed at it.
 */
export function prefixFragmentLinks(tree: Root, prefix: string): void {
  const ids = new Set<string>();
  const anchors: Element[] = [];
  const walk = (nodes: RootContent[]): void => {
    for (const node of nodes) {
      if (node.type !== "element") continue;
      if (typeof node.properties?.id === "string") ids.add(node.properties.id);
      if (node.tagName === "a" && typeof node.properties?.href === "string" && node.properties.href.startsWith("#")) anchors.push(node);
      walk(node.children as RootContent[]);
    }
  };
  walk(tree.children);
  for (const a of anchors) {
    const target = (a.properties.href as string).slice(1);
    if (!ids.has(target) && ids.has(`${prefix}${target}`)) a.properties.href = `#${prefix}${target}`;
  }
}
