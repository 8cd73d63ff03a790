// A saved page before it meets a DOM: one linear pass over the markup that drops what never reaches
// a record (scripts, styles, SVG, iframes, comments…), keeps the JSON-LD blocks aside for the
// metadata, and bounds what the parser and the extractor must handle. The DOM parser (htmlparser2
// under linkedom) and Readability both slow down with the square of nesting depth, and Readability
// with the number of elements, so a page past these bounds is flattened or refused here, in linear time.

/** Deeper tags than this are dropped (their text stays): real article pages nest 20 to 60 levels. */
export const MAX_DEPTH = 100;
/** More elements than this (after scripts, styles and SVG are gone) and the page is refused. */
export const MAX_ELEMENTS = 40_000;
/** A saved page larger than this (in characters) is refused before any parsing. */
export const MAX_PAGE_CHARS = 32 * 1024 * 1024;
/** Markup left after the dropped elements larger than this is refused: no article needs it. */
export const MAX_MARKUP_CHARS = 6 * 1024 * 1024;

/** Elements dropped whole, content and all: nothing in them is article text. */
const DROPPED = new Set(["script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "audio", "video", "select", "textarea", "button"]);
/** Elements whose content is text up to their closing tag (no tags inside). */
const RAW_TEXT = new Set(["title", "xmp", "plaintext"]);
/** Elements with no content, and elements whose end tag may be left out: neither adds depth. */
const FLAT = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "caption", "rp", "rt", "html", "head", "body"]);

/** The page as the rest of the HTML reader sees it. */
export interface PreparedPage {
  /** The markup without dropped elements and with deep tags flattened. */
  html: string;
  /** The text of each `<script type="application/ld+json">`, in page order. */
  jsonLd: string[];
  /** Open tags kept. */
  elements: number;
  /** Tags dropped because they were nested deeper than `MAX_DEPTH`. */
  flattened: number;
}

/** Why a page was refused. */
export interface Refusal {
  refused: string;
}

/** A tag name: a letter, then letters, digits, ":" or "-" (read from the lower-cased copy). */
function tagNameEnd(lower: string, from: number): number {
  const first = lower.charCodeAt(from);
  if (first < 97 || first > 122) return from;
  let j = from + 1;
  for (; j < lower.length; j++) {
    const c = lower.charCodeAt(j);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 58) || c === 45)) break;
  }
  return j;
}

/** Prepares a page, or says why it is too big to read. Never throws; linear in the page's length. */
export function preparePage(text: string): PreparedPage | Refusal {
  if (text.length > MAX_PAGE_CHARS) return { refused: `page is ${mb(text.length)} MB, more than ${mb(MAX_PAGE_CHARS)} MB` };
  const lower = text.toLowerCase();
  const out: string[] = [];
  const jsonLd: string[] = [];
  const stack: string[] = [];
  const droppedOpen = new Map<string, number>();
  let elements = 0;
  let flattened = 0;
  let kept = 0;
  let from = 0; // start of the text not yet copied
  let i = 0;
  const keep = (end: number) => {
    if (end > from) {
      out.push(text.slice(from, end));
      kept += end - from;
    }
  };
  while (i < text.length) {
    const lt = text.indexOf("<", i);
    if (lt < 0) break;
    const next = text.charCodeAt(lt + 1);
    if (lower.startsWith("<!--", lt)) {
      const end = lower.indexOf("-->", lt + 4);
      keep(lt);
      i = from = end < 0 ? text.length : end + 3;
      continue;
    }
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      const end = text.indexOf(">", lt);
      keep(lt);
      i = from = end < 0 ? text.length : end + 1;
      continue;
    }
    const closing = next === 47; /* / */
    const nameStart = lt + (closing ? 2 : 1);
    const nameEnd = tagNameEnd(lower, nameStart);
    if (nameEnd === nameStart) {
      i = lt + 1;
      continue;
    }
    const name = lower.slice(nameStart, nameEnd);
    const end = tagEnd(text, lt + 1);
    if (closing) {
      const dropped = droppedOpen.get(name) ?? 0;
      if (dropped > 0) {
        droppedOpen.set(name, dropped - 1);
        keep(lt);
        from = end;
      } else closeOn(stack, name);
      i = end;
      continue;
    }
    if (DROPPED.has(name)) {
      const close = lower.indexOf(`</${name}`, end);
      const closeEnd = close < 0 ? text.length : tagEnd(text, close + 1);
      if (name === "script" && /\btype\s*=\s*["']?application\/ld\+json/i.test(text.slice(lt, end))) jsonLd.push(text.slice(end, close < 0 ? text.length : close));
      keep(lt);
      i = from = closeEnd;
      continue;
    }
    if (RAW_TEXT.has(name)) {
      const close = lower.indexOf(`</${name}`, end);
      elements++;
      i = close < 0 ? text.length : close;
      continue;
    }
    const selfClosing = text.charCodeAt(end - 2) === 47;
    if (!FLAT.has(name) && !selfClosing) {
      if (stack.length >= MAX_DEPTH) {
        droppedOpen.set(name, (droppedOpen.get(name) ?? 0) + 1);
        flattened++;
        keep(lt);
        i = from = end;
        continue;
      }
      stack.push(name);
    }
    elements++;
    // linkedom matches attribute names as written: `<TIME DATETIME=…>` must read as `datetime`.
    if (hasUpperName(text, lt, end)) {
      keep(lt);
      out.push(lowerAttributeNames(text.slice(lt, end)));
      from = end;
    }
    i = end;
  }
  keep(text.length);
  if (elements > MAX_ELEMENTS) return { refused: `page has ${elements} elements besides scripts, styles and images, more than ${MAX_ELEMENTS}` };
  if (kept > MAX_MARKUP_CHARS) return { refused: `page holds ${mb(kept)} MB of markup besides scripts and styles, more than ${mb(MAX_MARKUP_CHARS)} MB` };
  return { html: out.join(""), jsonLd, elements, flattened };
}

/** Index just past the `>` that ends the tag opened at `from`, skipping quoted attribute values. */
function tagEnd(text: string, from: number): number {
  let quote = 0;
  for (let j = from; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) {
      // A quote opens a value only after "="; elsewhere it is a stray character.
      if (text.charCodeAt(j - 1) === 61 || (text.charCodeAt(j - 1) === 32 && text.charCodeAt(j - 2) === 61)) quote = c;
    } else if (c === 62) return j + 1;
  }
  return text.length;
}

/** An upper-case letter after "<" or a space inside the tag (values may trip it: it is only a gate). */
function hasUpperName(text: string, from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) {
    const c = text.charCodeAt(j);
    if (c >= 65 && c <= 90) {
      const before = text.charCodeAt(j - 1);
      if (before === 60 || before === 32 || before === 10 || before === 9 || before === 13) return true;
    }
  }
  return false;
}

/** The tag with its element and attribute names in lower case and its attribute values as written. */
export function lowerAttributeNames(tag: string): string {
  let out = "";
  let j = 0;
  while (j < tag.length) {
    const c = tag[j]!;
    if (c === '"' || c === "'") {
      const close = tag.indexOf(c, j + 1);
      const stop = close < 0 ? tag.length : close + 1;
      out += tag.slice(j, stop);
      j = stop;
    } else if (c === "=") {
      // An unquoted value runs to the next space or ">", as written.
      let k = j + 1;
      while (k < tag.length && tag[k] === " ") k++;
      if (tag[k] !== '"' && tag[k] !== "'") while (k < tag.length && !/[\s>]/.test(tag[k]!)) k++;
      out += tag.slice(j, k);
      j = k;
    } else {
      out += c.toLowerCase();
      j++;
    }
  }
  return out;
}

/** Pops the innermost open element of that name (looking a few levels down: stray end tags are common). */
function closeOn(stack: string[], name: string): void {
  for (let k = stack.length - 1; k >= 0 && k >= stack.length - 16; k--) {
    if (stack[k] === name) {
      stack.length = k;
      return;
    }
  }
}

const mb = (chars: number) => (chars / (1024 * 1024)).toFixed(1);
