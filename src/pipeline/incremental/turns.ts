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

/** Gives the thread a turn (so the news of a newer change can arrive), then stops if one did. */
export async function turn(newer: NewerWaiting): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  if (newer()) throw new Superseded();
}
