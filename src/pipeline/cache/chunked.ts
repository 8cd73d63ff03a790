// Large values written to the build cache in pieces (an archive's entity index is 22 MB serialised
// at 10,000 articles, ten times that at 100,000): no one buffer holds the whole serialised value,
// so keeping it does not raise the build's peak memory.
import { closeSync, openSync, readSync, renameSync, writeSync } from "node:fs";
import { deserialize, serialize } from "node:v8";

/** Entries per piece of an array or Map field. */
const PIECE = 2000;

type Kind = "array" | "map";

/** The first piece: the fields kept whole, and how each cut field was cut. */
interface Header {
  whole: Record<string, unknown>;
  cut: Array<[field: string, kind: Kind, pieces: number]>;
}

/**
 * Writes `value` to `file` (beside it, then renamed into place): its array and Map fields cut into
 * pieces of `PIECE` entries, the other fields whole, each piece serialised on its own.
 */
export function writeChunked(file: string, value: object): void {
  const whole: Record<string, unknown> = {};
  const cut: Array<[string, Kind, unknown[]]> = [];
  for (const [field, v] of Object.entries(value)) {
    if (Array.isArray(v)) cut.push([field, "array", v]);
    else if (v instanceof Map) cut.push([field, "map", [...v]]);
    else whole[field] = v;
  }
  const fd = openSync(`${file}.tmp`, "w");
  try {
    const put = (piece: unknown): void => {
      const bytes = serialize(piece);
      const length = Buffer.alloc(4);
      length.writeUInt32LE(bytes.length);
      writeAll(fd, length);
      writeAll(fd, bytes);
    };
    put({ whole, cut: cut.map(([field, kind, items]) => [field, kind, Math.ceil(items.length / PIECE)]) } satisfies Header);
    for (const [, , items] of cut) for (let i = 0; i < items.length; i += PIECE) put(items.slice(i, i + PIECE));
  } finally {
    closeSync(fd);
  }
  renameSync(`${file}.tmp`, file);
}

/** The value `writeChunked` wrote, read piece by piece; throws when the file is missing or not whole. */
export function readChunked<T>(file: string): T {
  const fd = openSync(file, "r");
  try {
    let at = 0;
    const take = (): unknown => {
      const length = readAll(fd, 4, at).readUInt32LE(0);
      const piece = deserialize(readAll(fd, length, at + 4));
      at += 4 + length;
      return piece;
    };
    const header = take() as Header;
    const value: Record<string, unknown> = { ...header.whole };
    for (const [field, kind, pieces] of header.cut) {
      const items: unknown[] = [];
      for (let p = 0; p < pieces; p++) for (const item of take() as unknown[]) items.push(item);
      value[field] = kind === "map" ? new Map(items as Array<[unknown, unknown]>) : items;
    }
    return value as T;
  } finally {
    closeSync(fd);
  }
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
}

function readAll(fd: number, length: number, position: number): Buffer {
  const bytes = Buffer.allocUnsafe(length);
  for (let done = 0; done < length; ) {
    const n = readSync(fd, bytes, done, length - done, position + done);
    if (n === 0) throw new Error(`cache file ends ${length - done} bytes early`);
    done += n;
  }
  return bytes;
}
