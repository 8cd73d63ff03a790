// Reference-style Markdown links (`[the report][r]` with `[r]: https://…` further down) need their
// definitions: a definition line holds no text, so the splitter leaves it out of every article's
// Markdown, and the link would print as brackets. The file's definitions are given back to each of
// its Markdown articles (remark ignores those an article does not use).
import type { ParsedArticle } from "../model/index.ts";

/** `[label]: destination "title"` (not a footnote, `[^1]:`, which holds text and stays in its article). */
const DEFINITION = /^ {0,3}\[(?!\^)(?:[^\]\\]|\\.)+\]:[ \t]*\S/;

/** Whether a line is a reference-style Markdown link definition (`[label]: destination`), not a footnote. */
export function isLinkDefinition(line: string): boolean {
  return DEFINITION.test(line);
}

/** The article with the file's link definitions appended to its Markdown (none for plain text). */
export function withLinkDefinitions(article: ParsedArticle, definitions: readonly string[]): ParsedArticle {
  if (definitions.length === 0 || article.format !== "markdown" || article.markdown === null) return article;
  return { ...article, markdown: `${article.markdown}\n\n${definitions.join("\n")}` };
}
