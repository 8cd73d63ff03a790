// Shared entity types (kept apart so that every module can import them without cycles).
/** The kinds of entity that get pages. */
export type EntityKind = "person" | "place" | "organization";

/** One mention of a person, place or organisation in an article's body. */
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
  /** Why it is of this kind (absent: given by hand, as strong as any). */
  evidence?: Evidence;
}

/**
 * Why a mention is of its kind. Strong evidence earns a page; weak evidence ("in X" alone, an acronym nobody
 * expands) earns one only with strong evidence elsewhere in the archive for the same identity.
 *   title: a title, honorific or role next to the name ("President", "Mr.", "a spokeswoman");
 *   initial / first-name / surname: a middle initial, a known first name or surname;
 *   full-name: a surname whose full name the article gives; gazetteer: a listed country, place, state or
 *   organisation; city: a city of the GeoNames list; place-suffix / org-suffix: "Black Sea", "Green Party";
 *   org-cue: "the party X", "el partido X"; known-acronym: a listed acronym ("FBI"); place-cue: "in X", "the city
 *   of X"; acronym: capitals, unexplained.
 */
export type Evidence =
  | "title" | "initial" | "first-name" | "surname" | "full-name" | "gazetteer" | "city" | "place-suffix"
  | "org-suffix" | "org-cue" | "known-acronym" | "comma-place" | "place-cue" | "acronym" | "config";

/** Evidence too weak to make a page on its own. */
export const WEAK_EVIDENCE: ReadonlySet<Evidence> = new Set<Evidence>(["place-cue", "acronym"]);
