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
}
interface RuleFile {
  family: string;
  rules: RuleData[];
}

export interface Rule {
  family: string;
  name: string;
  action: RuleAction;
  re: RegExp;
}

/** Lines longer than this are never boilerplate (promos and banners are short). */
export const MAX_RULE_LINE = 400;

// Publisher families first, generic last: the most specific rule names the removal.
const FILES: RuleFile[] = [nyt, wordpress, wire, cbc, guardian, bbc, aljazeera, generic];

export const RULES: Rule[] = FILES.flatMap((f) =>
  f.rules.map((r) => ({ family: f.family, name: r.name, action: r.action === "end" ? "end" : "remove", re: new RegExp(r.re, "iu") }) as Rule),
);

/** Normalise what scrapers vary: curly quotes, NBSP, runs of spaces, trailing spaces. */
export function normaliseForRules(text: string): string {
  return text.replace(/[\u2018\u2019\u201B]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/[\u00A0\s]+/g, " ").trim();
}

/** The first rule that matches the whole line, or null. */
export function matchRule(text: string, rules: readonly Rule[] = RULES): Rule | null {
  if (text.length > MAX_RULE_LINE) return null;
  const t = normaliseForRules(text);
  for (const r of rules) if (r.re.test(t)) return r;
  return null;
}
