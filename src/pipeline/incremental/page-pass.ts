import type { Archive } from "../../archive/index.ts";
import { fileForUrl } from "../../output/index.ts";
import { renderPage, sitePages, type Page, type SiteView, type Templates } from "../../render/index.ts";
import type { RebuildState } from "./state.ts";
import { SLICE_MS, turn, type NewerWaiting } from "./turns.ts";

/** What a render pass decided: pages to (re)write, in memory, and pages that no longer exist. */
export interface PagePass {
  /** Site paths of every page, in order. */
  urls: string[];
  /** Pages rendered in this pass, by file. */
  rendered: Array<[file: string, html: string]>;
  /** Files of pages that no longer exist. */
  removed: string[];
  /** The fingerprints to keep if the pass is committed. */
  keys: Map<string, string>;
}

/**
 * Regenerates the page list and renders only the pages whose data (or the template set) changed
 * since `previous`. Works for any page kind `sitePages` yields, since it compares data, not kinds.
 * Renders into memory, so a template that throws (or a newer change, see `turn`) leaves the written site untouched.
 */
export async function pagePass(archive: Archive, templates: Templates, site: SiteView, templatesKey: string, state: RebuildState, newer: NewerWaiting = () => false): Promise<PagePass> {
  const previous = state.pages;
  state.fingerprints.nextGeneration();
  const keys = new Map<string, string>();
  const rendered: Array<[string, string]> = [];
  const urls: string[] = [];
  const navKeys = new Map<unknown, string>();
  let slice = performance.now();
  for (const page of sitePages(archive, { memo: state.render })) {
    if (performance.now() - slice > SLICE_MS) {
      await turn(newer);
      slice = performance.now();
    }
    urls.push(page.url);
    const key = `${templatesKey}:${pageKey(state, page, navKeys)}`;
    keys.set(page.url, key);
    if (previous.get(page.url) === key) continue;
    rendered.push([fileForUrl(page.url), renderPage(templates, site, page)]);
  }
  const removed = [...previous.keys()].filter((u) => !keys.has(u)).map(fileForUrl);
  return { urls, rendered, removed, keys };
}

/**
 * A page's fingerprint; the navigation, which `sitePages` sets on every page it yields, is compared
 * apart. A page object the generator hands over again (its inputs unchanged) is not walked again.
 */
function pageKey(state: RebuildState, page: Page, navKeys: Map<unknown, string>): string {
  const nav = page.data.nav;
  let navKey = navKeys.get(nav);
  if (navKey === undefined) navKeys.set(nav, (navKey = state.fingerprints.of(nav)));
  const known = state.pageKeys.get(page);
  if (known?.nav === navKey) return known.key;
  const key = state.fingerprints.of(page);
  state.pageKeys.set(page, { nav: navKey, key });
  return key;
}
