// `newsarchive check`: after `build`, in CI, fail when the site has a broken internal link or anchor,
// a malformed feed or a sitemap entry that is not a page. Nothing is fetched from the network.
import { existsSync } from "node:fs";
import path from "node:path";
import { NewsarchiveError, type SiteConfig } from "../model/index.ts";
import { common, type Command, type Values } from "./args.ts";

/** `newsarchive check [--out DIR] [--base-url URL]`, given the loaded configuration. */
export function checkCommand(config: (values: Values, overrides?: Partial<SiteConfig>) => SiteConfig): Command {
  return {
    summary: "check a built site: internal links and anchors, feeds and the sitemap (for CI, after build)",
    usage: "newsarchive check [--out DIR] [--base-url URL]",
    options: { ...common, out: { type: "string", default: "dist" }, "base-url": { type: "string" } },
    help: `  --out DIR         the built site to check (default: dist)
  --base-url URL    the base URL the site was built with (default: read from the site's home page,
                    else the configuration's baseUrl)
Exit code 1 when anything is broken; every problem is printed with the page or file it is in.
Links to other sites are not fetched. A site built with --no-search has no search index, so its
search page's links to the index are reported as broken: check the site you publish.`,
    async run(values) {
      const { builtBaseUrl, checkSite } = await import("../output/site-check/index.ts");
      const dir = path.resolve(values.out as string);
      if (!existsSync(path.join(dir, "index.html"))) throw new NewsarchiveError(`no site to check: ${values.out} has no index.html; build it first (newsarchive build --out ${values.out})`);
      const baseUrl = (values["base-url"] as string | undefined) ? config(values, { baseUrl: values["base-url"] as string }).baseUrl : (builtBaseUrl(dir) ?? config(values).baseUrl);
      const result = checkSite(dir, baseUrl);
      for (const b of result.broken) console.error(`broken link: ${b.file}: ${b.link} (${b.problem})`);
      for (const f of result.feedProblems) console.error(`feed: ${f.file}: ${f.problem}`);
      const problems = result.broken.length + result.feedProblems.length;
      const summary = `${result.pages} pages, ${result.links} internal links, ${result.feeds} feeds and sitemaps checked against ${baseUrl}`;
      if (problems) {
        console.error(`${problems} problems in ${values.out} (${summary}).`);
        return 1;
      }
      console.log(`No problems: ${summary}.`);
      return 0;
    },
  };
}
