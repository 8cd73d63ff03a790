// Where a block's text sits in the saved file, so reports and `parse --explain` can name a line.
// Blocks come in document order, so the search moves forward only: linear over the whole page.

/** How far ahead of the last find a block's text is looked for. */
const WINDOW = 256 * 1024;

/** Finds the 0-based line of each block's text in the file, searching forward from the last find. */
export class LineFinder {
  readonly #text: string;
  readonly #starts: number[] = [0];
  #cursor = 0;
  #lastLine = 0;

  constructor(text: string) {
    this.#text = text;
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.#starts.push(i + 1);
  }

  /** Number of lines in the file. */
  get count(): number {
    return this.#starts.length;
  }

  /** The line of the first occurrence of the text's opening words after the last find, or the last found line. */
  lineOf(text: string): number {
    // The opening words up to the first character a page may have written as an entity or split by markup.
    const probe = /^[\p{L}\p{N} ,.]{6,40}/u.exec(text)?.[0].trim();
    if (probe && probe.length >= 6) {
      // A bounded window (a slice is a view, not a copy) keeps a page full of misses linear.
      const found = this.#text.slice(this.#cursor, this.#cursor + WINDOW).indexOf(probe);
      const at = found < 0 ? -1 : this.#cursor + found;
      if (at >= 0) {
        this.#cursor = at + probe.length;
        this.#lastLine = this.#lineAt(at);
      }
    }
    return this.#lastLine;
  }

  #lineAt(index: number): number {
    let lo = 0, hi = this.#starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#starts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
