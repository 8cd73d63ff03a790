// Generic evidence about one line (unit) that transfers across publishers: how much it reads like
// prose (length, function words, sentence punctuation) and how much like page furniture (links and
// handles, separators, a promo label, a photo credit, a reading-time label, recurrence in other
// files of the folder or in this one). No publisher's wording: the lexicons below are closed
// classes any site uses (function words, promo labels, picture agencies).
import stop from "./stopwords.json" with { type: "json" };
import { codePointWidth, isLetterOrDigitAt, isSpaceCode, isUpperAt } from "../../model/chars.ts";
import { lineKey, type TemplateLines } from "./template.ts";

/** What the scorer sees of a line; `parse --explain` prints it. */
export interface LineFeatures {
  chars: number;
  words: number;
  /** Share of words that are function words, in whichever of the six languages fits best (0–1). */
  stop: number;
  /** Sentences that end in . ! ? … (a closing quote or bracket may follow). */
  sentences: number;
  /** Ends like a sentence. */
  endsSentence: boolean;
  /** Share of words that start with a capital (title case, names, all caps). */
  caps: number;
  /** A URL, a bare domain, an e-mail address or an @handle. */
  link: boolean;
  /** Menu and breadcrumb separators (| · • › » > / ▸) between words. */
  separators: number;
  /** Opens with a promo label: "Related:", "Read more:", "WATCH |", "Lesen Sie auch:". */
  promo: boolean;
  /** A picture credit: "Photo: X/Reuters", "(Image: Getty)", "X/AFP via Getty Images". */
  credit: boolean;
  /** A reading-time or counter label: "5 min read", "Reading time: 4 minutes", "12 comments". */
  counter: boolean;
  /** A list bullet opens it. */
  bullet: boolean;
  /** Recurrence across the folder's files: 0, 1 (3+ files) or 2 (many). */
  template: 0 | 1 | 2;
  /** Other units of this file with the same text. */
  repeats: number;
  /** Where the unit stands in the file, 0 (first) to 1 (last). */
  position: number;
}

/** Word → bit set of the languages whose stop list holds it (a pure lookup table, built once). */
const STOP = new Map<string, number>();
["en", "de", "fr", "es", "it", "pt"].forEach((lang, bit) => {
  for (const w of (stop as unknown as Record<string, string>)[lang]!.split(" ")) STOP.set(w, (STOP.get(w) ?? 0) | (1 << bit));
});
/** The longest stop word: a longer word is never looked up (lowercasing never shortens a word). */
const LONGEST_STOP = Math.max(...[...STOP.keys()].map((w) => w.length));

const LINK = /\bhttps?:\/\/|\bwww\.|^[\w-]+(\.[\w-]+)+(\/\S*)?$|\b[\w.+-]+@[\w-]+\.[\w.]+|(^|\s)@\w{2,}/iu;
/** What every match of LINK needs: "://", "www.", an "@", or no space at all (a bare domain). */
const mayLink = (t: string) => t.includes("@") || t.includes("://") || /www\./i.test(t) || !/\s/.test(t);
const SEPARATOR = /\s[|·•›»>\/▸]\s/g;
const PROMO = /^(?:related(?: (?:stories|articles|content|coverage|links|video))?|read (?:more|also|next)|also read|more(?: on this| from| coverage)?|see (?:also|more)|watch(?: now| live)?|video|videos|listen|podcast|photos?|gallery|in pictures|recommended|trending|don'?t miss|must read|explore|latest|live|opinion|analysis|sponsored|advertisement|lesen sie (?:auch|mehr)|mehr zum thema|auch interessant|(?:à )?lire (?:aussi|également)|voir aussi|leer m[aá]s|lea tambi[eé]n|ver tambi[eé]n|leggi anche|guarda|leia tamb[eé]m|veja tamb[eé]m|saiba mais)\s*(?:[:|»>▸]|[-–—]\s)/iu;
const CREDIT_LABEL = /^[([]?(?:photo(?:graph)?s?|image|picture|pic|illustration|graphic|video|credit|foto|bild|imagen|immagine|source)(?: credit| by| courtesy(?: of)?)?\s*[:|]?\s/iu;
const AGENCY = /(?:\/|\bvia |\bcourtesy (?:of )?|\.\s)\s*(?:getty(?: images)?|reuters|ap|afp|epa(?:-efe)?|shutterstock|alamy|pa(?: images| wire)?|bloomberg|anadolu|xinhua|dpa|imago|sipa|zuma|nurphoto|efe|ansa)\b(?: via getty images)?[)\]]?\.?$/iu;
const COUNTER = /^(?:\d{1,3} ?(?:min(?:ute)?s?|m) (?:read|listen|watch)|(?:reading|read|listening) time:? ?\d{1,3} ?min(?:ute)?s?|lesezeit:? ?\d{1,3} ?min(?:uten)?|temps de lecture:? ?\d{1,3} ?min(?:utes)?|tiempo de lectura:? ?\d{1,3} ?min(?:utos)?|tempo de leitura:? ?\d{1,3} ?min(?:utos)?|tempo di lettura:? ?\d{1,3} ?min(?:uti)?|\d{1,6} (?:comments?|shares?|views?|likes?|reactions?))\.?$/iu;

/** Closing quotes and brackets that may follow a sentence's end. */
const isCloser = (c: number) => c === 34 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;

/** How many times `/[.!?…](?:["”’)\]]+)?(?=\s|$)/gu` matches: sentence ends, counted without a match array. */
export function countSentenceEnds(head: string): number {
  let count = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c !== 46 && c !== 33 && c !== 63 && c !== 0x2026) continue;
    let j = i + 1;
    while (j < head.length && isCloser(head.charCodeAt(j))) j++;
    if (j === head.length || isSpaceCode(head.charCodeAt(j))) {
      count++;
      i = j - 1;
    }
  }
  return count;
}

/**
 * The words of a line as `/[\p{L}\p{N}][\p{L}\p{N}'’.-]*\/gu` finds them, counted with how many are
 * function words per language and how many start with a capital. A hand-written scan: every word
 * of every seed passes here, and a plain lowercase word is looked up as it stands.
 */
export function scanWords(head: string): { words: number; stopHits: number[]; caps: number } {
  const stopHits = [0, 0, 0, 0, 0, 0];
  let words = 0;
  let caps = 0;
  const n = head.length;
  let i = 0;
  while (i < n) {
    const at = head.charCodeAt(i);
    // Spaces and ASCII punctuation between words are passed over without a call.
    if (at < 128 ? !((at >= 97 && at <= 122) || (at >= 65 && at <= 90) || (at >= 48 && at <= 57)) : !isLetterOrDigitAt(head, i)) {
      i += at < 128 ? 1 : codePointWidth(head, i);
      continue;
    }
    const start = i;
    const first = head.charCodeAt(i);
    if (isUpperAt(head, i)) caps++;
    // Plain: only a-z, 0-9, dots, hyphens and straight apostrophes, so the word is its own lowercase form.
    let plain = (first >= 97 && first <= 122) || (first >= 48 && first <= 57);
    i += codePointWidth(head, i);
    for (;;) {
      const c = head.charCodeAt(i);
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 39 || c === 46) i++;
      else if (c === 0x2019) {
        i++;
        plain = false;
      } else if (isLetterOrDigitAt(head, i)) {
        i += codePointWidth(head, i);
        plain = false;
      } else break;
    }
    words++;
    const end = head.charCodeAt(i - 1) === 46 ? i - 1 : i;
    if (end - start > LONGEST_STOP) continue;
    let bare: string;
    if (plain) bare = head.slice(start, end);
    else {
      bare = head.slice(start, i).toLowerCase();
      if (bare.includes("’")) bare = bare.replaceAll("’", "'");
      if (bare.endsWith(".")) bare = bare.slice(0, -1);
    }
    const bits = STOP.get(bare) ?? 0;
    if (bits) for (let b = 0; b < stopHits.length; b++) stopHits[b]! += (bits >> b) & 1;
  }
  return { words, stopHits, caps };
}

/** Features of one unit of text. `position` and `repeats` come from the caller, who sees the file. */
export function lineFeatures(text: string, templates: TemplateLines, position: number, repeats: number): LineFeatures {
  const t = text.trim();
  const head = t.length > 2000 ? t.slice(0, 2000) : t;
  const { words, stopHits, caps } = scanWords(head);
  const short = t.length <= 400;
  // With no folder context (an author's Markdown, one file alone) no line is template: no key to make.
  const key = short && templates.levels.size > 0 ? lineKey(t) : null;
  const level = key === null ? undefined : templates.levels.get(key);
  return {
    chars: t.length,
    words,
    stop: words ? Math.max(...stopHits) / words : 0,
    sentences: countSentenceEnds(head),
    endsSentence: /[.!?…](?:["”’)\]]+)?$/u.test(t),
    caps: words ? caps / words : 0,
    link: short && mayLink(t) && LINK.test(t),
    separators: short ? (t.match(SEPARATOR) ?? []).length : 0,
    promo: short && PROMO.test(t),
    credit: t.length <= 200 && (CREDIT_LABEL.test(t) || AGENCY.test(t)),
    counter: t.length <= 60 && COUNTER.test(t),
    bullet: /^[•*·▪►–-]\s/u.test(t),
    template: level ?? 0,
    repeats,
    position,
  };
}

/** Features as a short line for `parse --explain`. */
export function describeFeatures(f: LineFeatures): string {
  const flags = [f.link && "link", f.promo && "promo", f.credit && "credit", f.counter && "counter", f.bullet && "bullet", f.template && `template×${f.template}`, f.repeats && `repeats×${f.repeats}`].filter(Boolean);
  return `w=${f.words} stop=${f.stop.toFixed(2)} sent=${f.sentences}${f.endsSentence ? "." : ""} caps=${f.caps.toFixed(2)} sep=${f.separators} pos=${f.position.toFixed(2)}${flags.length ? " " + flags.join(" ") : ""}`;
}
