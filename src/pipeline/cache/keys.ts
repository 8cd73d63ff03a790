import { createHash } from "node:crypto";
import path from "node:path";
import { NO_TEMPLATE_LINES, type TemplateLines } from "../../ingest/index.ts";
import { codeDigest, SRC } from "./code-digest.ts";

export { configKey } from "./disk-cache.ts";

/**
 * A digest of the code a parse result depends on (the ingest and model sources), so a cached
 * parse is never reused after the parser changed.
 */
export const PARSER_VERSION: string = codeDigest([path.join(SRC, "ingest"), path.join(SRC, "model")]);

/**
 * The cache key of a file's parse: its name, its bytes (by `contentDigest`, so a file known by its
 * digest need not be read), the configuration, the folder's template lines and the parser version.
 */
export function parseKey(rel: string, digest: string, configKey: string, templates: TemplateLines = NO_TEMPLATE_LINES): string {
  return createHash("sha1").update(PARSER_VERSION).update(configKey).update(templates.digest).update(rel).update("\0").update(digest).digest("base64url");
}

export { contentDigest } from "./content-digest.ts";
