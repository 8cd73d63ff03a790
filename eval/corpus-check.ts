// Checks a development-corpus shape folder without parsing any article: truth.json has the scorer's
// schema, every file it names exists, and every truth line (body, junk, credits, headline) really
// occurs in its input file, so a truth item can never ask for text the file does not hold.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** One truth item, as `../shared/eval/score_extraction.py` reads it (extra keys are allowed). */
export interface TruthItem {
  file: string;
  headline: string | null;
  body: string[];
  junk: string[];
  credits: string[];
  offtopic: string[];
  bylines: { name: string; role: "author" | "contributor" | "research"; location: string | null }[];
  date: string | null;
  date_in_text: boolean;
  date_tolerance_days: number;
  dateline: string | null;
  source: string | null;
}

const ROLES = new Set(["author", "contributor", "research"]);

/** Whitespace-folded text, so a hard-wrapped paragraph still matches the line it came from. */
export function fold(s: string): string {
  return s.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** Decodes quoted-printable soft breaks and =XX escapes (UTF-8), as a mail client would. */
export function decodeQuotedPrintable(s: string): string {
  const joined = s.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === "=" && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i]!, "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

/** The text a reader of the file sees: .eml bodies decoded, everything whitespace-folded. */
export function readable(path: string): string {
  const raw = readFileSync(path, "utf8");
  return fold(path.endsWith(".eml") && /quoted-printable/i.test(raw) ? raw + "\n" + decodeQuotedPrintable(raw) : raw);
}

/** The scorer's normalisation: NFKC, curly quotes folded, whitespace folded, lower case. */
export function scorerNorm(s: string): string {
  return s.normalize("NFKC").replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, " ").trim().toLowerCase();
}

function isDate(s: unknown): boolean {
  if (typeof s !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string" && x.trim() !== "");
const nullableString = (v: unknown): boolean => v === null || (typeof v === "string" && v.trim() !== "");

/** Problems with one shape folder, each naming the file and the field; empty when the shape is sound. */
export function checkShape(dir: string): string[] {
  const problems: string[] = [];
  const truthPath = join(dir, "truth.json");
  let items: unknown;
  try {
    items = JSON.parse(readFileSync(truthPath, "utf8"));
  } catch (e) {
    return [`${truthPath}: not readable JSON (${(e as Error).message})`];
  }
  if (!Array.isArray(items) || items.length === 0) return [`${truthPath}: must be a non-empty JSON list`];
  const allBodies = items.flatMap((t) => (strings((t as Partial<TruthItem>).body) ? (t as TruthItem).body.map(scorerNorm) : []));
  const inputs = readdirSync(dir).filter((f) => f !== "truth.json" && !f.startsWith("."));
  const named = new Set<string>();
  const texts = new Map<string, string>();
  items.forEach((raw, i) => {
    const at = `${truthPath} item ${i}`;
    const t = raw as Partial<TruthItem>;
    if (typeof t.file !== "string" || !existsSync(join(dir, t.file))) {
      problems.push(`${at}: file ${JSON.stringify(t.file)} does not exist in ${dir}`);
      return;
    }
    named.add(t.file);
    const where = `${at} (${t.file})`;
    if (!nullableString(t.headline)) problems.push(`${where}: headline must be a string or null`);
    if (!strings(t.body) || t.body.length === 0) problems.push(`${where}: body must be a non-empty list of paragraphs`);
    for (const key of ["junk", "credits", "offtopic"] as const) if (!strings(t[key] ?? null)) problems.push(`${where}: ${key} must be a list of strings`);
    if (!Array.isArray(t.bylines) || !t.bylines.every((b) => typeof b?.name === "string" && b.name.trim() && ROLES.has(b.role) && nullableString(b.location)))
      problems.push(`${where}: bylines must be [{name, role: author|contributor|research, location}]`);
    if (!(t.date === null || isDate(t.date))) problems.push(`${where}: date must be YYYY-MM-DD or null`);
    if (typeof t.date_in_text !== "boolean") problems.push(`${where}: date_in_text must be true or false`);
    if (t.date_in_text && t.date === null) problems.push(`${where}: date_in_text is true but date is null`);
    if (typeof t.date_tolerance_days !== "number" || t.date_tolerance_days < 0) problems.push(`${where}: date_tolerance_days must be a number >= 0`);
    if (!nullableString(t.dateline) || !nullableString(t.source)) problems.push(`${where}: dateline and source must be strings or null`);
    if (!strings(t.body)) return;
    if (!texts.has(t.file)) texts.set(t.file, readable(join(dir, t.file)));
    const text = texts.get(t.file)!;
    for (const p of t.body) if (!text.includes(fold(p))) problems.push(`${where}: body paragraph not in the file: ${p.slice(0, 60)}`);
    for (const j of [...(t.junk ?? []), ...(t.credits ?? [])]) {
      if (!text.includes(fold(j))) problems.push(`${where}: junk/credit line not in the file: ${j.slice(0, 60)}`);
      const jf = scorerNorm(j);
      // the scorer counts a junk line as kept when any body paragraph of the shape is it, holds it
      // (over 30 characters) or ends with it; truth that does so could never be passed
      if (allBodies.some((pf) => pf === jf || (jf.length > 30 && pf.includes(jf)) || pf.endsWith(" " + jf)))
        problems.push(`${where}: junk line is part of a truth body paragraph, so the scorer could never pass it: ${j.slice(0, 60)}`);
    }
    if (t.headline && !t.file.endsWith(".eml") && !text.toLowerCase().includes(fold(t.headline).toLowerCase())) problems.push(`${where}: headline not in the file: ${t.headline}`);
  });
  for (const f of inputs) if (!named.has(f)) problems.push(`${join(dir, f)}: input file has no truth item`);
  return problems;
}

/** The shape folders of a corpus (folders holding a truth.json), sorted; empty when the corpus is absent. */
export function shapeDirs(corpus: string): string[] {
  if (!existsSync(corpus)) return [];
  return readdirSync(corpus)
    .map((d) => join(corpus, d))
    .filter((d) => statSync(d).isDirectory() && existsSync(join(d, "truth.json")))
    .sort();
}
