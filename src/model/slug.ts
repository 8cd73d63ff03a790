/** Longest slug we make: long enough to tell headlines apart, short enough for every file system. */
export const MAX_SLUG_LENGTH = 80;

/**
 * A URL- and file-system-safe slug: ASCII letters and digits joined by single hyphens.
 * Diacritics are folded ("Pérez" → "perez"); anything else (dots, slashes, NUL, emoji) becomes a separator,
 * so no slug can climb out of its folder or name a reserved file.
 */
export function slugify(text: string, fallback = "untitled"): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, "");
  return slug || fallback;
}
