// Work made of steps: a generator that yields between them, so a thread that must stay responsive
// (the dev server's builder, see pipeline/incremental/turns.ts) can take a turn; everyone else runs it through.

/** Runs a computation made of steps to its end, without a pause, and returns its result. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
