// People, places and organisations: extraction (per article, pure), resolution (archive-wide) and linking.
export type { EntityKind, Mention } from "./types.ts";
export { extractMentions } from "./extract.ts";
export { resolveEntities, type Entity, type EntityArticle, type EntityIndex, type EntityMemo } from "./resolve.ts";
export { entityUrl, type EntityLink } from "./link.ts";
export { fold, parsePersonName, properCase, stripPossessive } from "./names.ts";
