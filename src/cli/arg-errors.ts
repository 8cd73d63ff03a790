// Command-line mistakes in plain words: Node's parseArgs explains an unknown option with advice about
// positional arguments that starts with a dash, which is never what a user meant.
import { didYouMean } from "../model/index.ts";
import type { Options } from "./args.ts";

/** The message for a parseArgs error: an unknown option is named, with the closest known option. */
export function argErrorMessage(error: unknown, options: Options): string {
  const e = error as { code?: string; message: string };
  const unknown = e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" ? /'(-{1,2}[^']+)'/.exec(e.message)?.[1] : undefined;
  if (!unknown) return e.message;
  const names = Object.keys(options).map((n) => `--${n}`);
  const meant = didYouMean(unknown.replace(/=.*$/, ""), names);
  return `unknown option ${unknown}${meant ? ` — did you mean ${meant}?` : ""}`;
}
