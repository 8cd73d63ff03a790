// A last paragraph glued on by a scraper: it credits a different wire service than the story and shares
// (almost) no proper names with the rest. We flag it and keep it: only a person can be certain.
import { findDateline } from "./dateline.ts";

const WIRE = /\b(Reuters|Associated Press|AP|AFP|Agence France-Presse|Bloomberg|CNN|Xinhua|dpa)\b/;
const COMMON = new Set(["The", "A", "An", "In", "On", "But", "And", "He", "She", "They", "It", "Mr", "Ms", "Mrs", "Dr", "President", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "U.S", "U.S.", "US", "UN", "United", "States"]);

function names(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.slice(0, 5000).matchAll(/\b\p{Lu}[\p{L}\p{M}'’-]{2,}/gu)) if (!COMMON.has(m[0])) out.add(m[0].replace(/['’]s$/, ""));
  return out;
}

/** A reason to think the last paragraph belongs to another story, or null. */
export function gluedParagraph(body: readonly string[], source: string | null): string | null {
  if (body.length < 3) return null;
  const last = body[body.length - 1]!;
  // A last paragraph that opens with its own dateline ("GENEVA (Reuters) -") is the lead of another story
  // when it shares no name with this one.
  const dl = findDateline(last);
  if (dl) {
    const own = names(last.slice(dl.length));
    const others = names(body.slice(0, -1).join(" "));
    let shared = 0;
    for (const n of own) if (others.has(n)) shared++;
    if (own.size >= 1 && shared === 0) return `last paragraph opens with its own dateline ("${last.slice(0, dl.length).trim()}") and shares no name with the rest: it may belong to another story — check it and delete it from the seed if so`;
  }
  const wire = WIRE.exec(last.slice(0, 5000));
  if (!wire) return null;
  const rest = body.slice(0, -1).join(" ");
  if (source && source.toLowerCase().includes(wire[1]!.toLowerCase())) return null;
  if (rest.includes(wire[1]!)) return null;
  const own = names(last);
  own.delete(wire[1]!);
  if (own.size < 2) return null;
  const others = names(rest);
  let shared = 0;
  for (const n of own) if (others.has(n)) shared++;
  if (shared / own.size > 0.25) return null;
  return `last paragraph cites ${wire[1]} (the story does not) and shares ${shared} of ${own.size} names with the rest: it may belong to another story — check it and delete it from the seed if so`;
}
