// Where a template went wrong. Eta reports a JavaScript syntax error inside `<% %>` as "Bad template
// syntax" with no line, and a runtime error without the file in its fast mode. For the first, the
// template is compiled again line by line (only on failure) to find the first line whose error is not
// "input ended too early"; for the second, the failing page is rendered again in Eta's debug mode,
// whose message starts with `file:line`.
import { Eta } from "eta";

const ENDED_EARLY = /Unexpected end of input|missing \) after argument list|Unexpected token '?\)'?$/;

/** The 1-based line of a JavaScript syntax error in an Eta template's source, or null. */
export function syntaxErrorLine(source: string, compile: (text: string) => unknown): number | null {
  const lines = source.split("\n");
  for (let n = 1; n <= lines.length; n++) {
    try {
      compile(lines.slice(0, n).join("\n"));
    } catch (e) {
      const detail = (e as Error).message.split("\n").find((l, i) => i > 0 && l.trim() !== "") ?? "";
      if (!ENDED_EARLY.test(detail.trim())) return n;
    }
  }
  return null;
}

/** The JavaScript error under Eta's "Bad template syntax" header ("Unexpected token '{'"). */
export function syntaxErrorDetail(message: string): string {
  return message.split("\n").slice(1).find((l) => l.trim() !== "" && !l.startsWith("===="))?.trim() ?? message.split("\n")[0]!;
}

/**
 * `{ file, line, message }` from a debug-mode Eta error, or null. Its message shows, for each template
 * in the chain of includes, the failing line as `>> 12| source`; the innermost is the culprit, and the
 * file is the template whose line 12 reads the same.
 */
export function debugLocation(message: string, sources: ReadonlyMap<string, string>): { file: string; line: number; message: string } | null {
  const marks = [...message.matchAll(/^ >> (\d+)\| (.*)$/gm)];
  const last = marks.at(-1);
  if (!last) return null;
  const line = Number(last[1]);
  const text = last[2]!;
  const what = message.trimEnd().split("\n").at(-1) ?? message;
  for (const [file, source] of sources) if (source.split("\n")[line - 1] === text) return { file, line, message: what };
  return null;
}

/** An Eta instance like the site's, in debug mode: slower, but its errors carry file and line. */
export function debugEta(resolvePath: (name: string) => string): Eta {
  const eta = new Eta({ autoEscape: true, autoTrim: [false, "nl"], cache: false, debug: true, useWith: false, varName: "it" });
  eta.resolvePath = resolvePath;
  return eta;
}
