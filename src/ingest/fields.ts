// Front-matter fields → typed overrides. Wrong types give a warning naming the field; the rest is used.
import type { Byline, Diagnostic } from "../model/index.ts";
import { didYouMean } from "../model/suggest.ts";
import { parseDateLine, parseIso, type FoundDate } from "./dates.ts";
import { splitNames } from "./names.ts";

/** "Jane Doe and John Roe" in one front-matter string: one byline each, when every part is a name; else as written. */
function authorList(raw: string): string[] {
  if (!/,|\band\b|&/.test(raw)) return [raw.trim()];
  const list = splitNames(raw);
  if (list && list.length > 1) return list;
  // "VerteDinde and sofianguy": account names, one word each.
  const handles = raw.trim().split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/).filter(Boolean);
  return handles.length > 1 && handles.every((h) => /^[\p{L}\p{N}_.-]{2,40}$/u.test(h)) ? handles : [raw.trim()];
}

/** The front-matter fields newsarchive reads, typed and checked; each one present overrides what the text says. */
export interface FrontFields {
  headline?: string;
  date?: FoundDate;
  bylines?: Byline[];
  dateline?: string;
  source?: string;
  slug?: string;
  tags?: string[];
  /** `draft: true`: left out of the site unless drafts are built. */
  draft?: boolean;
  /** The section the article is filed in ("Politics"), with its own page. */
  section?: string;
  /** Earlier site paths of the article, which get redirect pages. */
  aliases?: string[];
  /** Every key newsarchive does not read itself, as written: templates get it as `it.article.data`. */
  data?: Record<string, unknown>;
}

/** The keys newsarchive reads; any other key is the author's own data. */
export const KNOWN_FIELDS = ["headline", "title", "date", "bylines", "authors", "author", "dateline", "source", "slug", "tags", "draft", "section", "aliases"] as const;

const ROLES = new Set(["author", "contributor", "research"]);

/**
 * `lines` are the front matter's own lines (the opening `---` first), so a warning can name the line of
 * the field it is about; without them it names line 1.
 */
export function frontFields(file: string, data: Record<string, unknown>, timeZone: string, lines: readonly string[] = []): { fields: FrontFields; warnings: Diagnostic[] } {
  const fields: FrontFields = {};
  const warnings: Diagnostic[] = [];
  const lineOf = (field: string): number => {
    const i = lines.findIndex((l) => l.startsWith(`${field}:`) || l.startsWith(`"${field}":`) || l.startsWith(`'${field}':`));
    return i >= 0 ? i + 1 : 1;
  };
  const warn = (field: string, what: string) =>
    warnings.push({ file, line: lineOf(field), message: `front matter field "${field}" ${what}; it was ignored — fix it in the front matter`, kind: "front-matter" });
  const str = (field: string): string | undefined => {
    const v = data[field];
    if (v === undefined || v === null) return undefined;
    if (typeof v === "string" && v.trim()) return v.trim();
    if (typeof v === "number") return String(v);
    warn(field, "should be a text value");
    return undefined;
  };
  const headline = str("headline") ?? (data.headline === undefined ? str("title") : undefined);
  if (headline) fields.headline = headline;
  for (const f of ["dateline", "source", "slug"] as const) {
    const v = str(f);
    if (v) fields[f] = v;
  }
  const d = data.date;
  if (d !== undefined && d !== null) {
    const parsed =
      typeof d === "number" && Number.isInteger(d) && d >= 1000 && d <= 9999
        ? ({ date: String(d), precision: "year", kind: "plain" } as FoundDate)
        : typeof d === "string"
          ? (parseIso(d, timeZone) ?? parseDateLine(d, timeZone))
          : null;
    const ymd = typeof d === "string" ? /^\s*(\d{4})-(\d{2})-(\d{2})(?![\d-])/.exec(d) : null;
    if (parsed) fields.date = parsed;
    else if (ymd && Number(ymd[2]) >= 1 && Number(ymd[2]) <= 12)
      // 2025-02-30 is a typo, not 2 March: `Date` would roll it over; we refuse it.
      warn("date", `is ${ymd[0].trim()}, a day that does not exist (${ymd[1]}-${ymd[2]} has ${new Date(Date.UTC(Number(ymd[1]), Number(ymd[2]), 0)).getUTCDate()} days), so it was not moved to the next month`);
    else warn("date", "is not a date (use YYYY-MM-DD or an ISO date-time)");
  }
  const people = data.bylines ?? data.authors ?? data.author;
  const field = data.bylines !== undefined ? "bylines" : data.authors !== undefined ? "authors" : "author";
  if (people !== undefined && people !== null) {
    const list = Array.isArray(people) ? people : [people];
    const out: Byline[] = [];
    for (const p of list) {
      // "Jane Doe and John Roe": a list of people in one string is one byline each.
      if (typeof p === "string" && p.trim()) for (const name of authorList(p)) out.push({ name, role: "author", location: null });
      else if (p && typeof p === "object" && typeof (p as { name?: unknown }).name === "string" && (p as { name: string }).name.trim()) {
        const o = p as { name: string; role?: unknown; location?: unknown };
        const role = typeof o.role === "string" && ROLES.has(o.role) ? (o.role as Byline["role"]) : "author";
        if (o.role !== undefined && role !== o.role) warn(field, `has an unknown role "${String(o.role)}" (use author, contributor or research)`);
        out.push({ name: o.name.trim(), role, location: typeof o.location === "string" && o.location.trim() ? o.location.trim() : null });
      } else warn(field, "should list names or {name, role, location} entries");
    }
    if (out.length) fields.bylines = out;
  }
  const tags = data.tags;
  if (tags !== undefined && tags !== null) {
    const list = Array.isArray(tags) ? tags : typeof tags === "string" ? tags.split(",") : null;
    if (!list) warn("tags", "should be a list of words");
    else {
      const ok = list.filter((t): t is string | number => (typeof t === "string" && t.trim() !== "") || typeof t === "number").map((t) => String(t).trim());
      if (ok.length !== list.length) warn("tags", "has entries that are not text");
      fields.tags = ok;
    }
  }
  const draft = data.draft;
  if (draft === true || draft === "true") fields.draft = true;
  else if (draft !== undefined && draft !== null && draft !== false && draft !== "false") warn("draft", "should be true or false");
  const section = str("section");
  if (section) fields.section = section;
  const aliases = data.aliases;
  if (aliases !== undefined && aliases !== null) {
    const list = Array.isArray(aliases) ? aliases : [aliases];
    const paths = list.map(aliasPath);
    if (paths.some((p) => p === null)) warn("aliases", `should list site paths such as "/2024/03/old-headline/" (letters, digits, "-", "_", "." and "/", no "..")`);
    const ok = paths.filter((p): p is string => p !== null);
    if (ok.length) fields.aliases = ok;
  }
  const custom = Object.keys(data).filter((k) => !(KNOWN_FIELDS as readonly string[]).includes(k));
  if (custom.length) fields.data = Object.fromEntries(custom.map((k) => [k, data[k]]));
  for (const k of custom) {
    const meant = didYouMean(k, KNOWN_FIELDS);
    if (meant) warnings.push({ file, line: lineOf(k), kind: "front-matter", message: `front matter field "${k}" is not one newsarchive reads — did you mean "${meant}"? It was kept as custom data (it.article.data) — rename it to "${meant}" if that is what you meant` });
  }
  return { fields, warnings };
}

/** A site path for a redirect, normalised to `/a/b/`, or null when it is not a safe path. */
export function aliasPath(value: unknown): string | null {
  if (typeof value !== "string") return null;
  let p = value.trim().replace(/^https?:\/\/[^/]+/i, "");
  if (!p.startsWith("/")) p = `/${p}`;
  if (!p.endsWith("/") && !/\.html?$/i.test(p)) p = `${p}/`;
  if (p === "/" || !/^[A-Za-z0-9/_.-]+$/.test(p) || /(^|\/)\.\.?(\/|$)/.test(p) || p.includes("//")) return null;
  return p;
}
