// `parse --explain`: one terminal line per input line — where it went and why.
import { terminalSafe } from "../model/index.ts";
import type { FileParse } from "./parse.ts";

/** `parse --explain` for one file: each input line with where it went and why, then the file's errors and warnings, all made safe for a terminal. */
export function explainText(fp: FileParse): string {
  const width = String(fp.explain.length).length;
  const rows = fp.explain.map((e) => {
    const where = `${fp.file}:${String(e.line).padEnd(width)}`;
    const art = e.article === null ? "  " : `#${e.article}`;
    const text = e.text.length > 100 ? e.text.slice(0, 99) + "…" : e.text;
    const row = `${where}  ${art} ${e.cls.padEnd(12)} ${e.why.padEnd(36)} | ${text}`;
    // The evidence that decided, under the line it is about.
    return e.features ? [row, `${" ".repeat(where.length + 6)}${e.features}`] : [row];
  }).flat();
  const diags = [...fp.errors.map((d) => `error: ${d.file}${d.line ? `:${d.line}` : ""}: ${d.message}`), ...fp.warnings.map((d) => `warning: ${d.file}${d.line ? `:${d.line}` : ""}: ${d.message}`)];
  for (const [i, a] of fp.articles.entries())
    for (const w of a.warnings) diags.push(`warning: ${w.file}${w.line ? `:${w.line}` : ""}: [#${i}] ${w.message}`);
  // File names and input text reach a terminal: no escape sequence or bidi override gets through.
  return [...rows, ...diags].map(terminalSafe).join("\n") + "\n";
}
