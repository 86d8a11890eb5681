/**
 * URL slugs: lower-case ASCII words joined by hyphens, cut at a word boundary. Letters with
 * accents lose them ("Zürich" → "zurich"); a title with no Latin letters gets no slug, and the
 * caller falls back to a hash.
 */

const MAX_SLUG = 60;

export function slugify(text: string, maxLength = MAX_SLUG): string {
  const words = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug === "" ? word : `${slug}-${word}`;
    if (next.length > maxLength) break;
    slug = next;
  }
  return slug === "" && words[0] ? words[0].slice(0, maxLength) : slug;
}
