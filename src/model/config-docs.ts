// The configuration reference (docs/config.md), generated from the zod schema so it cannot drift:
// every key with its type, default, limits and description. `npm run docs:config` writes it; a test
// fails when the committed file differs.
import { z } from "zod";
import { SiteConfig } from "./config.ts";

type Json = { type?: string | string[]; description?: string; default?: unknown; minimum?: number; maximum?: number; minLength?: number; enum?: unknown[]; items?: Json; properties?: Record<string, Json>; additionalProperties?: Json | boolean; format?: string; anyOf?: Json[] };

function typeOf(s: Json): string {
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(" \\| ");
  if (s.anyOf) return s.anyOf.map(typeOf).join(" \\| ");
  const t = Array.isArray(s.type) ? s.type.join(" \\| ") : (s.type ?? "any");
  if (t === "array" && s.items) return `${s.items.properties ? "object" : typeOf(s.items)}[]`;
  if (t === "object" && s.additionalProperties && typeof s.additionalProperties === "object") return `{ "…": ${typeOf(s.additionalProperties)} }`;
  return t;
}

function limits(s: Json): string {
  const parts: string[] = [];
  if (s.minimum !== undefined) parts.push(`≥ ${s.minimum}`);
  if (s.maximum !== undefined) parts.push(`≤ ${s.maximum}`);
  if (s.format) parts.push(s.format === "uri" ? "absolute URL" : s.format);
  return parts.length ? ` (${parts.join(", ")})` : "";
}

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

function rows(props: Record<string, Json>, prefix: string, out: string[]): void {
  for (const [key, s] of Object.entries(props)) {
    const def = s.default === undefined ? "required" : `\`${JSON.stringify(s.default)}\``;
    out.push(`| \`${prefix}${key}\` | ${typeOf(s)}${limits(s)} | ${def} | ${cell(s.description ?? "")} |`);
    const nested = s.properties ?? s.items?.properties;
    if (nested) rows(nested, `${prefix}${key}${s.items ? "[]" : ""}.`, out);
  }
}

/** The Markdown of docs/config.md. */
export function configReference(): string {
  const schema = z.toJSONSchema(SiteConfig, { io: "input" }) as Json;
  const out = [
    "# Configuration reference",
    "",
    "<!-- Generated from the zod schema in src/model/config.ts by `npm run docs:config`; do not edit by hand. -->",
    "",
    "`newsarchive.config.json` in the project folder (or `--config FILE`). Every key is optional; an",
    "unknown key is an error that suggests the key you probably meant (`titel` → did you mean `title`?).",
    "",
    "| key | type | default | what it does |",
    "|---|---|---|---|",
  ];
  rows(schema.properties ?? {}, "", out);
  return `${out.join("\n")}\n`;
}
