import { newArchiveMemo, type ArchiveMemo } from "../../archive/index.ts";
import type { Mention } from "../../archive/entities/index.ts";
import { ObjectIds, type ParsedArticle } from "../../model/index.ts";
import { SiteFiles } from "../../output/index.ts";
import { RenderMemo, type Page } from "../../render/index.ts";
import { Fingerprints } from "./fingerprint.ts";

/**
 * Everything a live site keeps from one rebuild to the next, in one object: the incremental engine
 * makes one and passes its parts to the stages, and a new engine (a configuration change) starts
 * from a fresh one. Nothing is kept anywhere else, so a cold build in the same process, which makes
 * and drops its own, is as clean as one in a new process. Most entries are keyed by record objects
 * (an unchanged file's records are the same objects across rebuilds), so a rebuild after an edit
 * redoes only what the edit touched.
 */
export class RebuildState {
  /** Ids of immutable records, shared by every key below that compares records by identity. */
  readonly ids = new ObjectIds();
  /** Entity mentions per parsed record: after an edit only the edited file's articles are scanned again. */
  readonly mentions = new WeakMap<ParsedArticle, Mention[]>();
  /** URLs, authors, entities and related coverage of the last archive. */
  readonly archive: ArchiveMemo = newArchiveMemo();
  /** Rendered bodies, list entries and pages per record. */
  readonly render = new RenderMemo(this.ids);
  /** Keys of page data, to re-render only pages whose data changed. */
  readonly fingerprints = new Fingerprints(this.ids);
  /** Per page object handed over again: its navigation key and its full key, not walked again. */
  readonly pageKeys = new WeakMap<Page, { nav: string; key: string }>();
  /** The sitemap, robots.txt and feeds as last written. */
  readonly siteFiles = new SiteFiles({ remember: true, ids: this.ids });
  /** Per site path: the key of the page last written there. */
  pages: ReadonlyMap<string, string> = new Map();
}
