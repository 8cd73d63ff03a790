// Is this page an article? A home or section page, a login wall or an error page has none, and
// archiving it as a story would put navigation in the archive. Each rule names what it saw.
import type { PageBlock } from "./blocks.ts";
import type { CleanBlock } from "./clean.ts";
import type { PageMeta } from "./metadata.ts";

/** Less body text than this is not a story (a teaser, a notice, a wall). */
export const MIN_ARTICLE_CHARS = 200;
/** Text per linked headline below which a page is a list of teasers. */
const TEASER_CHARS = 400;
const ERROR_TITLE = /^(?:(?:error\s*)?(?:400|401|403|404|410|500|502|503)\b|(?:page|article|story) (?:not found|unavailable|removed)|not found|access denied|forbidden|something went wrong|oops)/i;
const WALL = /\b(?:sign in|log in|login|subscribe (?:now|today|to (?:continue|read))|create (?:a |your )?(?:free )?account|already (?:a )?subscriber|password)\b/i;

/** Why the page holds no article, or null when it does. */
export function notAnArticle(meta: PageMeta, title: string | null, blocks: readonly PageBlock[] | null, cleaned: readonly CleanBlock[]): string | null {
  if (!blocks) return "no main text was found (the page is navigation, a form or empty)";
  const body = cleaned.filter((c) => c.fate === "body").map((c) => c.block);
  const chars = body.reduce((n, b) => n + b.text.length, 0);
  const heading = meta.headline?.value ?? title ?? "";
  if (ERROR_TITLE.test(heading.trim()) || ERROR_TITLE.test((title ?? "").trim())) {
    if (chars < 1500) return `it is an error page (titled "${heading.slice(0, 80)}")`;
  }
  if (chars < MIN_ARTICLE_CHARS) return `its main text is only ${chars} characters long (a story has at least ${MIN_ARTICLE_CHARS})`;
  if (chars < 1000 && blocks.some((b) => WALL.test(b.text) && b.text.length < 300)) return "it is a sign-in or subscription wall with only a teaser of text";
  const linkedHeads = blocks.filter((b) => b.kind === "subhead" && b.linkChars >= b.text.length * 0.8).length;
  // Teasers: headlines linking away, each over a line or two of text (an article's linked subheads head long sections).
  if (linkedHeads >= 3 && chars / linkedHeads < TEASER_CHARS) return `its main text is a list of ${linkedHeads} linked headlines with a teaser each (a home or section page)`;
  const all = blocks.reduce((n, b) => n + b.text.length, 0);
  const links = blocks.reduce((n, b) => n + b.linkChars, 0);
  if (all > 0 && links / all > 0.5) return `${Math.round((100 * links) / all)} % of its main text is links (a home, section or search page)`;
  if (meta.declaredOther && !meta.declaredArticle && chars < 1500) return "it declares itself a website, collection or profile page, not an article, and holds little text";
  return null;
}
