/**
 * A number per object, for keys that compare immutable records by identity (a page's inputs, a
 * feed's items). One set of ids is owned by whoever keeps keys across rebuilds, so two keys made
 * from the same objects are equal and keys from another owner never collide with them.
 */
export class ObjectIds {
  readonly #ids = new WeakMap<object, number>();
  #next = 1;

  /** The object's id, given on first sight. */
  of(o: object): number {
    let id = this.#ids.get(o);
    if (id === undefined) this.#ids.set(o, (id = this.#next++));
    return id;
  }

  /** An id no object has: makes a key that never matches. */
  fresh(): number {
    return this.#next++;
  }
}
