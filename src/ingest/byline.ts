// Top-of-story bylines: "By Jane Doe and John Roe", "By JANE DOE, Associated Press", "By Jane Doe in Kyiv | March 3, 2022",
// and the Guardian's bare "Jane Doe in Kyiv" under a headline (only trusted before the body starts).
import type { Byline } from "../model/index.ts";
import sources from "./rules/sources.json" with { type: "json" };
import { parseLocatedList } from "./credits.ts";

const NAMES: Record<string, string> = sources.names;
const TITLES = /\b(staff|senior|chief|special|writer|correspondent|reporter|editor|columnist|contributor|bureau|analyst|producer|special to)\b/i;

export interface TopByline {
  bylines: Byline[];
  source: string | null;
  /** Parts after a "|" that may carry a date. */
  rest: string[];
}

function parseNames(s: string): TopByline | null {
  const [head, ...rest] = s.split(/\s+[|·•]\s+/);
  let names = (head ?? "").trim().replace(/(?<!\b(?:Jr|Sr|\p{Lu}))\.$/u, "");
  let source: string | null = null;
  names = names.replace(/\s+(?:and|with) agencies$/i, "");
  // Trailing ", Associated Press" / ", Staff Writer": an affiliation or a title, not a person.
  for (let i = 0; i < 3; i++) {
    const comma = names.lastIndexOf(", ");
    if (comma < 0) break;
    const tail = names.slice(comma + 2).trim();
    const known = NAMES[tail.toLowerCase()];
    if (known) source = known;
    else if (!TITLES.test(tail)) break;
    names = names.slice(0, comma);
  }
  const bylines = parseLocatedList(names, "author");
  if (!bylines || bylines.length === 0) return null;
  return { bylines, source, rest };
}

export function parseTopByline(text: string): TopByline | null {
  if (text.length > 300) return null;
  const m = /^(?:by|written by|words by|story by|text by|report by)[:\s]\s*(.+)$/i.exec(text.trim());
  if (!m) return null;
  return parseNames(m[1]!);
}

/** "Jane Doe in Kyiv" / "Jane Doe and John Roe": a byline only where the caller expects one (right under a headline). */
export function parseBareByline(text: string): TopByline | null {
  const t = text.trim();
  if (t.length > 160 || /[.!?:]$/.test(t) && !/\b\p{Lu}\.$/u.test(t)) return null;
  return parseNames(t);
}
