// Rendering article pages on a worker thread: the page data is built on the main thread (it needs
// the whole archive), the template run and the entity links (the costly part) happen here. Pure
// over its inputs, like the file work beside it.
import { TemplateError, type Location } from "../../model/index.ts";
import { linkBody, renderPage, Templates, type Page, type SiteView } from "../../render/index.ts";

/** One task for a worker: article pages to render with one template set. */
export interface PageBatch {
  /** Tells the worker entry which task this is. */
  kind: "pages";
  /** The template folders, in override order. */
  templateDirs: string[];
  /** A digest of the template files in them (`templatesKey`): the same key, the same templates. */
  templatesKey: string;
  /** The site-wide view every page gets. */
  site: SiteView;
  /** The pages, their data built on the main thread. */
  pages: Page[];
}

/** The pages' HTML, in order, or the template error that stopped them (errors do not cross threads as classes). */
export type PageBatchResult = { html: string[] } | { error: { message: string; location: Location | undefined } };

// Module cache (pure): the compiled template set is a pure function of the folders and the digest of
// their templates, so a worker compiles it once for all the batches it is handed.
let loaded: { key: string; templates: Templates } | null = null;

/** Renders a batch of article pages (entity links included), or says which template failed. */
export function renderPageBatch(batch: PageBatch): PageBatchResult {
  try {
    const key = `${batch.templateDirs.join("\0")}\0${batch.templatesKey}`;
    if (loaded?.key !== key) loaded = { key, templates: Templates.load(batch.templateDirs) };
    const templates = loaded.templates;
    return {
      html: batch.pages.map((page) => {
        linkBody(page);
        return renderPage(templates, batch.site, page);
      }),
    };
  } catch (error) {
    if (error instanceof TemplateError) return { error: { message: error.message, location: error.location } };
    throw error;
  }
}
