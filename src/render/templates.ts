import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Eta } from "eta";
import { TemplateError } from "../model/index.ts";
import { debugEta, debugLocation, syntaxErrorDetail, syntaxErrorLine } from "./template-errors.ts";

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
      if (at) throw new TemplateError(`template syntax error: ${message.split("\n")[0]}`, { location: { file, line: Number(at[1]), column: Number(at[2]) }, cause });
      // "Bad template syntax": JavaScript inside <% %> that does not parse; find its line.
      const line = syntaxErrorLine(source, (text) => this.#eta.compile(text, { filepath: file }));
      throw new TemplateError(`template syntax error in the JavaScript of a <% %> tag: ${syntaxErrorDetail(message)} — check the brackets and quotes on that line`, { location: { file, line }, cause });
    }
  }

  has(name: string): boolean {
    return this.files.has(name);
  }

  /** Renders a template; `page` (its URL) is named in an error, with the failing template's file and line. */
  render(name: string, data: object, page?: string): string {
    try {
      return this.#eta.render(`@${name}`, data);
    } catch (cause) {
      if (cause instanceof TemplateError) throw cause;
      const where = this.#locate(name, data);
      const message = where?.message ?? (cause as Error).message.split("\n")[0];
      throw new TemplateError(`error while rendering${page ? ` page ${page}` : ""}: ${message} — the template's data for each page is listed in the comment at its top`, {
        location: { file: where?.file ?? this.files.get(name) ?? name, line: where?.line ?? null },
        cause,
      });
    }
  }

  /** Renders the failing page again in Eta's debug mode, whose error names the template file and line. */
  #locate(name: string, data: object): { file: string; line: number; message: string } | null {
    const sources = new Map([...this.files.values()].map((file) => [file, readFileSync(file, "utf8")]));
    try {
      const eta = debugEta((n) => this.files.get(n.replace(/^@/, "").replace(/\.eta$/, "")) ?? n);
      for (const [key, file] of this.files) eta.templatesSync.define(`@${key}`, eta.compile(sources.get(file)!, { filepath: file }));
      eta.render(`@${name}`, data);
      return null;
    } catch (e) {
      return debugLocation((e as Error).message, sources);
    }
  }
}
