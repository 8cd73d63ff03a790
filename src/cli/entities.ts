// The `entities` command's wiring: parse the seeds folder as a build would, resolve its entities, and print
// the pages (see archive/entities/explain.ts). Registered in commands.ts.
import path from "node:path";
import type { ParseArgsConfig } from "node:util";
import type { SiteConfig } from "../model/index.ts";

/** `newsarchive entities`: its options, help and run (which also takes the configuration). */
export const entitiesCommand = {
  summary: "list the author, people, place and organisation pages a build would make, and why",
  usage: "newsarchive entities [--seeds DIR] [--explain | --json]",
  options: {
    help: { type: "boolean", short: "h" },
    config: { type: "string" },
    seeds: { type: "string", default: "seeds" },
    explain: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
  } satisfies NonNullable<ParseArgsConfig["options"]> as NonNullable<ParseArgsConfig["options"]>,
  help: `  --seeds DIR       folder of article files, read recursively (default: seeds)
  --explain         give each page's evidence of its kind and other names, and the names that got no page and why
  --json            print the pages and the rejected names as JSON`,
  async run(values: Record<string, string | boolean | undefined>, _positionals: string[], config: SiteConfig): Promise<number> {
    const [{ ingest }, { buildArchive }, { entitiesText, entitiesJson }] = await Promise.all([
      import("../pipeline/ingest.ts"), import("../archive/archive.ts"), import("../archive/entities/explain.ts"),
    ]);
    const ingested = await ingest(path.resolve(values.seeds as string), config, { explain: false });
    const archive = buildArchive(ingested.articles, config);
    const authors = archive.authors.authors;
    process.stdout.write(values.json ? `${JSON.stringify(entitiesJson(archive.entities, authors), null, 2)}\n` : entitiesText(archive.entities, values.explain === true, authors));
    return 0;
  },
};
