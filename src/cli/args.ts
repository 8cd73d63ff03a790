// Command-line arguments: the shape of a command, the options every command takes, and the checks
// of values that the parser leaves as strings.
import type { ParseArgsConfig } from "node:util";
import { UsageError } from "../model/index.ts";

/** The options of one command, as `node:util` `parseArgs` takes them. */
export type Options = NonNullable<ParseArgsConfig["options"]>;

/** Parsed option values, by name. */
export type Values = Record<string, string | boolean | undefined>;

/** One command of the CLI. */
export interface Command {
  /** One line for the command list. */
  summary: string;
  /** The synopsis line. */
  usage: string;
  /** How many positional arguments it takes (none unless given; `parse` takes any number). */
  positionals?: number;
  /** Its options (the common ones included). */
  options: Options;
  /** Its options explained, one per line, for `--help`. */
  help: string;
  /** Runs it; resolves to the exit code. */
  run: (values: Values, positionals: string[]) => Promise<number>;
}

/** The options every command takes. */
export const common: Options = {
  help: { type: "boolean", short: "h" },
  config: { type: "string" },
};

/** `--port`, checked. */
export function parsePort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a whole number from 0 to 65535, not "${text}"`);
  return port;
}

/** A host as it goes into a URL (IPv6 in brackets). */
export function hostForUrl(host: string): string {
  return host.includes(":") ? `[${host}]` : host;
}

