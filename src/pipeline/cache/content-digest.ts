import { createHash } from "node:crypto";

/** The digest a build knows a seed file's bytes by (the warm check records it; parse keys are made from it). */
export function contentDigest(bytes: Uint8Array): string {
  return createHash("sha1").update(bytes).digest("base64");
}
