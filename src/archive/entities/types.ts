// Shared entity types (kept apart so that every module can import them without cycles).
export type EntityKind = "person" | "place" | "organization";

export interface Mention {
  /** Surface form exactly as in the body paragraph (possessive ending and titles excluded). */
  text: string;
  kind: EntityKind;
  /** Index into `article.body`. */
  paragraph: number;
  /** Offset of `text` in the paragraph. */
  start: number;
  /** The name this mention stands for in this article ("Mr. Doe" → "John A. Doe"). */
  name: string;
}
