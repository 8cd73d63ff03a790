// Optional YAML front matter, in every file type. gray-matter finds the block, but we hand it our own
// engines: YAML is read with js-yaml's JSON_SCHEMA (no timestamps, no constructor tags) and every
// code-evaluating language (js, javascript, coffee, ...) or unknown language is an error, never run.
import matter from "gray-matter";
import yaml from "js-yaml";
import type { Diagnostic } from "../model/index.ts";

/** A file's front matter as read: the mapping, the lines it takes and the errors it had. */
export interface FrontMatter {
  /** The parsed mapping, or null when there is none (or it failed). */
  data: Record<string, unknown> | null;
  /** Number of lines the block takes (0 when the file has none), so body line numbers stay right. */
  lines: number;
  errors: Diagnostic[];
}

function refuse(lang: string) {
  return () => {
    throw new Error(`front matter in language "${lang}" would run code; it is never evaluated — use YAML between --- lines`);
  };
}

/** Where the block ends: index of the closing `---` line, or -1 when the file has no front matter. */
export function frontMatterEnd(lines: readonly string[]): number {
  const first = lines[0];
  if (first === undefined || !/^---[A-Za-z0-9_ -]*$/.test(first) || first.startsWith("----")) return -1;
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (l === "---" || l === "...") return i;
  }
  return -1;
}

/** Reads the YAML front matter at the top of `lines` with no code evaluated; a malformed block or a code language is an error naming the line, and the file is read without it. */
export function readFrontMatter(file: string, lines: readonly string[]): FrontMatter {
  const end = frontMatterEnd(lines);
  if (end < 0) return { data: null, lines: 0, errors: [] };
  const errors: Diagnostic[] = [];
  let yamlError: { line: number; message: string } | null = null;
  const source = lines.slice(0, end + 1).join("\n").replace(/\n\.\.\.$/, "\n---") + "\n";
  const engines = {
    yaml: {
      parse: (s: string): object => {
        try {
          const v = yaml.load(s, { schema: yaml.JSON_SCHEMA });
          if (v === null || v === undefined) return {};
          if (typeof v !== "object" || Array.isArray(v)) throw new Error("front matter must be a mapping of field: value");
          return v;
        } catch (e) {
          const mark = (e as { mark?: { line?: number } }).mark;
          // gray-matter hands YAML the text after the opening `---`, so YAML line 0 is file line 1.
          yamlError = { line: 1 + (mark?.line ?? 0), message: (e as { reason?: string }).reason ?? (e as Error).message };
          return {};
        }
      },
      stringify: () => "",
    },
    json: { parse: refuse("json"), stringify: () => "" },
    javascript: { parse: refuse("javascript"), stringify: () => "" },
    js: { parse: refuse("js"), stringify: () => "" },
    coffee: { parse: refuse("coffee"), stringify: () => "" },
    coffeescript: { parse: refuse("coffeescript"), stringify: () => "" },
    cson: { parse: refuse("cson"), stringify: () => "" },
  };
  try {
    // Passing options also keeps gray-matter from filling its module-level cache.
    const parsed = matter(source, { engines, language: "yaml" } as never) as { data: Record<string, unknown> };
    if (yamlError) {
      const ye = yamlError as { line: number; message: string };
      errors.push({ file, line: Math.min(ye.line, end + 1), message: `malformed YAML front matter: ${ye.message}; fix the YAML (the article is read without it)`, kind: "front-matter" });
      return { data: null, lines: end + 1, errors };
    }
    return { data: parsed.data ?? {}, lines: end + 1, errors };
  } catch (e) {
    errors.push({ file, line: 1, message: `${(e as Error).message}; the front matter was ignored`, kind: "front-matter" });
    return { data: null, lines: end + 1, errors };
  }
}
