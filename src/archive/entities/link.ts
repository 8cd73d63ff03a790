// Where an entity's page is, and what a body needs to link its first mention there (the linking
// itself is render's `linkEntitiesInHtml`).
import type { EntityKind } from "./types.ts";

const SECTION: Record<EntityKind, string> = { person: "people", place: "places", organization: "organizations" };

/** The site path of an entity's page. */
export function entityUrl(e: { kind: EntityKind; slug: string }): string {
  return `/${SECTION[e.kind]}/${e.slug}/`;
}

/** An entity to link in a body: the spellings it appears under, its page, and the link's title. */
export interface EntityLink {
  /** Spellings of the entity in the body (longest are matched first). */
  surfaces: string[];
  /** The page to link to. */
  href: string;
  /** The entity's name, as the link's title when it differs from the text. */
  title?: string;
}
