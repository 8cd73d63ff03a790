// Bytes → text lines, without losing line numbers. Seeds come from scrapers, so we expect a BOM,
// CRLF, Windows-1252 bytes and the occasional binary file; none of them may throw.
import type { Diagnostic } from "../model/index.ts";

/** A file's bytes as text, with what decoding them had to guess or remove. */
export interface Decoded {
  /** Decoded text (BOM removed), or null when the file is binary. */
  text: string | null;
  warnings: Diagnostic[];
  errors: Diagnostic[];
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
const cp1252 = new TextDecoder("windows-1252");

// Some Node builds decode "windows-1252" as ISO-8859-1, leaving C1 controls where cp1252 has “ ” — € etc.
const CP1252_C1 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
function fixC1(s: string): string {
  return s.replace(/[\u0080-\u009F]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80] ?? c);
}

/** Decodes a seed file's bytes without ever throwing: UTF-8 (BOM dropped), else Windows-1252 with a warning; control characters removed with a warning; a file with a NUL byte is binary (null text and an error). */
export function decodeBytes(file: string, bytes: Uint8Array): Decoded {
  const warnings: Diagnostic[] = [];
  const errors: Diagnostic[] = [];
  // NUL never occurs in text we can archive: treat the file as binary, with the line of the first NUL.
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    let line = 1;
    for (let i = 0; i < nul; i++) if (bytes[i] === 10) line++;
    errors.push({ file, line, message: "file contains NUL bytes (binary?); it was skipped — save it as UTF-8 text", kind: "binary" });
    return { text: null, warnings, errors };
  }
  let text: string;
  try {
    text = utf8.decode(bytes); // the decoder drops a leading UTF-8 BOM itself
  } catch {
    text = fixC1(cp1252.decode(bytes));
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    warnings.push({ file, line: null, message: "file is not valid UTF-8; decoded as Windows-1252 — re-save it as UTF-8 to be sure characters are right", kind: "encoding" });
  }
  // Control characters and noncharacters carry no meaning in copy and make feeds ill-formed XML
  // (XML 1.0 allows no C0 control but tab, LF and CR): they are removed, with the first one's line.
  const bad = CONTROL.exec(text);
  if (bad) {
    const line = 1 + (text.slice(0, bad.index).match(/\r\n|\n|\r/g)?.length ?? 0);
    const count = text.match(CONTROLS)?.length ?? 0;
    text = text.replace(CONTROLS, "");
    warnings.push({ file, line, message: `file contains ${count} control character${count === 1 ? "" : "s"} (U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")} first, on this line); they were removed — check the file was saved as text`, kind: "control-characters" });
  }
  return { text, warnings, errors };
}

/** C0 controls other than tab, LF and CR; DEL; and the noncharacters U+FFFE and U+FFFF. */
const CONTROL = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/;
const CONTROLS = new RegExp(CONTROL.source, "g");

/** Split on CRLF, LF or lone CR; index i is line i+1. Trailing whitespace is trimmed (it carries no meaning in copy). */
export function splitLines(text: string): string[] {
  const out = text.split(/\r\n|\n|\r/);
  // A final newline does not open a new (empty) line.
  if (out.length > 1 && out[out.length - 1] === "") out.pop();
  return out.map((l) => l.trimEnd());
}
