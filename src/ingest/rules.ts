// The boilerplate rules engine. Publisher patterns are data (rules/*.json): adding a pattern is a data
// change; adding a publisher file is one import line below. Rules are whole-line regexes, tried only on
// short lines, so a 5 MB line never reaches a regex and none of them can backtrack badly.
import aljazeera from "./rules/aljazeera.json" with { type: "json" };
import bbc from "./rules/bbc.json" with { type: "json" };
import cbc from "./rules/cbc.json" with { type: "json" };
import generic from "./rules/generic.json" with { type: "json" };
import guardian from "./rules/guardian.json" with { type: "json" };
import nyt from "./rules/nyt.json" with { type: "json" };
import wire from "./rules/wire.json" with { type: "json" };
import wordpress from "./rules/wordpress.json" with { type: "json" };

/** remove: drop the line; end: drop it and close the article (later text starts a new one). */
export type RuleAction = "remove" | "end";

interface RuleData {
  name: string;
  action: string;
  re: string;
  /** A lowercase literal the line must contain: lets a rule that opens with ".{0,n}" skip most lines untried. */
  needs?: string;
}
interface RuleFile {
  family: string;
  rules: RuleData[];
}

/** One boilerplate rule from a publisher's rule file, compiled. */
export interface Rule {
  family: string;
  name: string;
  action: RuleAction;
  re: RegExp;
  /** Case-insensitive literal gate, compiled from the rule's `needs`. */
  needs: RegExp | null;
}

/** Lines longer than this are never boilerplate (promos and banners are short). */
export const MAX_RULE_LINE = 400;

// Publisher families first, generic last: the most specific rule names the removal.
const FILES: RuleFile[] = [nyt, wordpress, wire, cbc, guardian, bbc, aljazeera, generic];

/** Every rule of every rule file, publisher families first and the generic rules last. */
export const RULES: Rule[] = FILES.flatMap((f) =>
  f.rules.map((r) => ({ family: f.family, name: r.name, action: r.action === "end" ? "end" : "remove", re: new RegExp(r.re, "iu"), needs: r.needs ? new RegExp(r.needs.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"), "i") : null }) as Rule),
);

/**
 * Speed: one combined alternation of every plain rule answers "does any rule match?" in one pass (most
 * lines are body text and match none); only then are the rules tried one by one to name the match.
 * Rules with a `needs` literal are kept out of it and tried only on lines that contain the literal.
 */
function combine(rules: readonly Rule[]): RegExp {
  return new RegExp(rules.filter((r) => !r.needs).map((r) => `(?:${r.re.source})`).join("|"), "iu");
}
const COMBINED = combine(RULES);
const GATED = RULES.filter((r) => r.needs);

/** A label over a list of links to other stories ("Related topics", "More on this story"). */
export const LINK_LABEL = new RegExp(generic.linkLabels, "iu");
/** "About Example Corp": the heading of an issuer's blurb at a press release's end (generic.json `aboutLabels`). */
export const ABOUT_LABEL = new RegExp(generic.aboutLabels, "iu");

const QUOTES = /[\u2018\u2019\u201B\u201C\u201D]/g;
/** Whitespace other than a plain space, or two spaces: the only cases that need the full normalising. */
const ODD_SPACE = /[^\S ]| {2}/;
const straight = (c: string) => (c === "\u201C" || c === "\u201D" ? '"' : "'");

/** Normalise what scrapers vary: curly quotes, NBSP, runs of spaces, trailing spaces. */
export function normaliseForRules(text: string): string {
  const t = text.replace(QUOTES, straight);
  const edge = t.charCodeAt(0) === 32 || t.charCodeAt(t.length - 1) === 32;
  return edge || ODD_SPACE.test(t) ? t.replace(/[\u00A0\s]+/g, " ").trim() : t;
}

/** The first rule that matches the whole line, or null. */
export function matchRule(text: string, rules: readonly Rule[] = RULES): Rule | null {
  if (text.length > MAX_RULE_LINE) return null;
  const t = normaliseForRules(text);
  if (rules === RULES && !COMBINED.test(t)) {
    // Only the rules that need a literal can still match; skip each unless its literal is there.
    for (const r of GATED) if (r.needs!.test(t) && r.re.test(t)) return r;
    return null;
  }
  for (const r of rules) if ((!r.needs || r.needs.test(t)) && r.re.test(t)) return r;
  return null;
}
