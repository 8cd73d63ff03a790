// Addresses that stay put: an article alone in its file takes its slug from the file name, so editing
// its headline never moves its page. Names that say nothing (`000_3fa9c2b1.txt`, a scraper's hash) are
// not used; `story/index.md` names its folder.
import { slugify } from "../model/index.ts";

const GENERIC = new Set(["index", "readme", "article", "story", "post", "draft", "untitled"]);

/** The slug a one-article file's name gives, or null when the name has no word in it. */
export function fileSlug(file: string): string | null {
  const parts = file.split("/");
  let name = (parts.at(-1) ?? "").replace(/\.[^.]*$/, "");
  if (GENERIC.has(name.toLowerCase()) && parts.length > 1) name = parts.at(-2)!;
  // A word of three letters or more: "harbour-bridge" has one, "000_3fa9c2b1d0e47a55" has none.
  if (!name.split(/[^\p{L}\p{N}]+/u).some((t) => /^\p{L}{3,}$/u.test(t))) return null;
  if (GENERIC.has(name.toLowerCase())) return null;
  return slugify(name);
}
