import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Article } from "../model/index.ts";

type BodySource = Pick<Article, "format" | "markdown" | "body">;

/**
 * Rendered bodies are the costly part of a page (Markdown parsing), so they are kept:
 * per record object (free to look up: an unchanged file's records are the same objects across
 * rebuilds) and, when a store is attached, by a hash of the body's content (across runs).
 */
const byRecord = new WeakMap<readonly string[], { format: string; markdown: string | null; html: string }>();
let store: Map<string, string> | null = null;
const used = new Set<string>();

/** The code a rendered body depends on: a store written by another renderer is never trusted. */
export const RENDERER_VERSION = createHash("sha1")
  .update(readFileSync(new URL("./body.ts", import.meta.url)))
  .update(readFileSync(fileURLToPath(import.meta.url)))
  .digest("hex")
  .slice(0, 16);

/** Attaches a persistent store (content hash → HTML), or detaches it with null. */
export function useBodyStore(next: Map<string, string> | null): void {
  store = next;
  used.clear();
}

/** The store's entries used since it was attached: what is worth saving. */
export function usedBodies(): Map<string, string> {
  const out = new Map<string, string>();
  if (store) for (const key of used) out.set(key, store.get(key)!);
  return out;
}

export function bodyKey(a: BodySource): string {
  const h = createHash("sha1").update(a.format);
  if (a.format === "markdown" && a.markdown !== null) h.update("m").update(a.markdown);
  else for (const p of a.body) h.update("\0").update(p);
  return h.digest("base64url");
}

/** Bodies with entity links, per record object: the links (as JSON) they were rendered with. */
const linkedByRecord = new WeakMap<readonly string[], { format: string; markdown: string | null; links: string; html: string }>();

/**
 * A body rendered with entity links: cached by content and the links (their JSON), in memory and
 * in the attached store. `render` gets a callback that seeds the plain-body cache from the same
 * parse, so one Markdown parse serves both the page and the feeds.
 */
export function cachedLinkedBody(a: BodySource, links: string, render: (plain: (html: string) => void) => string): string {
  const hit = linkedByRecord.get(a.body);
  if (hit && hit.format === a.format && hit.markdown === a.markdown && hit.links === links) return hit.html;
  const seedPlain = (plain: string): void => {
    if (!byRecord.has(a.body)) cachedBody(a, () => plain);
  };
  let html: string | undefined;
  if (store) {
    const key = `${bodyKey(a)}.${createHash("sha1").update(links).digest("base64url")}`;
    html = store.get(key);
    if (html === undefined) store.set(key, (html = render(seedPlain)));
    used.add(key);
  } else html = render(seedPlain);
  linkedByRecord.set(a.body, { format: a.format, markdown: a.markdown, links, html });
  return html;
}

export function cachedBody(a: BodySource, render: () => string): string {
  const hit = byRecord.get(a.body);
  if (hit && hit.format === a.format && hit.markdown === a.markdown) return hit.html;
  let html: string | undefined;
  if (store) {
    const key = bodyKey(a);
    html = store.get(key);
    if (html === undefined) store.set(key, (html = render()));
    used.add(key);
  } else html = render();
  byRecord.set(a.body, { format: a.format, markdown: a.markdown, html });
  return html;
}
