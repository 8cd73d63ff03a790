// `newsarchive init DIR`: a new project beside the tool, not inside it. Refuses a folder that holds
// files unless --force, and even then never overwrites one: it adds only the files that are missing.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { NewsarchiveError, UsageError } from "../model/index.ts";
import { PACKAGE_ROOT } from "../project.ts";
import { common, type Command } from "./args.ts";
import { scaffoldFiles } from "./scaffold/files.ts";
import { todayIn } from "./scaffold/today.ts";

/** `newsarchive init DIR [--force]`. */
export const initCommand: Command = {
  summary: "make a new archive project in a folder (config, seeds/, templates/, public/, CI workflow)",
  usage: "newsarchive init DIR [--force]",
  positionals: 1,
  options: { ...common, force: { type: "boolean", default: false } },
  help: `  DIR               the project folder to make (created when missing; must be empty)
  --force           add the project's files to a folder that already holds files; a file that
                    exists is kept as it is, never overwritten`,
  async run(values, positionals) {
    const target = positionals[0];
    if (!target) throw new UsageError("init needs the folder to make the project in, e.g. newsarchive init my-archive");
    const dir = path.resolve(target);
    if (existsSync(dir) && !statSync(dir).isDirectory()) throw new NewsarchiveError(`${target} is a file, not a folder; choose another name for the project`);
    const present = existsSync(dir) ? readdirSync(dir) : [];
    if (present.length > 0 && values.force !== true) {
      throw new NewsarchiveError(`${target} is not empty (it holds ${present.slice(0, 3).join(", ")}${present.length > 3 ? ", …" : ""}); make the project in an empty folder, or pass --force to add only the files that are missing (none of yours is overwritten)`);
    }
    const version = (JSON.parse(readFileSync(path.join(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string }).version;
    const files = scaffoldFiles({
      name: packageName(path.basename(dir)),
      version,
      today: todayIn("UTC"),
      workflow: readFileSync(path.join(PACKAGE_ROOT, "docs", "ci-example.yml"), "utf8"),
    });
    const written: string[] = [];
    for (const file of files) {
      const abs = path.join(dir, ...file.path.split("/"));
      if (existsSync(abs)) {
        console.error(`kept ${path.join(target, file.path)}: it exists, and init never overwrites a file`);
        continue;
      }
      mkdirSync(path.dirname(abs), { recursive: true });
      writeFileSync(abs, file.text, { flag: "wx" });
      written.push(file.path);
    }
    console.log(`Made a newsarchive project in ${target} (${written.length} files):\n${written.map((f) => `  ${f}`).join("\n")}

Next:
  cd ${target}
  npm install                                 install newsarchive (pinned in package-lock.json)
  npx newsarchive new "Your first headline"   start an article in seeds/
  npx newsarchive dev                         live preview on http://127.0.0.1:8080/
  npx newsarchive build && npx newsarchive check   the site in dist/, checked`);
    return 0;
  },
};

/** A folder name as an npm package name: lower case, no spaces, nothing npm refuses. */
function packageName(folder: string): string {
  return folder.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^[._-]+|-+$/g, "") || "my-archive";
}
