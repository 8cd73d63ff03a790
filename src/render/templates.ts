import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Eta } from "eta";
import { TemplateError } from "../model/index.ts";

/**
 * The Eta templates of a site: the built-in set, overridden file by file by a user's folder.
 * Every template is compiled when the set is loaded, so a syntax error is reported (with file and
 * line) before any page is written. Only files from these folders are ever compiled: content is data.
 */
export class Templates {
  readonly #eta: Eta;
  /** Template name (file name without `.eta`) → absolute path of the file that wins. */
  readonly files: ReadonlyMap<string, string>;

  private constructor(files: Map<string, string>, debug: boolean) {
    this.files = files;
    const eta = new Eta({ autoEscape: true, autoTrim: [false, "nl"], cache: true, debug, useWith: false, varName: "it" });
    eta.resolvePath = (name: string) => {
      const key = name.replace(/^@/, "").replace(/\.eta$/, "");
      const file = files.get(key);
      if (!file) throw new TemplateError(`template "${key}" not found; known templates: ${[...files.keys()].join(", ")}`);
      return file;
    };
    this.#eta = eta;
  }

  /** Loads every `*.eta` of `dirs` (later folders override earlier ones) and compiles them all. */
  static load(dirs: readonly string[], options: { debug?: boolean } = {}): Templates {
    const files = new Map<string, string>();
    for (const dir of dirs) {
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir).sort()) if (name.endsWith(".eta")) files.set(name.slice(0, -4), path.join(dir, name));
    }
    const set = new Templates(files, options.debug ?? false);
    for (const [name, file] of files) set.#compile(name, file);
    return set;
  }

  #compile(name: string, file: string): void {
    let source: string;
    try {
      source = readFileSync(file, "utf8");
    } catch (cause) {
      throw new TemplateError(`cannot read template: ${(cause as Error).message}`, { location: { file }, cause });
    }
    try {
      this.#eta.templatesSync.define(`@${name}`, this.#eta.compile(source, { filepath: file }));
    } catch (cause) {
      const message = (cause as Error).message;
      const at = /at line (\d+) col (\d+)/.exec(message);
      throw new TemplateError(`template syntax error: ${message.split("\n")[0]}`, {
        location: { file, line: at ? Number(at[1]) : null, column: at ? Number(at[2]) : null },
        cause,
      });
    }
  }

  has(name: string): boolean {
    return this.files.has(name);
  }

  render(name: string, data: object): string {
    try {
      return this.#eta.render(`@${name}`, data);
    } catch (cause) {
      if (cause instanceof TemplateError) throw cause;
      const message = (cause as Error).message;
      const at = /line (\d+)/.exec(message);
      throw new TemplateError(`error while rendering: ${message.split("\n")[0]}`, {
        location: { file: this.files.get(name) ?? name, line: at ? Number(at[1]) : null },
        cause,
      });
    }
  }
}
