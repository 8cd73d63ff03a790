// The commands: init, new, build, check, parse, serve, dev and entities, each with its options and help.
import { baseUrlWarning } from "./base-url.ts";
import { failKinds, newFailures, readBaseline, writeBaseline } from "./fail-on.ts";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { BuildOptions, BuildReport } from "../pipeline/types.ts";
import { CONFIG_FILE, loadConfig } from "../config.ts";
import { formatDiagnostic, losesContent, NewsarchiveError, UsageError, type SiteConfig } from "../model/index.ts";
import { guardOutDir } from "../output/out-dir-guard.ts";
import { publicDirs, templateDirs } from "../project.ts";
import { common, hostForUrl, parsePort, type Command, type Values } from "./args.ts";
import { entitiesCommand } from "./entities.ts";
import { checkCommand } from "./check.ts";
import { initCommand } from "./init.ts";
import { newArticleCommand } from "./new-article.ts";
import { buildExitCode } from "./exit-code.ts";
import { printReport, progressLine } from "./progress.ts";
import { buildPart, runParseShare, shardHelp, shardOptions } from "./shard.ts";

// The pipeline's modules (parser, renderer, search, dev server) are imported by the commands that
// use them: a warm build that finds nothing changed answers before loading any of them.

/** The last build's report when it still stands (checked without loading the pipeline), else a build. */
async function cachedOrBuilt(options: BuildOptions): Promise<BuildReport> {
  if (options.cache) {
    const started = performance.now();
    const [{ BuildCache }, { lastBuildStanding }] = await Promise.all([import("../pipeline/cache/disk-cache.ts"), import("../pipeline/cache/last-build.ts")]);
    options.standing = await lastBuildStanding(options, new BuildCache(options.root, options.config), started);
    if (options.standing.report) return options.standing.report;
  }
  const { build } = await import("../pipeline/build.ts");
  return build(options);
}

function configFrom(values: Values, overrides: Partial<SiteConfig> = {}): SiteConfig {
  const file = path.resolve(typeof values.config === "string" ? values.config : CONFIG_FILE);
  return loadConfig(file, overrides);
}

/** Every command, by name, in the order the help lists them. */
export const commands: Record<string, Command> = {
  init: initCommand,
  new: newArticleCommand(configFrom),
  build: {
    summary: "build the site from the seeds folder",
    usage: "newsarchive build [--seeds DIR] [--out DIR] [--base-url URL] [--strict | --allow-errors] [--fail-on KINDS] [--baseline FILE] [--update-baseline] [--drafts] [--report FILE] [--no-cache] [--no-search] [--threads N] [--force] [--quiet | --verbose]",
    options: {
      ...common,
      seeds: { type: "string", default: "seeds" },
      out: { type: "string", default: "dist" },
      "base-url": { type: "string" },
      strict: { type: "boolean", default: false },
      drafts: { type: "boolean", default: false },
      "fail-on": { type: "string" },
      baseline: { type: "string", default: "newsarchive-baseline.json" },
      "update-baseline": { type: "boolean", default: false },
      report: { type: "string", default: "newsarchive-report.json" },
      quiet: { type: "boolean", short: "q", default: false },
      verbose: { type: "boolean", short: "v", default: false },
      cache: { type: "boolean", default: true },
      "no-cache": { type: "boolean", default: false },
      "no-search": { type: "boolean", default: false },
      threads: { type: "string" },
      force: { type: "boolean", default: false },
      "allow-errors": { type: "boolean", default: false },
      ...shardOptions,
    },
    help: `  --seeds DIR       folder of article files (.txt, .md, .markdown, .html, .htm), read recursively (default: seeds)
  --out DIR         output folder, replaced atomically when the build succeeds (default: dist); refused
                    when it is or holds the seeds, project or current folder, or holds files that
                    newsarchive did not write (no .newsarchive-site file)
  --force           replace an --out folder that holds files newsarchive did not write (they are deleted)
  --base-url URL    absolute URL the site is published at (overrides the configuration)
  --strict          treat warnings as errors (exit code 1)
  --allow-errors    exit 0 even when input files had errors (they are left out and reported); by
                    default a build that reports any error exits 1, so a publishing job stops
  --fail-on KINDS   exit 1 on problems of these kinds (comma-separated, see docs/errors.md; "error" and
                    "warning" stand for every kind of that level) unless the baseline accepts them
  --baseline FILE   problems accepted for --fail-on (default: newsarchive-baseline.json, when present)
  --update-baseline write every current problem into the baseline file
  --drafts          publish articles marked "draft: true" too (they are left out by default)
  --report FILE     where to write the JSON build report (default: newsarchive-report.json)
  -q, --quiet       print errors only
  -v, --verbose     print every warning and the time of each stage
  --no-search       skip the search index (quicker previews and benchmarks; the search page will find nothing)
  --threads N       threads parsing and rendering articles, this one included (default: one per core)
  --no-cache        build everything from scratch, without reading or writing .newsarchive-cache/
                    (by default parses, rendered bodies and the search index are kept there by content
                    hash, and a build whose inputs and output did not change since the last is skipped)
${shardHelp}`,
    async run(values, positionals) {
      const config = configFrom(values, { baseUrl: values["base-url"] as string | undefined, ...(values.drafts ? { drafts: true } : {}) });
      const failOn = typeof values["fail-on"] === "string" ? failKinds(values["fail-on"]) : null;
      const noBase = baseUrlWarning(config);
      if (noBase && !values.quiet) console.error(noBase);
      const out = path.resolve(values.out as string);
      const threads = values.threads === undefined ? undefined : Number(values.threads);
      if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1 && threads <= 64)) throw new UsageError(`--threads must be a whole number from 1 to 64, not "${values.threads}"`);
      const started = performance.now();
      const verbose = values.verbose === true;
      const progress = values.quiet ? undefined : progressLine();
      const log = verbose ? (l: string) => (progress?.clear(), console.log(l)) : values.quiet ? undefined : (l: string) => (progress?.clear(), console.error(l));
      const part = buildPart(values, positionals, values.merge === true);
      const options: BuildOptions = { root: process.cwd(), seeds: path.resolve(values.seeds as string), out, config, log, progress: progress?.update, cache: values["no-cache"] !== true, search: values["no-search"] !== true, threads, force: values.force === true };
      if (part?.kind === "shard" && values["parse-only"]) return runParseShare(options, part, values.quiet === true);
      // A shard or the merge builds from records: the last build's shortcut does not apply.
      if (part) Object.assign(options, { part, cache: false });
      // Before the warm-build check too: nothing is read or written until the folder is known to be safe to replace.
      guardOutDir({ out, seeds: options.seeds, root: options.root, force: options.force, templates: templateDirs(options.root, config), public: publicDirs(options.root, config) });
      const report = await cachedOrBuilt(options);
      progress?.clear();
      writeFileSync(path.resolve(values.report as string), `${JSON.stringify(report, null, 2)}\n`);
      // Every warning with -v; by default those that mean something the author wrote is not on the site.
      if (verbose) for (const w of report.warnings) console.log(`warning: ${formatDiagnostic(w)}`);
      else if (!values.quiet) for (const w of report.warnings.filter(losesContent)) console.error(`warning: ${formatDiagnostic(w)}`);
      if (!values.quiet) printReport(report, out, performance.now() - started);
      else for (const e of report.errors) console.error(`error: ${formatDiagnostic(e)}`);
      // --fail-on names exactly what fails (less what the baseline accepts); otherwise errors fail, and warnings too under --strict.
      const baselineFile = path.resolve(values.baseline as string);
      if (values["update-baseline"]) console.error(`Wrote ${writeBaseline(baselineFile, [...report.warnings, ...report.errors])} accepted problems to ${values.baseline}.`);
      else if (failOn) {
        const failures = newFailures([...report.warnings, ...report.errors], failOn, readBaseline(baselineFile));
        for (const f of failures) console.error(`new problem: ${formatDiagnostic(f)}`);
        if (failures.length) {
          console.error(`--fail-on: ${failures.length} problems of the kinds named are not in ${values.baseline} (accept them with --update-baseline, or fix them).`);
          return 1;
        }
        return 0;
      }
      return buildExitCode(report, { strict: values.strict === true, allowErrors: values["allow-errors"] === true, reportFile: values.report as string });
    },
  },
  merge: {
    summary: "the last step of a sharded build: the shards' folders and the site-wide pages",
    usage: "newsarchive merge --records DIR --out DIR [build options] SHARD_OUT...",
    options: {},
    positionals: Infinity,
    help: `  SHARD_OUT...      the --out folder of every \`build --shard I/N\` (all N of them)
  --records DIR     the records folder the shards were built from (default: records)
  and every option of \`build\` (--seeds for images beside the articles, --out, --base-url…)`,
    run: (values, positionals) => commands.build!.run({ ...values, merge: true }, positionals),
  },
  check: checkCommand(configFrom),
  entities: { ...entitiesCommand, run: (values, positionals) => entitiesCommand.run(values, positionals, configFrom(values)) },
  parse: {
    summary: "print the records extracted from article files",
    usage: "newsarchive parse PATH... [--json | --explain]",
    positionals: Infinity,
    options: { ...common, json: { type: "boolean", default: false }, explain: { type: "boolean", default: false } },
    help: `  PATH...           files or folders of article files
  --json            print a JSON array with one record per article (the default)
  --explain         print each input line with the class it was given and why`,
    async run(values, positionals) {
      if (positionals.length === 0) throw new UsageError("parse needs at least one file or folder");
      const config = configFrom(values);
      const [{ assignUrls }, { explainText }] = await Promise.all([import("../archive/index.ts"), import("../ingest/index.ts")]);
      const records = [];
      let failed = false;
      for (const p of positionals) {
        const ingested = await ingestPath(p, config, values.explain === true);
        for (const e of ingested.errors) {
          console.error(`error: ${formatDiagnostic(e)}`);
          failed = true;
        }
        if (values.explain) for (const f of ingested.files) process.stdout.write(explainText(f));
        records.push(...ingested.articles);
      }
      if (!values.explain) {
        const withUrls = assignUrls(records).map(({ id, slug, url, headline, headlineSource, date, datePrecision, dateSource, dateEvidence, bylines, dateline, source, body, origin, warnings, tags, format, draft, section, aliases, data, images }) => ({
          id, slug, url, headline, headlineSource, date, datePrecision, dateSource, dateEvidence, bylines, dateline, source, body, origin, warnings, tags, format, draft, section, aliases, data, images,
        }));
        process.stdout.write(`${JSON.stringify(withUrls, null, 2)}\n`);
      }
      return failed && records.length === 0 ? 1 : 0;
    },
  },
  serve: {
    summary: "serve a built site folder on this machine",
    usage: "newsarchive serve [--out DIR] [--base-url URL] [--port N] [--host 127.0.0.1]",
    options: { ...common, out: { type: "string", default: "dist" }, "base-url": { type: "string" }, port: { type: "string", default: "8080" }, host: { type: "string", default: "127.0.0.1" } },
    help: `  --out DIR         the built site to serve (default: dist)
  --base-url URL    the base URL the site was built with, when it was given to build (its path is served)
  --port N          port to listen on; 0 picks a free one (default: 8080)
  --host ADDR       address to bind; loopback only unless you say otherwise (default: 127.0.0.1)`,
    async run(values) {
      // The site's links start with the base URL's path: serve it there, or the preview is unstyled and broken.
      const config = configFrom(values, { baseUrl: values["base-url"] as string | undefined });
      const port = parsePort(values.port as string);
      const [{ siteView }, { bindWarning, createStaticServer, listen }] = await Promise.all([import("../render/index.ts"), import("../dev/index.ts")]);
      const site = siteView(config);
      const root = path.resolve(values.out as string);
      if (!existsSync(root)) throw new NewsarchiveError(`no site to serve: ${values.out} does not exist; build it first (newsarchive build --out ${values.out})`);
      const server = createStaticServer({ root, basePath: site.basePath });
      const bound = await listen(server, port, values.host as string);
      const warning = bindWarning(values.host as string);
      if (warning) console.error(warning);
      console.log(`Serving ${values.out} at http://${hostForUrl(values.host as string)}:${bound}${site.basePath} (Ctrl-C to stop)`);
      await new Promise<void>((resolve) => {
        const stop = () => server.close(() => resolve());
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      });
      return 0;
    },
  },
  dev: {
    summary: "build, serve and rebuild on every change (live preview)",
    usage: "newsarchive dev [--seeds DIR] [--port N] [--host 127.0.0.1] [--open]",
    options: { ...common, seeds: { type: "string", default: "seeds" }, port: { type: "string", default: "8080" }, host: { type: "string", default: "127.0.0.1" }, open: { type: "boolean", default: false } },
    help: `  --seeds DIR       folder of article files (default: seeds)
  --port N          port to listen on (default: 8080)
  --host ADDR       address to bind (default: 127.0.0.1)
  --open            open the site in a browser`,
    async run(values) {
      const { startDev } = await import("../dev/session.ts");
      // Listening from the start: Ctrl-C during the first build stops it too, and the lock is released.
      const stop = new AbortController();
      const stopped = new Promise<void>((resolve) => {
        const onSignal = () => (stop.abort(), resolve());
        process.once("SIGINT", onSignal);
        process.once("SIGTERM", onSignal);
      });
      let session;
      try {
        session = await startDev({
          root: process.cwd(),
          seeds: path.resolve(values.seeds as string),
          configFile: path.resolve(typeof values.config === "string" ? values.config : CONFIG_FILE),
          // The preview is where an author reads a draft before publishing it (marked on its page).
          overrides: { drafts: true },
          host: values.host as string,
          port: parsePort(values.port as string),
          log: (line) => (line.startsWith("error: ") ? console.error(line) : console.log(line)),
          signal: stop.signal,
        });
      } catch (error) {
        if (stop.signal.aborted) return 0; // stopped by the user before it was up
        throw error;
      }
      console.log(`Live preview at ${session.url} (Ctrl-C to stop)`);
      const warning = (await import("../dev/host-check.ts")).bindWarning(values.host as string);
      if (warning) console.error(warning);
      if (values.open) openBrowser(session.url);
      await stopped;
      await session.close();
      return 0;
    },
  },
};

/** The records of a file or a folder, through the same validation as a build. */
async function ingestPath(p: string, config: SiteConfig, explain: boolean) {
  const [{ ingest }, { ingestFile }] = await Promise.all([import("../pipeline/ingest.ts"), import("../ingest/ingest-file.ts")]);
  const abs = path.resolve(p);
  let isDir: boolean;
  try {
    isDir = statSync(abs).isDirectory();
  } catch {
    throw new UsageError(`no such file or folder: ${p}`);
  }
  if (isDir) return ingest(abs, config, { explain });
  // A single file is named relative to the current folder, as the user typed it.
  const rel = path.relative(process.cwd(), abs).split(path.sep).join("/");
  const file = ingestFile(rel, readFileSync(abs), config);
  return { articles: file.articles, files: [file.parse], warnings: file.warnings, errors: file.errors };
}

/** Best effort: a missing opener is not an error, the URL is printed anyway. */
function openBrowser(url: string): void {
  const command = process.platform === "darwin" ? "open" : process.platform === "win32" ? "explorer" : "xdg-open";
  import("node:child_process").then(({ spawn }) => spawn(command, [url], { detached: true, stdio: "ignore" }).on("error", () => {}).unref());
}

// `merge` takes what `build` takes, less the options of a shard.
commands.merge!.options = Object.fromEntries(Object.entries(commands.build!.options).filter(([name]) => name !== "shard" && name !== "parse-only"));
