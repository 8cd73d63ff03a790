// A short context for an entity page: the sentence around the first mention, cut to ~200 characters.
const MAX = 200;

export function snippetAround(paragraph: string, start: number, length: number): string {
  if (!paragraph) return "";
  // Sentence bounds: the nearest ". " (not after an initial or "Mr") before, and the next sentence end after.
  let from = 0;
  const before = paragraph.slice(0, start);
  const re = /(?<!\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col))[.!?][”"’]?\s+/gu;
  for (const m of before.matchAll(re)) from = m.index + m[0].length;
  re.lastIndex = start + length;
  const after = re.exec(paragraph);
  const to = after ? after.index + after[0].trimEnd().length : paragraph.length;
  let text = paragraph.slice(from, to).trim();
  if (text.length <= MAX) return text;
  // Too long: a window centred on the mention, cut at spaces.
  const mid = start - from + Math.floor(length / 2);
  let a = Math.max(0, mid - MAX / 2), b = Math.min(text.length, a + MAX);
  a = Math.max(0, b - MAX);
  if (a > 0) a = text.indexOf(" ", a) + 1 || a;
  if (b < text.length) b = text.lastIndexOf(" ", b) > a ? text.lastIndexOf(" ", b) : b;
  text = `${a > 0 ? "…" : ""}${text.slice(a, b).trim()}${b < text.length ? "…" : ""}`;
  return text;
}
