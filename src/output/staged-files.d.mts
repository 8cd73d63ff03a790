/** See staged-files.mjs. */
export declare class StagedFiles {
  constructor(staging: string);
  /** Writes `bytes` at `target` (or links `previous` when it holds the same bytes); true when written. */
  write(target: string, previous: string | null, bytes: Uint8Array): boolean;
}
