// How a long pass on the dev server's builder thread makes way for newer changes: now and then it
// gives the thread a turn, so a message can arrive, and stops if one says newer changes wait.

/** Thrown out of a pass that newer changes made pointless; the engine owes the site a pass. */
export class Superseded extends Error {
  constructor() {
    super("superseded by newer changes");
  }
}

/** Whether newer changes are waiting (the pass then stops at its next turn). */
export type NewerWaiting = () => boolean;

/** Work between two turns of the thread: how long a newer change may wait for the pass to notice it. */
export const SLICE_MS = 10;

/** Runs a computation made of steps (a generator that yields between them) to its end, with a turn whenever a slice of work has passed. */
export async function stepThrough<T>(steps: Generator<void, T>, newer: NewerWaiting): Promise<T> {
  let slice = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - slice > SLICE_MS) {
      await turn(newer);
      slice = performance.now();
    }
  }
}

/** Gives the thread a turn (so the news of a newer change can arrive), then stops if one did. */
export async function turn(newer: NewerWaiting): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  if (newer()) throw new Superseded();
}
