/**
 * A design-preview site built from `test/fixtures/design/seeds/` with every optional template field
 * filled in (timeline, calendar, related coverage, entity chips, on-this-day, source and dateline
 * pages, entity pages, section navigation), so the templates can be seen and tested against the
 * full data contract before the pipeline produces all of it.
 *
 * The seeds are Markdown with front matter; this loader reads them directly (the ingest stage is
 * not involved), so previews work whatever state the extractor is in. Entities come from a small
 * fixed dictionary matched in the text.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import yaml from "js-yaml";
import { buildArchive, type Archive } from "../../src/archive/index.ts";
import { defaultConfig, slugify, type Article, type ParsedArticle, type SiteConfig } from "../../src/model/index.ts";
import { fileForUrl } from "../../src/output/index.ts";
import { monthCalendar } from "../../src/render/calendar.ts";
import { renderPage, sitePages, siteView, summary, Templates, type ArticleSummary, type Page } from "../../src/render/index.ts";
import { timelineHtml } from "../../src/render/timeline.ts";

export const REPO = path.resolve(import.meta.dirname, "../..");
export const FIXTURE_SEEDS = path.join(REPO, "test/fixtures/design/seeds");
export const FIXTURE_TEMPLATES = path.join(REPO, "test/fixtures/design/templates");

type Kind = "person" | "place" | "organization";
const DICTIONARY: Record<Kind, string[]> = {
  person: ["Vladimir V. Putin", "Volodymyr Zelensky", "Emmanuel Macron", "Keir Starmer"],
  place: ["Kyiv", "Moscow", "London", "Brussels", "Mariupol", "Odesa", "Berlin"],
  organization: ["NATO", "European Union", "United Nations"],
};
const KINDS: Record<Kind, { folder: string; label: string; singular: string }> = {
  person: { folder: "people", label: "People", singular: "Person" },
  place: { folder: "places", label: "Places", singular: "Place" },
  organization: { folder: "organizations", label: "Organisations", singular: "Organisation" },
};

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : v instanceof Date ? v.toISOString().slice(0, 10) : null);

/** The fixture seeds as records, the way a complete ingest would produce them. */
export function fixtureArticles(dir = FIXTURE_SEEDS): ParsedArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((file, i) => {
      const src = readFileSync(path.join(dir, file), "utf8");
      const fm = matter(src, { engines: { yaml: (s: string) => yaml.load(s, { schema: yaml.JSON_SCHEMA }) as object } });
      const d = fm.data as Record<string, unknown>;
      const date = str(d.date);
      const headline = str(d.headline) ?? fm.content.trim().split("\n")[0]!;
      const paragraphs = fm.content.split(/\n\s*\n/).map((p) => p.replace(/^>\s*/, "").replace(/\*\*/g, "").trim()).filter(Boolean);
      const bylines = (Array.isArray(d.bylines) ? d.bylines : []).map((b: unknown) =>
        typeof b === "string" ? { name: b, role: "author" as const, location: null } : { name: String((b as { name: string }).name), role: ((b as { role?: string }).role ?? "author") as "author", location: str((b as { location?: unknown }).location) },
      );
      return {
        id: `fixture${i}`,
        slug: slugify(headline),
        headline,
        headlineSource: d.headlineSource === "derived" ? "derived" : "front-matter",
        date,
        datePrecision: date ? (date.length > 10 ? "time" : date.length === 10 ? "day" : date.length === 7 ? "month" : "year") : null,
        dateSource: date ? (d.dateSource === "inferred" ? "inferred" : "front-matter") : null,
        dateEvidence: str(d.dateEvidence),
        bylines,
        dateline: str(d.dateline),
        source: str(d.source),
        body: paragraphs,
        origin: { file, startLine: 1, endLine: src.split("\n").length },
        warnings: [],
        tags: [],
        format: "markdown",
        markdown: fm.content,
      } satisfies ParsedArticle;
    });
}

const entitySlug = (kind: Kind, name: string) => `/${KINDS[kind].folder}/${slugify(name)}/`;

/** Every optional page and field the templates support, derived from a fixture archive. */
export function fixturePages(archive: Archive): Page[] {
  const text = (a: Article) => `${a.headline}\n${a.body.join("\n")}`;
  const mentions = new Map<string, Array<{ name: string; kind: Kind; url: string }>>();
  for (const a of archive.articles) {
    const t = text(a);
    mentions.set(
      a.id,
      (Object.keys(DICTIONARY) as Kind[]).flatMap((kind) => DICTIONARY[kind].filter((n) => t.includes(n)).map((name) => ({ name, kind, url: entitySlug(kind, name) }))),
    );
  }
  const groupBy = (key: (a: Article) => string | null) => {
    const m = new Map<string, Article[]>();
    for (const a of archive.articles) {
      const k = key(a);
      if (k) m.set(k, [...(m.get(k) ?? []), a]);
    }
    return [...m].sort((x, y) => y[1].length - x[1].length || x[0].localeCompare(y[0]));
  };
  const sources = groupBy((a) => a.source);
  const datelines = groupBy((a) => a.dateline);
  const months = archive.years.flatMap((y) => y.months.map((m) => ({ year: y.year, month: m.month, url: m.url, count: m.articles.length })));
  const nav = { people: true, places: true, organizations: true, sources: true, search: true };
  const home = { label: "Home", url: "/" };

  const pages: Page[] = [];
  for (const page of sitePages(archive)) {
    const data: Record<string, unknown> = { ...page.data, nav };
    if (page.template === "home" || page.template === "archive") data.timelineSvg = timelineHtml(months, (p) => p);
    if (page.template === "month") {
      const d = page.data as { year: string; month: string; days: Array<{ day: string; url: string; count: number }> };
      data.calendar = monthCalendar(d.year, d.month, d.days);
    }
    if (page.template === "article") {
      const a = (page.data as { article: Article }).article;
      const mine = mentions.get(a.id)!;
      const related: Array<{ summary: ArticleSummary; reason: string }> = [];
      for (const b of archive.newest) {
        if (b.id === a.id || related.length >= 4) continue;
        const shared = mentions.get(b.id)!.filter((e) => mine.some((m) => m.url === e.url)).map((e) => e.name);
        if (shared.length >= 2) related.push({ summary: summary(b), reason: `Also mentions ${shared.slice(0, 3).join(", ")}` });
      }
      data.related = related;
      data.entities = mine.map(({ name, url, kind }) => ({ name, url, kind }));
      data.onThisDay = a.date && a.date.length >= 10 ? archive.dated.filter((b) => b.id !== a.id && b.date!.slice(4, 10) === a.date!.slice(4, 10) && b.date!.slice(0, 4) !== a.date!.slice(0, 4)).map(summary) : [];
      data.sourceUrl = a.source ? `/sources/${slugify(a.source)}/` : null;
      data.datelineUrl = a.dateline ? `/datelines/${slugify(a.dateline)}/` : null;
    }
    pages.push({ ...page, data });
  }
  for (const kind of Object.keys(KINDS) as Kind[]) {
    const { folder, label, singular } = KINDS[kind];
    const entities = DICTIONARY[kind]
      .map((name) => ({ name, url: entitySlug(kind, name), items: archive.newest.filter((a) => mentions.get(a.id)!.some((e) => e.name === name)) }))
      .filter((e) => e.items.length)
      .sort((x, y) => y.items.length - x.items.length || x.name.localeCompare(y.name));
    pages.push({ url: `/${folder}/`, template: "entities", title: label, description: `${label} in the archive.`, breadcrumbs: [home], data: { nav, kind, kindLabel: label, entities: entities.map((e) => ({ name: e.name, url: e.url, count: e.items.length })) } });
    for (const e of entities) {
      pages.push({
        url: e.url,
        template: "entity",
        title: e.name,
        description: `Articles mentioning ${e.name}.`,
        breadcrumbs: [home, { label, url: `/${folder}/` }],
        data: {
          nav,
          entity: { name: e.name, kind, kindLabel: singular, aliases: e.name === "European Union" ? ["EU"] : [] },
          items: e.items.map((a) => ({ summary: summary(a), snippet: a.body.find((p) => p.includes(e.name)) ?? "" })),
        },
      });
    }
  }
  for (const [folder, label, groups] of [["sources", "Sources", sources], ["datelines", "Datelines", datelines]] as const) {
    pages.push({ url: `/${folder}/`, template: folder, title: label, description: `${label} in the archive.`, breadcrumbs: [home], data: { nav, items: groups.map(([name, list]) => ({ name, url: `/${folder}/${slugify(name)}/`, count: list.length })) } });
    for (const [name, list] of groups) {
      pages.push({ url: `/${folder}/${slugify(name)}/`, template: folder.slice(0, -1), title: name, description: `Articles from ${name}.`, breadcrumbs: [home, { label, url: `/${folder}/` }], data: { nav, name, articles: list.map(summary) } });
    }
  }
  pages.push({ url: "/search/", template: "search", title: "Search", description: "Search the archive.", breadcrumbs: [home], data: { nav, bundles: ["/pagefind/2025/"] } });
  return pages;
}

export const FIXTURE_CONFIG: SiteConfig = { ...defaultConfig, title: "The Example Archive", description: "Reporting on Europe and the war in Ukraine, dated and cross-linked." };

/** Writes the preview site into `out` and returns its pages. */
export function buildFixtureSite(out: string, config: SiteConfig = FIXTURE_CONFIG): Page[] {
  const archive = buildArchive(fixtureArticles(), config);
  const templates = Templates.load([path.join(REPO, "templates"), FIXTURE_TEMPLATES]);
  const site = siteView(config);
  const pages = fixturePages(archive);
  mkdirSync(out, { recursive: true });
  for (const page of pages) {
    const file = path.join(out, fileForUrl(page.url));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, renderPage(templates, site, page));
  }
  cpSync(path.join(REPO, "public"), out, { recursive: true });
  return pages;
}

