// Which problems fail a build in CI: `--fail-on KINDS` names diagnostic kinds (or `error`, `warning`
// for every kind of that level), and a committed baseline file lists problems already accepted, so a
// run fails only on new ones. A baseline entry is the file, kind and message (not the line, which
// moves whenever text above it is edited).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { DIAGNOSTIC_KINDS, didYouMean, UsageError, type Diagnostic } from "../model/index.ts";

/** One accepted problem. */
export interface BaselineEntry {
  file: string;
  kind: string;
  message: string;
}

const key = (d: { file: string; kind?: string; message: string }) => `${d.file}\u0000${d.kind ?? ""}\u0000${d.message}`;

/** The kinds `--fail-on` names, checked: `error` and `warning` stand for every kind of that level. */
export function failKinds(spec: string): Set<string> {
  const out = new Set<string>();
  const known = Object.keys(DIAGNOSTIC_KINDS);
  for (const word of spec.split(",").map((w) => w.trim()).filter(Boolean)) {
    if (word === "error" || word === "warning") {
      for (const [k, doc] of Object.entries(DIAGNOSTIC_KINDS)) if (doc.level === word) out.add(k);
    } else if (known.includes(word)) out.add(word);
    else {
      const meant = didYouMean(word, [...known, "error", "warning"]);
      throw new UsageError(`--fail-on: unknown kind "${word}"${meant ? ` — did you mean "${meant}"?` : ""} (kinds are listed in docs/errors.md; "error" and "warning" stand for every kind of that level)`);
    }
  }
  return out;
}

/** The accepted problems in the baseline `file`, or none when it does not exist yet; throws a UsageError naming the file and the fix when it is not valid JSON. */
export function readBaseline(file: string): BaselineEntry[] {
  if (!existsSync(file)) return [];
  try {
    const data = JSON.parse(readFileSync(file, "utf8")) as { accepted?: BaselineEntry[] };
    return data.accepted ?? [];
  } catch (cause) {
    throw new UsageError(`the baseline ${file} is not valid JSON (${(cause as Error).message}); restore it or write a new one with --update-baseline`);
  }
}

/** Writes every current problem as accepted. */
export function writeBaseline(file: string, problems: readonly Diagnostic[]): number {
  const accepted = problems.map((d) => ({ file: d.file, kind: d.kind ?? "", message: d.message })).sort((a, b) => (key(a) < key(b) ? -1 : 1));
  writeFileSync(file, `${JSON.stringify({ about: "Problems accepted for CI: newsarchive build --fail-on fails only on problems not listed here. Rewrite with --update-baseline.", accepted }, null, 2)}\n`);
  return accepted.length;
}

/** The problems of the kinds named that the baseline does not accept. */
export function newFailures(problems: readonly Diagnostic[], kinds: ReadonlySet<string>, baseline: readonly BaselineEntry[]): Diagnostic[] {
  const accepted = new Set(baseline.map(key));
  return problems.filter((d) => d.kind !== undefined && kinds.has(d.kind) && !accepted.has(key(d)));
}
