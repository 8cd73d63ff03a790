// Rendered bodies kept in the build cache apart from the parses: packed per file, read back as
// views of the loaded cache file, shelved where they are by the build's body shelf, and always
// handed on as copies of their own.
import assert from "node:assert/strict";
import { test } from "node:test";
import { CachedBodies, packBodies, unpackBodies } from "../../src/pipeline/cache/cached-bodies.ts";
import { ShardedStore } from "../../src/pipeline/cache/disk-cache.ts";
import { BodyFile } from "../../src/pipeline/workers/body-file.ts";
import { tempDir } from "../helpers/site.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);
/** Bodies as plain byte arrays, for comparing (views of a loaded file are Buffers). */
const plain = (bodies: Array<Uint8Array | null> | null) => bodies?.map((b) => b && new Uint8Array(b));

test("a file's bodies pack into one entry and unpack to the same bytes, nulls kept in place", () => {
  const bodies = [utf8("<p>Première</p>"), null, utf8(""), utf8("<p>third</p>")];
  assert.deepEqual(unpackBodies(packBodies(bodies)), bodies);
  assert.deepEqual(unpackBodies(packBodies([])), []);
  // A truncated entry is not read as bodies.
  const packed = packBodies(bodies);
  assert.equal(unpackBodies(packed.subarray(0, packed.length - 3)), null);
  assert.equal(unpackBodies(new Uint8Array(2)), null);
});

test("a store of bytes gives an entry of the last build back as a view of its loaded file, and keeps it", () => {
  const dir = tempDir();
  const first = new ShardedStore<never>(dir, "bodies").load();
  first.setBytes("a", packBodies([utf8("<p>a</p>")]));
  assert.deepEqual(unpackBodies(first.getBytes("a")!), [utf8("<p>a</p>")], "an entry set in this build reads back");
  first.save();
  const second = new ShardedStore<never>(dir, "bodies").load();
  const bytes = second.getBytes("a")!;
  assert.ok(bytes.buffer.byteLength > bytes.byteLength || bytes.byteOffset > 0, "a view into the loaded shard, not a copy");
  second.save();
  assert.deepEqual(plain(unpackBodies(new ShardedStore<never>(dir, "bodies").load().getBytes("a")!)), [utf8("<p>a</p>")], "kept by the build that used it");
});

test("the build's shelf keeps held bodies where they are, spills the others, and reads back copies", () => {
  const spill = new BodyFile(tempDir());
  try {
    const shelf = new CachedBodies(spill);
    // As read from the cache: a Buffer of the whole file.
    const file = Buffer.from(packBodies([utf8("<p>held</p>"), utf8("<p>also held</p>")]));
    const held = unpackBodies(file)!;
    shelf.hold(held);
    const a = shelf.put(held[1]!);
    const b = shelf.put(utf8("<p>fresh</p>"));
    assert.equal(spill.read(b).length, 12, "a body not held goes to the spill file");
    assert.deepEqual(plain([shelf.read(a)]), [utf8("<p>also held</p>")]);
    assert.deepEqual(plain([shelf.read(b)]), [utf8("<p>fresh</p>")]);
    const copy = shelf.read(a);
    assert.equal(copy.buffer.byteLength, copy.length, "a held body is read back as bytes of its own (safe to post to a worker)");
    file.fill(0);
    assert.deepEqual(plain([copy]), [utf8("<p>also held</p>")]);
  } finally {
    spill.close();
  }
});
