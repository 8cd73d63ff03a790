// The command line's entry: which command, its arguments checked, its errors turned into exit codes.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { NewsarchiveError, UsageError } from "../model/index.ts";
import { PACKAGE_ROOT } from "../project.ts";
import { argErrorMessage } from "./arg-errors.ts";
import type { Values } from "./args.ts";
import { commands } from "./commands.ts";
import { commandHelp, usage } from "./help.ts";

/** Runs the CLI; returns the exit code: 0 success (warnings allowed), 1 errors, 2 bad usage. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    console.log(usage(commands));
    return name ? 0 : 2;
  }
  if (name === "--version" || name === "-V") {
    console.log(JSON.parse(readFileSync(path.join(PACKAGE_ROOT, "package.json"), "utf8")).version);
    return 0;
  }
  const command = commands[name];
  if (!command) {
    console.error(`newsarchive: unknown command "${name}"\n\n${usage(commands)}`);
    return 2;
  }
  let values: Values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true }) as { values: Values; positionals: string[] });
    if (positionals.length > (command.positionals ?? 0)) throw new UsageError(`unexpected argument "${positionals[command.positionals ?? 0]}"`);
  } catch (error) {
    console.error(`newsarchive ${name}: ${argErrorMessage(error, command.options)}\nUsage: ${command.usage}\nRun \`newsarchive ${name} --help\` for details.`);
    return 2;
  }
  if (values.help) {
    console.log(commandHelp(command));
    return 0;
  }
  try {
    return await command.run(values, positionals);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`newsarchive ${name}: ${error.message}\nUsage: ${command.usage}`);
      return 2;
    }
    if (error instanceof NewsarchiveError) {
      console.error(`error: ${error.format()}`);
      return 1;
    }
    console.error(`newsarchive ${name}: unexpected failure: ${(error as Error).stack ?? String(error)}`);
    return 1;
  }
}
