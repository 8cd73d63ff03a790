import { headHtml } from "./meta.ts";
import type { Page } from "./page.ts";
import { absolute, link, type SiteView } from "./site.ts";
import type { Templates } from "./templates.ts";

/** The fields every template receives in `it`, beside its page's own data. */
export interface CommonView {
  site: SiteView;
  page: { url: string; title: string; description: string; canonical: string; breadcrumbs: Page["breadcrumbs"]; template: string };
  /** A site path as a link under the base path. */
  link: (sitePath: string) => string;
  /** A site path as an absolute URL. */
  absolute: (sitePath: string) => string;
  /** Extra HTML for the end of `<body>` (the dev server's reload client); empty in builds. */
  injectHtml: string;
  /** Metadata for `<head>` (Open Graph, JSON-LD…), already escaped for its context. */
  headHtml: string;
}

/** One page's HTML: its template rendered with the page's data and the common view; a template failure throws a TemplateError naming the page, template file and line. */
export function renderPage(templates: Templates, site: SiteView, page: Page, injectHtml = ""): string {
  const common: CommonView = {
    site,
    page: { url: page.url, title: page.title, description: page.description, canonical: absolute(site, page.url), breadcrumbs: page.breadcrumbs, template: page.template },
    link: (p) => link(site, p),
    absolute: (p) => absolute(site, p),
    injectHtml,
    headHtml: headHtml(site, page),
  };
  return templates.render(page.template, { ...page.data, ...common }, page.url);
}
