// The dev server's full pass after a change: the archive rebuilt from the cached records, every
// page's data compared with the last pass, and only pages whose data changed rendered again. It
// gives its thread a turn now and then, and stops (`Superseded`) when newer changes wait, so the
// next edit's page is never held up behind the lists of the last one. Nothing reaches the writer
// until the pass has rendered everything: a stopped pass leaves the site as it was.
import { archiveSteps, type Archive } from "../../archive/index.ts";
import { extractMentions, type Mention } from "../../archive/entities/index.ts";
import type { ParsedArticle, SiteConfig } from "../../model/index.ts";
import type { DirectWriter } from "../../output/direct-writer.ts";
import { collectMedia } from "../../output/media.ts";
import { siteView, type Templates } from "../../render/index.ts";
import { pagePass } from "./page-pass.ts";
import type { RebuildState } from "./state.ts";
import { stepThrough, turn, type NewerWaiting } from "./turns.ts";

/** What a full pass needs from its engine. */
export interface FullPassInputs {
  articles: readonly ParsedArticle[];
  config: SiteConfig;
  seeds: string;
  templates: Templates;
  templatesKey: string;
  state: RebuildState;
  writer: DirectWriter;
  /** Images copied by the last pass, to remove those no article shows any more. */
  media: ReadonlySet<string>;
}

/** What a finished pass did. */
export interface FullPassResult {
  archive: Archive;
  media: Set<string>;
  pagesRendered: number;
}

/** Mentions per article id, each record scanned once per rebuild state. */
function mentionsOf(state: RebuildState, articles: readonly ParsedArticle[]): Map<string, Mention[]> {
  const out = new Map<string, Mention[]>();
  for (const a of articles) {
    let m = state.mentions.get(a);
    if (!m) state.mentions.set(a, (m = extractMentions(a)));
    out.set(a.id, m);
  }
  return out;
}

/** One full pass; writes only once every page is rendered. Throws `Superseded` (before writing) when `newer` says so. */
export async function fullPass(inputs: FullPassInputs, newer: NewerWaiting = () => false): Promise<FullPassResult> {
  const { state, writer, config } = inputs;
  // The archive in steps, with a turn now and then: its costly parts are the longest stretches a newer edit waits for.
  await turn(newer);
  const mentions = mentionsOf(state, inputs.articles);
  await turn(newer);
  const archive = await stepThrough(archiveSteps(inputs.articles, config, mentions, state.archive), newer);
  const media = collectMedia(archive, inputs.seeds);
  archive.media = media.index;
  const site = siteView(config);
  const pass = await pagePass(archive, inputs.templates, site, inputs.templatesKey, state, newer);
  await turn(newer);
  // The sitemap and feeds are made before anything is written, so a newer edit need not wait for them either.
  const extras = await stepThrough(state.siteFiles.updateSteps(archive, site, pass.urls, state.render), newer);
  // From here on nothing waits: the pass is committed.
  for (const [file, bytes] of media.files) writer.write(file, bytes);
  const copied = new Set(media.files.map(([file]) => file));
  for (const file of inputs.media) if (!copied.has(file)) writer.remove(file);
  for (const [file, html] of pass.rendered) writer.write(file, html);
  for (const file of pass.removed) writer.remove(file);
  for (const [file, bytes] of extras.write) writer.write(file, bytes);
  for (const file of extras.removed) writer.remove(file);
  state.pages = pass.keys;
  return { archive, media: copied, pagesRendered: pass.rendered.length };
}
