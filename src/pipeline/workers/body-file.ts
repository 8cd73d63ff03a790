// Rendered bodies kept in a scratch file instead of memory while a build makes its pages: each
// body is needed once for its article page and again only if a feed shows it, so the bytes can
// wait on disk (the kernel's page cache keeps them near) instead of in the build's address space.
import { closeSync, mkdirSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { BodyShelf, ShelvedBody } from "../../render/index.ts";

/** A scratch file of rendered bodies, owned by one build, which must `close()` it (the file is removed). */
export class BodyFile implements BodyShelf {
  readonly #dir: string;
  readonly #fd: number;
  #size = 0;

  /** The file goes in a fresh folder under `parent` (the build cache's folder, else the system's temporary one). */
  constructor(parent: string = tmpdir()) {
    mkdirSync(parent, { recursive: true });
    this.#dir = mkdtempSync(path.join(parent, "bodies-"));
    this.#fd = openSync(path.join(this.#dir, "bodies"), "w+");
  }

  /** Appends a body's bytes; the handle says where they are. */
  put(html: Uint8Array): ShelvedBody {
    const offset = this.#size;
    let done = 0;
    while (done < html.length) done += writeSync(this.#fd, html, done, html.length - done, offset + done);
    this.#size += html.length;
    return { offset, length: html.length };
  }

  /** A body's bytes, read back. */
  read(body: ShelvedBody): Uint8Array {
    const bytes = new Uint8Array(body.length);
    let done = 0;
    while (done < body.length) {
      const n = readSync(this.#fd, bytes, done, body.length - done, body.offset + done);
      if (n === 0) throw new Error(`body file: ${body.length - done} bytes missing at ${body.offset + done}`);
      done += n;
    }
    return bytes;
  }

  /** Closes and removes the file. */
  close(): void {
    try {
      closeSync(this.#fd);
    } finally {
      rmSync(this.#dir, { recursive: true, force: true });
    }
  }
}
