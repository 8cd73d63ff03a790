// Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) reorder the text after
// them: in a body they can make a sentence (or a link's visible text) read differently from what
// it says, and in a feed reader they run on past the item. The one-line fields lose them in
// article.ts; this removes them from bodies too, which is what pages and feeds are made of.
// Marks (LRM, RLM, ALM) affect only their neighbours and stay, so right-to-left text keeps its meaning.
import type { Diagnostic, ParsedArticle } from "../model/index.ts";

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** The article with bidi controls removed from its body paragraphs and Markdown, and a warning when there were any. */
export function stripBodyBidi(article: ParsedArticle, file: string): { article: ParsedArticle; warnings: Diagnostic[] } {
  const held = (t: string) => t.search(BIDI_CONTROLS) >= 0;
  if (!article.body.some(held) && !(article.markdown !== null && held(article.markdown))) return { article, warnings: [] };
  const warning: Diagnostic = {
    file,
    line: article.origin.startLine,
    message: "the story's text held bidirectional-override or isolate characters; they were removed so they cannot reorder the page or a feed reader's view — remove them from the file",
    kind: "unsafe-characters",
  };
  const strip = (t: string) => t.replace(BIDI_CONTROLS, "");
  return {
    article: { ...article, body: article.body.map(strip), markdown: article.markdown === null ? null : strip(article.markdown), warnings: [...article.warnings, warning] },
    warnings: [warning],
  };
}
