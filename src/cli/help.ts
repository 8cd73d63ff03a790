// The help texts: the command list, and each command's options.
import { CONFIG_FILE } from "../config.ts";
import type { Command } from "./args.ts";

/** The help lines of the options every command takes. */
export const HELP_COMMON = `  --config FILE     site configuration (default: ${CONFIG_FILE} in the current folder)
  -h, --help        show this help`;

/** The command list, for `newsarchive --help` and a wrong command. */
export function usage(commands: Record<string, Command>): string {
  return `newsarchive: raw news articles in, a dated, cross-linked HTML archive out.

Usage: newsarchive <command> [options]

Commands:
${Object.entries(commands)
  .map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`)
  .join("\n")}

Options:
  -V, --version  print the version
  -h, --help     show this help

Run \`newsarchive <command> --help\` for a command's options.`;
}

/** `newsarchive <command> --help`. */
export function commandHelp(command: Command): string {
  return `Usage: ${command.usage}\n\n${command.summary[0]!.toUpperCase()}${command.summary.slice(1)}.\n\nOptions:\n${command.help}\n${HELP_COMMON}`;
}
