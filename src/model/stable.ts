/**
 * Records promised never to change after creation (articles with URLs, their summaries). An
 * incremental rebuild compares page data by identity for these instead of by content, which is
 * what makes fingerprinting every page of a large archive cheap. Unmarked objects are compared
 * by content, so marking is an optimisation, never a requirement.
 */
const marked = new WeakSet<object>();

/** Marks `value` as never changing after this call and returns it; do not mutate it afterwards. */
export function stable<T extends object>(value: T): T {
  marked.add(value);
  return value;
}

/** Whether `value` was marked with `stable`, so comparing it by identity is enough. */
export function isStable(value: object): boolean {
  return marked.has(value);
}
