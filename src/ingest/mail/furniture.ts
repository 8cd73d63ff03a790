// The parts of a message body that are not the story: the signature after "-- ", quoted replies and
// the line that introduces them ("On … wrote:", "In article <…> … writes:"), and mailing-list footers.
// Found by form, in the languages newsarchive reads; each line gets the reason it was removed.

/** "On Wed, 18 Nov 2020, Jane Doe wrote:", "Am … schrieb Max:", "Le … a écrit :", "In article <id>, x@y (Name) writes:". */
const ATTRIBUTION = /^(?:(?:in article\s+<[^>]{1,200}>.{0,200}|.{2,200})\s(?:writes|wrote|schrieb|a écrit|escribió|ha scritto|scrisse|escreveu)|(?:on|am|le|el|il|em)\s.{4,160}\s(?:wrote|schrieb|a écrit|escribió|ha scritto|scrisse|escreveu)\s.{2,80})\s*:$/i;
/** Footers that mailing-list software appends, and the rule lines that open them. */
const LIST_FOOTER = /^(?:_{10,}|-{5,}\s*(?:original message|ursprüngliche nachricht|message d'origine|mensaje original|messaggio originale|mensagem original)\s*-{5,}|to unsubscribe\b|you received this message because you are subscribed|unsubscribe:|mailing list\b.*(?:https?:|@)|this message was sent to\b)/i;
/** A quoted line: "> text", "|> text", "JD> text" (a quoter's initials), as newsreaders wrote them. */
export const QUOTED = /^\s*(?:\|\s?)?[A-Za-z]{0,4}>/;
/** A signature delimiter: "-- " by RFC 3676, often saved without its trailing space. */
const SIG = /^--\s?$/;

/**
 * Reasons by 0-based line, for the body lines from `from` on that are message furniture. In a
 * message a ">" line is always a quote of another one; a signature runs to the end of the message.
 */
export function messageFurniture(lines: readonly string[], from: number): Map<number, string> {
  const out = new Map<number, string>();
  for (let i = from; i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (SIG.test(lines[i]!) && i > from) {
      for (let j = i; j < lines.length; j++) out.set(j, "mail signature (after \"-- \")");
      break;
    }
    if (LIST_FOOTER.test(t)) {
      // The footer block runs to the next blank line (a list footer is one short block).
      for (let j = i; j < lines.length && lines[j]!.trim() !== ""; j++) out.set(j, "mailing-list footer");
      continue;
    }
    if (QUOTED.test(t)) {
      let j = i;
      while (j < lines.length && (QUOTED.test(lines[j]!) || (lines[j]!.trim() === "" && QUOTED.test(lines[j + 1] ?? "")))) j++;
      for (let k = i; k < j; k++) if (lines[k]!.trim()) out.set(k, "quoted reply");
      i = j - 1;
      continue;
    }
    const next = nextText(lines, i);
    if (t.length <= 240 && ATTRIBUTION.test(t) && (next === null || QUOTED.test(next))) out.set(i, "reply attribution (\"… wrote:\")");
  }
  // An attribution line directly above a quoted block (with a blank line between, as some clients write).
  for (let i = from; i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (!out.has(i) && t.length <= 240 && ATTRIBUTION.test(t)) {
      const n = nextIndex(lines, i);
      if (n !== null && out.get(n) === "quoted reply") out.set(i, "reply attribution (\"… wrote:\")");
    }
  }
  return out;
}

function nextIndex(lines: readonly string[], i: number): number | null {
  for (let j = i + 1; j < lines.length; j++) if (lines[j]!.trim()) return j;
  return null;
}

function nextText(lines: readonly string[], i: number): string | null {
  const j = nextIndex(lines, i);
  return j === null ? null : lines[j]!;
}
