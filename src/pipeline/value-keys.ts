// One walk that spells plain page data as a key string, shared by the dev server's fingerprints
// (incremental/fingerprint.ts: in-process ids) and the CLI's content keys (cache/content-keys.ts:
// digests that hold across processes). They differ only in the tokens for what is not spelled out.

/** Strings longer than this (rendered bodies) stand in a key by a token, not spelled out. */
export const LONG_STRING = 200;

/** The tokens a key uses for what it does not spell out. */
export interface KeyTokens {
  /** A string longer than `LONG_STRING`. */
  long(s: string): string;
  /** An object marked `stable` (an immutable record), or null to spell it out. */
  stable(o: object): string | null;
  /** Binary data. */
  bytes(b: ArrayBufferView): string;
}

/** Appends the key of `value` to `parts`: equal data gives equal keys under the same tokens. */
export function feedValue(parts: string[], value: unknown, tokens: KeyTokens): void {
  switch (typeof value) {
    case "string":
      parts.push(value.length > LONG_STRING ? `L${tokens.long(value)};` : `${value.length}:${value}`);
      return;
    case "number":
    case "boolean":
    case "bigint":
      parts.push(`${(typeof value)[0]}${String(value)};`);
      return;
    case "undefined":
      parts.push("u");
      return;
    case "function":
      parts.push("f"); // helpers such as link(): the same code for every page
      return;
    case "symbol":
      parts.push(`y${String(value)};`);
      return;
  }
  if (value === null) return void parts.push("n");
  const o = value as object;
  const token = tokens.stable(o);
  if (token !== null) return void parts.push(`#${token};`);
  feedObject(parts, o, tokens);
}

/** Appends the key of an object's content (arrays, maps, sets, dates, bytes, plain fields). */
export function feedObject(parts: string[], o: object, tokens: KeyTokens): void {
  if (Array.isArray(o)) {
    parts.push(`[${o.length};`);
    for (const item of o) feedValue(parts, item, tokens);
  } else if (o instanceof Map) {
    parts.push(`M${o.size};`);
    for (const [k, v] of o as Map<unknown, unknown>) (feedValue(parts, k, tokens), feedValue(parts, v, tokens));
  } else if (o instanceof Set) {
    parts.push(`S${o.size};`);
    for (const v of o) feedValue(parts, v, tokens);
  } else if (o instanceof Date) {
    parts.push(`D${o.getTime()};`);
  } else if (ArrayBuffer.isView(o)) {
    parts.push(`B${tokens.bytes(o)};`);
  } else {
    parts.push("{");
    for (const k in o) {
      parts.push(`${k}=`);
      feedValue(parts, (o as Record<string, unknown>)[k], tokens);
    }
  }
  parts.push("}");
}
