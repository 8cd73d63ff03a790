// A MIME message's text: the header block (folded lines joined, encoded words decoded by postal-mime)
// and its first text/plain part, its transfer encoding (quoted-printable, base64) and charset undone.
// Synchronous because parsing is (postal-mime's own parser is async, so only its header helpers are used).
import { decodeWords } from "postal-mime";
import { findHeaderBlock, headerValue, type HeaderBlock } from "./headers.ts";

/** Deeper multipart nesting than this is not a message but an attack; the text is read as it is. */
const MAX_DEPTH = 8;

interface Part {
  headers: Map<string, string>;
  body: string;
}

/**
 * The message as plain text (decoded header lines, a blank line, the text body), or null when the
 * text is not MIME-encoded (no multipart, no quoted-printable or base64): then it is read as it is,
 * line numbers and all.
 */
export function decodeMimeText(text: string): string | null {
  // Every seed passes here: most open with no header field, and need not be split into lines again.
  if (!/^\s*(?:From \S|[A-Za-z][A-Za-z0-9-]{0,60}:)/.test(text.slice(0, 400))) return null;
  const lines = text.split(/\r?\n/);
  const block = findHeaderBlock(lines, 0);
  if (!block) return null;
  const type = (headerValue(block, "content-type") ?? "").toLowerCase();
  const encoding = (headerValue(block, "content-transfer-encoding") ?? "").toLowerCase();
  if (!type.startsWith("multipart/") && !/quoted-printable|base64/.test(encoding)) return null;
  const root: Part = { headers: headerMap(block), body: lines.slice(block.end + 2).join("\n") };
  const body = textOf(root, 0);
  if (body === null) return null;
  const header = block.fields.filter((f) => !f.key.startsWith("content-") && f.key !== "mime-version").map((f) => `${displayName(f.key)}: ${f.value}`);
  return [...header, "", body.replace(/\r\n?/g, "\n").trim(), ""].join("\n");
}

function headerMap(block: HeaderBlock): Map<string, string> {
  return new Map(block.fields.map((f) => [f.key, f.value]));
}

function displayName(key: string): string {
  return key.replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase()).replace(/^Message-Id$/, "Message-ID");
}

/** A parameter of a header value ("boundary", "charset"), unquoted. */
function param(value: string, name: string): string | null {
  const m = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, "i").exec(value);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

/** The first text/plain part's text (depth-first), else a text/html part's text without its tags. */
function textOf(part: Part, depth: number): string | null {
  const type = (part.headers.get("content-type") ?? "text/plain").toLowerCase();
  if (type.startsWith("multipart/")) {
    const boundary = param(part.headers.get("content-type")!, "boundary");
    if (!boundary || depth >= MAX_DEPTH) return null;
    const parts = splitParts(part.body, boundary);
    for (const p of parts) {
      const t = (p.headers.get("content-type") ?? "text/plain").toLowerCase();
      if (t.startsWith("text/plain") || t.startsWith("multipart/")) {
        const text = textOf(p, depth + 1);
        if (text !== null) return text;
      }
    }
    const html = parts.find((p) => (p.headers.get("content-type") ?? "").toLowerCase().startsWith("text/html"));
    return html ? htmlText(decodeBody(html)) : null;
  }
  if (type.startsWith("text/html")) return htmlText(decodeBody(part));
  if (!type.startsWith("text/")) return null;
  return decodeBody(part);
}

function splitParts(body: string, boundary: string): Part[] {
  const lines = body.split(/\r?\n/);
  const parts: Part[] = [];
  let cur: string[] | null = null;
  for (const line of lines) {
    if (line.startsWith(`--${boundary}`)) {
      if (cur) parts.push(readPart(cur));
      if (line.startsWith(`--${boundary}--`)) return parts;
      cur = [];
    } else if (cur) cur.push(line);
  }
  if (cur) parts.push(readPart(cur));
  return parts;
}

function readPart(lines: string[]): Part {
  const headers = new Map<string, string>();
  let i = 0;
  let last: string | null = null;
  for (; i < lines.length && lines[i]!.trim() !== ""; i++) {
    const line = lines[i]!;
    if (/^[ \t]/.test(line) && last) headers.set(last, `${headers.get(last)} ${line.trim()}`);
    else {
      const m = /^([A-Za-z][A-Za-z0-9-]*):\s?(.*)$/.exec(line);
      if (m) headers.set((last = m[1]!.toLowerCase()), decodeWords(m[2]!.trim()));
    }
  }
  return { headers, body: lines.slice(i + 1).join("\n") };
}

/** The part's body with its transfer encoding and charset undone. */
function decodeBody(part: Part): string {
  const encoding = (part.headers.get("content-transfer-encoding") ?? "").toLowerCase().trim();
  const charset = param(part.headers.get("content-type") ?? "", "charset") ?? "utf-8";
  let bytes: Uint8Array;
  if (encoding === "base64") bytes = Buffer.from(part.body.replace(/\s+/g, ""), "base64");
  else if (encoding === "quoted-printable") bytes = quotedPrintable(part.body);
  // 7bit and 8bit text was decoded with the file itself.
  else return part.body;
  try {
    return new TextDecoder(charset.toLowerCase(), { fatal: false }).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

/** RFC 2045 quoted-printable: "=" at a line's end joins it to the next; "=XX" is a byte. */
function quotedPrintable(text: string): Uint8Array {
  const joined = text.replace(/[ \t]+$/gm, "").replace(/=\r?\n/g, "");
  const out: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const c = joined.charCodeAt(i);
    if (c === 61 /* = */ && /^[0-9A-Fa-f]{2}$/.test(joined.slice(i + 1, i + 3))) {
      out.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c < 256) out.push(c);
    else out.push(...Buffer.from(joined[i]!, "utf8"));
  }
  return Uint8Array.from(out);
}

/** Block-level tags become line breaks, the rest of the markup and its entities go. */
function htmlText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, "")
    .replace(/<\/?(?:p|div|br|h[1-6]|li|tr|blockquote)\b[^>]*>/gi, "\n\n")
    .replace(/<[^>]{0,2000}>/g, "")
    .replace(/&nbsp;/g, " ").replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'")
    .replace(/\n{3,}/g, "\n\n");
}
