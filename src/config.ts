import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { ConfigError, didYouMean, SiteConfig } from "./model/index.ts";

/** The configuration file read when `--config` is not given, relative to the current folder. */
export const CONFIG_FILE = "newsarchive.config.json";

/**
 * Reads the optional site configuration at `file` (defaults for everything when it is absent),
 * applies command-line overrides, and validates the result. Every problem names the key.
 */
export function loadConfig(file: string, overrides: Partial<SiteConfig> = {}): SiteConfig {
  let raw: unknown = {};
  const shown = path.relative(process.cwd(), file) || file;
  if (existsSync(file)) {
    const text = readFileSync(file, "utf8");
    try {
      raw = JSON.parse(text);
    } catch (cause) {
      const pos = /position (\d+)/.exec((cause as Error).message);
      const line = pos ? text.slice(0, Number(pos[1])).split("\n").length : null;
      throw new ConfigError(`not valid JSON: ${(cause as Error).message}`, { location: { file: shown, line }, cause });
    }
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new ConfigError("the configuration must be a JSON object", { location: { file: shown } });
  }
  const merged = { ...(raw as object), ...Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)) };
  const result = SiteConfig.safeParse(merged);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `  ${i.path.join(".") || "(top level)"}: ${issueText(i)}`).join("\n");
    throw new ConfigError(`invalid configuration:\n${issues}`, { location: { file: shown } });
  }
  return result.data;
}

/** A zod issue in words; an unknown key gets the known key it is most likely a misspelling of. */
function issueText(issue: z.core.$ZodIssue): string {
  if (issue.code !== "unrecognized_keys") return issue.message;
  const known = issue.path.length === 0 ? Object.keys(SiteConfig.shape) : [];
  return issue.keys
    .map((k) => {
      const meant = didYouMean(k, known);
      return `unknown key "${k}"${meant ? ` — did you mean "${meant}"?` : ` (known keys: ${known.join(", ") || "see docs/config.md"})`}`;
    })
    .join("; ");
}
