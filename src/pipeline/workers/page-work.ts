// Rendering pages on a worker thread: the page data is built on the main thread (it needs the
// whole archive), the template run and an article's entity links happen here. The HTML goes back
// as UTF-8 in buffers of its own, moved rather than copied, and the main thread moves them on to
// the writer's thread: it neither copies nor encodes any page it did not render itself. Pure
// over its inputs, like the file work beside it.
import { move, transferableSymbol, valueSymbol } from "piscina";
import { TemplateError, type Location } from "../../model/index.ts";
import { linkBody, renderPage, Templates, type Page, type SiteView } from "../../render/index.ts";

/** One task for a worker: pages to render with one template set. */
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

/** The pages' HTML in UTF-8, in order, or the template error that stopped them (errors do not cross threads as classes). */
export type PageBatchResult = { html: Uint8Array[] } | { error: { message: string; location: Location | undefined } };

// Module cache (pure): the compiled template set is a pure function of the folders and the digest of
// their templates, so a worker compiles it once for all the batches it is handed.
let loaded: { key: string; templates: Templates } | null = null;

const encoder = new TextEncoder();

/** Renders pages with their bodies finished (an article's entity links added; see `linkBody`); throws a TemplateError. */
export function renderPageList(templates: Templates, site: SiteView, pages: readonly Page[]): string[] {
  return pages.map((page) => {
    linkBody(page);
    return renderPage(templates, site, page);
  });
}

/** Renders a batch of pages, or says which template failed. */
export function renderPageBatch(batch: PageBatch): PageBatchResult {
  try {
    const key = `${batch.templateDirs.join("\0")}\0${batch.templatesKey}`;
    if (loaded?.key !== key) loaded = { key, templates: Templates.load(batch.templateDirs) };
    const html = renderPageList(loaded.templates, batch.site, batch.pages).map((text) => encoder.encode(text));
    // Each page's buffer is its own (TextEncoder makes a new one per call): moved, not cloned.
    return move({ [transferableSymbol]: html.map((b) => b.buffer), [valueSymbol]: { html } }) as unknown as PageBatchResult;
  } catch (error) {
    if (error instanceof TemplateError) return { error: { message: error.message, location: error.location } };
    throw error;
  }
}
