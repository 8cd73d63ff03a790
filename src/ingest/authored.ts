// A Markdown file with front matter is one article its author wrote, not a scrape: every block after
// the front matter is the story. Its `##` and `###` headings are subheads, never the start of another
// article, and blocks the scrape rules would drop as boilerplate (an image, a "Read more" line) stay
// in the body, because an author put them there.
import type { CUnit } from "./classify.ts";
import type { Draft, Split } from "./split.ts";

/** Does this file hold one authored article? A Markdown file whose front matter was read. */
export function isAuthored(isMarkdown: boolean, frontMatter: Record<string, unknown> | null): boolean {
  return isMarkdown && frontMatter !== null;
}

const KEPT = "kept: authored Markdown keeps every block";

/**
 * Reclassifies an authored file's units before splitting: the first unit may be the title (a `#`
 * heading, or any headline-like line when the front matter gives no headline); every other
 * heading and every block marked as boilerplate is body.
 */
export function authoredUnits(units: CUnit[], frontHasHeadline: boolean): CUnit[] {
  units.forEach((u, i) => {
    const title = i === 0 && (u.heading === 1 || (!frontHasHeadline && u.kind === "headline"));
    if (title) {
      u.kind = "headline";
      u.why = frontHasHeadline ? "title heading (the front matter's headline is used)" : "title heading";
    } else if (u.heading > 0) {
      u.kind = "body";
      u.why = "subhead inside an authored article";
    } else if (u.kind === "remove" || u.kind === "end" || u.kind === "headline") {
      u.kind = "body";
      u.why = KEPT;
    }
  });
  return units;
}

/**
 * Joins whatever drafts the splitter made into one: a credit line or byline in the middle of an
 * authored article can close a story or open another, but the file is one story. Later drafts'
 * headlines become body paragraphs in their place.
 */
export function oneDraft(split: Split): Split {
  if (split.drafts.length <= 1) return split;
  const [first, ...rest] = split.drafts as [Draft, ...Draft[]];
  const merged: Draft = { ...first, units: [...first.units], body: [...first.body], bylines: [...first.bylines] };
  for (const d of rest) {
    merged.units.push(...d.units);
    if (d.headline) {
      d.headline.kind = "body";
      d.headline.why = "subhead inside an authored article";
      merged.body.push(d.headline);
    }
    merged.body.push(...d.body);
    merged.bylines.push(...d.bylines);
    merged.source ??= d.source;
    merged.date ??= d.date;
  }
  const byLine = (a: CUnit, b: CUnit) => a.start - b.start;
  merged.units.sort(byLine);
  merged.body.sort(byLine);
  return { ...split, drafts: [merged] };
}
