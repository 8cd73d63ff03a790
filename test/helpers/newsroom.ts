// The tests' own archive: test/fixtures/newsroom, a made-up newsroom's articles in the shapes real
// seeds come in (a text scrape with a header line, paywall and comment boilerplate and credit lines;
// two stories in one file; wire copy; Markdown with front matter; a lead without a headline whose
// date is inferred from the config's anchor; an undated letter) and its own config. Tests build and
// parse this folder, never the repository's seeds/, which is a sample a user replaces with their own.
import { cpSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadConfig } from "../../src/config.ts";
import type { SiteConfig } from "../../src/model/index.ts";
import { tempDir } from "./site.ts";

/** The newsroom project folder (its config and `seeds/`). */
export const NEWSROOM = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../fixtures/newsroom");
/** The newsroom's seeds folder: 11 articles in 10 files. */
export const NEWSROOM_SEEDS = path.join(NEWSROOM, "seeds");
/** The newsroom's configuration file. */
export const NEWSROOM_CONFIG = path.join(NEWSROOM, "newsarchive.config.json");
/** How many articles the newsroom's seeds hold. */
export const NEWSROOM_ARTICLES = 11;

/** The configuration the newsroom is built with (its config file), with `over` on top. */
export function newsroomConfig(over: Partial<SiteConfig> = {}): SiteConfig {
  return loadConfig(NEWSROOM_CONFIG, over);
}

/** A fresh copy of the newsroom project in a temporary folder (for builds and edits); returns its root. */
export function newsroomProject(): string {
  const root = tempDir("newsarchive-newsroom-");
  cpSync(NEWSROOM, root, { recursive: true });
  return root;
}

/** Copies the newsroom's seeds into `dir` (a test that edits seeds works on its copy); returns `dir`. */
export function copyNewsroomSeeds(dir: string): string {
  cpSync(NEWSROOM_SEEDS, dir, { recursive: true });
  return dir;
}
