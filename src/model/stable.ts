/**
 * Records promised never to change after creation (articles with URLs, their summaries). An
 * incremental rebuild compares page data by identity for these instead of by content, which is
 * what makes fingerprinting every page of a large archive cheap. Unmarked objects are compared
 * by content, so marking is an optimisation, never a requirement.
 */
const STABLE: unique symbol = Symbol("newsarchive.stable");

/**
 * Marks `value` as never changing after this call and returns it; do not mutate it afterwards. The
 * mark is a hidden property of the object itself (no module-level registry): a spread copy or a
 * worker's structured clone is unmarked, as a copy should be.
 */
export function stable<T extends object>(value: T): T {
  if (Object.isExtensible(value) && !Object.prototype.hasOwnProperty.call(value, STABLE)) Object.defineProperty(value, STABLE, { value: true, enumerable: false });
  return value;
}

/** Whether `value` was marked with `stable`, so comparing it by identity is enough. */
export function isStable(value: object): boolean {
  return (value as { [STABLE]?: boolean })[STABLE] === true;
}
