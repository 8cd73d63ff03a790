/**
 * A file-system change, classified by what it can affect. The kinds are closed: the engine
 * decides the least work per kind, and TypeScript checks that every kind is handled.
 */
export type Change =
  /** A seed file or folder under the seeds folder was added, changed, renamed or removed. */
  | { kind: "content"; path: string }
  /** A template file: re-render, never re-parse. */
  | { kind: "template"; path: string }
  /** A static file from a public folder: copy it again. */
  | { kind: "asset"; path: string }
  /** The configuration file: everything may change. */
  | { kind: "config"; path: string };

/** The kinds of change, for counting and logging. */
export type ChangeKind = Change["kind"];
