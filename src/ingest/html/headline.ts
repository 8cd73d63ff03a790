// Which of the page's titles is the story's headline. Trust runs JSON-LD, Open Graph, `<h1>`,
// `<title>`, but each is checked against the others: Wikipedia's JSON-LD "headline" is a
// description, a page's first `<h1>` is often the site's logo or section name, and `<title>`
// carries the site's name for the browser tab.

/** A value and the metadata it was read from (`json-ld headline`, `og:title`, `<h1>`…). */
export interface Sourced<T> {
  value: T;
  from: string;
}

/** The headline candidates a page offers, cleaned, in order of trust. */
export interface TitleCandidates {
  jsonLd: string | null;
  openGraph: string | null;
  twitter: string | null;
  /** The page's `<h1>` texts, in order (a few at most). */
  h1: string[];
  title: string | null;
  /** The site's and the publisher's names, to cut from a `<title>`. */
  siteNames: ReadonlyArray<string | null>;
}

const SEPARATORS = [" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » "];

/** The page's headline and the tag it came from: metadata that agrees with what the page shows, else a matching `<h1>`, else `<title>` without the site's name, else whatever metadata there is; null when the page offers none. */
export function chooseHeadline(c: TitleCandidates): Sourced<string> | null {
  const title = c.title ? withoutSiteName(c.title, c.siteNames) : null;
  // What the page itself shows or names the tab with: metadata that shares no words with it describes something else.
  const shown = [c.title, ...c.h1].filter((t): t is string => !!t).join(" ");
  const agrees = (t: string) => !shown || overlap(t, shown) >= 0.5;
  const fromMeta = ([[c.jsonLd, "json-ld headline"], [c.openGraph, "og:title"], [c.twitter, "twitter:title"]] as const).find(([t]) => t && agrees(t));
  if (fromMeta) return { value: withoutSiteName(fromMeta[0]!, c.siteNames), from: fromMeta[1] };
  const h1 = c.title ? c.h1.find((h) => overlap(h, c.title!) >= 0.8) : c.h1[0];
  if (h1) return { value: h1, from: "<h1>" };
  if (title) return { value: title, from: "<title>" };
  if (c.h1[0]) return { value: c.h1[0], from: "<h1>" };
  const any = c.jsonLd ?? c.openGraph ?? c.twitter;
  return any ? { value: any, from: c.jsonLd ? "json-ld headline" : c.openGraph ? "og:title" : "twitter:title" } : null;
}

/** "Story title | Site" → "Story title": the site's name, or a short last part after a separator. */
export function withoutSiteName(title: string, names: ReadonlyArray<string | null>): string {
  for (const name of names) {
    if (!name) continue;
    for (const sep of SEPARATORS) {
      if (title.endsWith(sep + name)) return title.slice(0, -(sep + name).length).trim() || title;
      if (title.startsWith(name + sep)) return title.slice((name + sep).length).trim() || title;
    }
  }
  // No name to go by: a last part of one to three words after four or more is the site's.
  for (const sep of SEPARATORS) {
    const at = title.lastIndexOf(sep);
    if (at < 0) continue;
    const head = title.slice(0, at).trim();
    const tail = title.slice(at + sep.length).trim();
    if (wordsOf(tail).length <= 3 && wordsOf(head).length >= 4) return head;
  }
  return title;
}

const wordsOf = (t: string) => t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Share of `a`'s words found in `b`. */
function overlap(a: string, b: string): number {
  const wa = wordsOf(a);
  if (wa.length === 0) return 0;
  const wb = new Set(wordsOf(b));
  return wa.filter((w) => wb.has(w)).length / wa.length;
}
