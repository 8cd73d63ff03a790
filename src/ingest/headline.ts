// Is a line a headline? A short line that does not read as a sentence of the body: no closing period,
// no opening quote, not a kicker ("The latest:"), not a date or source line. And when a story has none,
// a short headline derived from its lead (the caller marks it "derived").

const SENTENCE_END = /[.,;:]["”’)]?$|…$/u;

/** Whether a line can be a headline on its own: 8–180 characters, 2–28 words, starting with a capital or digit, no sentence-ending punctuation, opening quote or bullet, and no URL or email. */
export function looksLikeHeadline(text: string): boolean {
  const t = text.trim();
  if (t.length < 8 || t.length > 180) return false;
  if (SENTENCE_END.test(t)) return false;
  if (/^["“‘'(\[•*·–—-]/u.test(t)) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > 28) return false;
  // A headline has letters mostly, not a URL or an email.
  if (/https?:|www\.|@/.test(t)) return false;
  return true;
}

/** Words that should not end a derived headline. */
const WEAK_END = new Set(["a", "an", "the", "of", "to", "in", "on", "and", "or", "but", "for", "with", "at", "by", "from", "as", "that", "who", "which", "his", "her", "its", "their", "was", "were", "is", "are", "had", "has", "have"]);

/** A short headline from the lead: its first clause, at most 12 words, cut at a word boundary. */
export function deriveHeadline(lead: string): string {
  const first = lead.slice(0, 400).replace(/\s+/g, " ").trim();
  const sentence = first.split(/(?<=[.!?])\s+(?=[\p{Lu}“"])/u)[0] ?? first;
  let words = sentence.replace(/[“”"]/g, "").split(" ").filter(Boolean);
  let cut = false;
  // Prefer the first clause when it is short enough ("…, the largest in decades" → "…").
  const clause = words.findIndex((w, i) => i >= 7 && /[,;:—]$/.test(w));
  if (clause >= 0 && clause <= 15 && clause < words.length - 1) {
    words = words.slice(0, clause + 1);
    cut = true;
  } else if (words.length > 12) {
    words = words.slice(0, 12);
    cut = true;
  }
  while (words.length > 4 && WEAK_END.has(words[words.length - 1]!.toLowerCase().replace(/[,;:—]$/, ""))) words.pop();
  let h = words.join(" ").replace(/[,;:—–-]+$/, "").replace(/\.$/, "");
  if (cut) h += "…";
  return h || "Untitled";
}
