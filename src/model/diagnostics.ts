import { z } from "zod";
import { DIAGNOSTIC_KIND_NAMES, type DiagnosticKind } from "./diagnostic-kinds.ts";

export { DIAGNOSTIC_KINDS, type DiagnosticKind, type KindDoc } from "./diagnostic-kinds.ts";

/** A warning or error about a user's input, pointing at the file and line to fix. */
export const Diagnostic = z.object({
  /** Path relative to the seeds folder (or the project, for config and templates). */
  file: z.string(),
  /** 1-based line, or null when the problem concerns the whole file. */
  line: z.number().int().min(1).nullable(),
  /** What happened and what to do about it. */
  message: z.string(),
  /** What kind of problem it is (see `DIAGNOSTIC_KINDS` and docs/errors.md), for grouping in the build report. */
  kind: z.enum(DIAGNOSTIC_KIND_NAMES).optional(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

/** Where in a user's file an error points. */
export interface Location {
  /** The file, relative to the project or the seeds folder. */
  file: string;
  /** 1-based line, when known. */
  line?: number | null;
  /** 1-based column, when known. */
  column?: number | null;
}

/** Base of every error newsarchive raises on purpose; `name` comes from the subclass. */
export class NewsarchiveError extends Error {
  /** Where in the user's file the problem is, when it is in one. */
  readonly location: Location | undefined;
  constructor(message: string, options: { location?: Location; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = new.target.name;
    this.location = options.location;
  }

  /** `file:line: message`, the form editors and terminals make clickable. */
  format(): string {
    const where = this.location
      ? `${this.location.file}${this.location.line ? `:${this.location.line}` : ""}${this.location.column ? `:${this.location.column}` : ""}: `
      : "";
    return `${where}${this.message}`;
  }

  /** The error as a diagnostic of the given kind (the dev server's overlay lists them). */
  toDiagnostic(kind?: DiagnosticKind): Diagnostic {
    return { file: this.location?.file ?? "", line: this.location?.line ?? null, message: this.message, kind };
  }
}

/** A seed file that cannot be read or parsed. */
export class ContentError extends NewsarchiveError {}
/** The configuration file is invalid. */
export class ConfigError extends NewsarchiveError {}
/** A template failed to compile or render. */
export class TemplateError extends NewsarchiveError {}
/** The command line was used wrongly (exit code 2). */
export class UsageError extends NewsarchiveError {}

/** `file:line: message` for a diagnostic. */
export function formatDiagnostic(d: Diagnostic): string {
  return terminalSafe(`${d.file}${d.line ? `:${d.line}` : ""}: ${d.message}`);
}

/**
 * File names and quoted input reach the terminal: control characters (an ESC sequence can rewrite
 * the screen, a newline can forge a second message) and bidi overrides are shown as `\u{…}` instead.
 */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}
