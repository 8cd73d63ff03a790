// Rendered bodies kept in the build cache beside the parses, apart from them: a rebuild reads a
// file's parse without copying its bodies, and an unchanged article's body stays where the cache
// file was read into memory until a page or a feed asks for it (one edited article at 10,000 used
// to copy 10,000 bodies out of the cache and into the scratch body file).
import type { BodyShelf, ShelvedBody } from "../../render/index.ts";
import type { ShardedStore } from "./disk-cache.ts";

/** A file's bodies in one cache entry: their count, each one's length (NONE for no body), then their bytes. */
const NONE = 0xffffffff;

/** One file's bodies (`PreparedFile.bodies`) as one entry of the bodies store. */
export function packBodies(bodies: ReadonlyArray<Uint8Array | null>): Uint8Array {
  const head = 4 * (bodies.length + 1);
  const out = new Uint8Array(head + bodies.reduce((n, b) => n + (b?.length ?? 0), 0));
  const view = new DataView(out.buffer);
  view.setUint32(0, bodies.length, true);
  let at = head;
  bodies.forEach((b, i) => {
    view.setUint32(4 * (i + 1), b ? b.length : NONE, true);
    if (b) (out.set(b, at), (at += b.length));
  });
  return out;
}

/** The bodies of an entry, as views of its bytes (no copy); null when the entry is not whole. */
export function unpackBodies(entry: Uint8Array): Array<Uint8Array | null> | null {
  const view = new DataView(entry.buffer, entry.byteOffset, entry.byteLength);
  if (entry.length < 4) return null;
  const count = view.getUint32(0, true);
  let at = 4 * (count + 1);
  if (at > entry.length) return null;
  const out: Array<Uint8Array | null> = [];
  for (let i = 0; i < count; i++) {
    const length = view.getUint32(4 * (i + 1), true);
    if (length === NONE) {
      out.push(null);
      continue;
    }
    if (at + length > entry.length) return null;
    out.push(entry.subarray(at, at + length));
    at += length;
  }
  return out;
}

/**
 * The build's body shelf: bodies read from the cache (views of its loaded files, handed to
 * `hold`) are shelved where they are; any other body goes to `spill` (the scratch body file).
 * A body read back is always a copy of its own, safe to hand to a worker thread (a view would
 * take its whole cache file along).
 */
export class CachedBodies implements BodyShelf {
  readonly #spill: BodyShelf;
  readonly #held: Uint8Array[] = [];
  readonly #views = new WeakSet<Uint8Array>();

  constructor(spill: BodyShelf) {
    this.#spill = spill;
  }

  /** Marks these bodies (views of the cache) as shelved where they are. */
  hold(bodies: ReadonlyArray<Uint8Array | null>): void {
    for (const b of bodies) if (b) this.#views.add(b);
  }

  put(html: Uint8Array): ShelvedBody {
    if (!this.#views.has(html)) return this.#spill.put(html);
    this.#held.push(html);
    // Negative offsets name held bodies; the spill's offsets are never negative.
    return { offset: -this.#held.length, length: html.length };
  }

  read(body: ShelvedBody): Uint8Array {
    // (`new Uint8Array` copies: the views are Buffers, whose `slice` would be another view.)
    return body.offset < 0 ? new Uint8Array(this.#held[-body.offset - 1]!) : this.#spill.read(body);
  }
}
