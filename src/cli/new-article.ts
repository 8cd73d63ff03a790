// `newsarchive new "Headline"`: a Markdown article with front matter at seeds/YYYY/MM/<slug>.md.
// The file name is the article's slug, so its address stays put when the headline is edited later.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { NewsarchiveError, slugify, UsageError, type SiteConfig } from "../model/index.ts";
import { common, type Command, type Values } from "./args.ts";
import { nowIn } from "./scaffold/today.ts";

/** The front matter and body of a new article dated `date` (wall time in the site's time zone). */
export function newArticleText(headline: string, date: string): string {
  // JSON strings are YAML double-quoted strings: any headline (colons, quotes, #) stays one value.
  return `---
headline: ${JSON.stringify(headline)}
date: ${date}
bylines: []
tags: []
draft: true
---
Write the article here, in Markdown. It is a draft: \`newsarchive dev\` shows it, marked "Draft";
a build leaves it out until you delete the \`draft: true\` line.
`;
}

/** `newsarchive new "Headline" [--seeds DIR]`, given the loaded configuration. */
export function newArticleCommand(config: (values: Values) => SiteConfig): Command {
  return {
    summary: "start an article: a Markdown file with front matter at seeds/YYYY/MM/<slug>.md",
    usage: 'newsarchive new "Headline" [--seeds DIR]',
    positionals: 1,
    options: { ...common, seeds: { type: "string", default: "seeds" } },
    help: `  "Headline"        the article's headline; its slug names the file (and so the article's address)
  --seeds DIR       the seeds folder to write into (default: seeds); the article goes in a YYYY/MM
                    folder of today's date in the configuration's time zone. An existing file is never
                    overwritten.`,
    async run(values, positionals) {
      const headline = positionals[0]?.trim();
      if (!headline) throw new UsageError('new needs the headline, e.g. newsarchive new "Council approves the harbour budget"');
      const date = nowIn(config(values).timeZone);
      const [year, month] = date.split("-");
      const rel = path.join(values.seeds as string, year!, month!, `${slugify(headline)}.md`);
      const file = path.resolve(rel);
      if (existsSync(file)) throw new NewsarchiveError(`${rel} exists; new never overwrites an article. Edit it, or choose another headline`);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, newArticleText(headline, date), { flag: "wx" });
      console.log(rel);
      return 0;
    },
  };
}
