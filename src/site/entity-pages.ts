/**
 * A person's or place's entries split into pages of at most `size`, so that someone named in
 * thousands of articles still gets pages of a readable weight: `/people/<slug>/` lists the first
 * `size` (oldest first), `/people/<slug>/2/` the next, and so on. Slugs are never all digits
 * (src/site/slugs.ts), so these numbers cannot collide with a name.
 */

const ENTITY_PAGE_SIZE = 50;

export interface EntityPart<P, A> {
  entity: P;
  appearances: A[];
  /** 1-based. */
  part: number;
  parts: number;
  url: string;
  previousUrl: string | null;
  nextUrl: string | null;
}

/** The URL of part `n` (1-based) of an entity whose first page is at `url`. */
export function partUrl(url: string, part: number): string {
  return part === 1 ? url : `${url}${part}/`;
}

export function splitEntityPages<P extends { url: string; appearances: A[] }, A>(entities: readonly P[], size = ENTITY_PAGE_SIZE): EntityPart<P, A>[] {
  return entities.flatMap((entity) => {
    const parts = Math.max(1, Math.ceil(entity.appearances.length / size));
    return Array.from({ length: parts }, (_, i) => ({
      entity,
      appearances: entity.appearances.slice(i * size, (i + 1) * size),
      part: i + 1,
      parts,
      url: partUrl(entity.url, i + 1),
      previousUrl: i > 0 ? partUrl(entity.url, i) : null,
      nextUrl: i + 1 < parts ? partUrl(entity.url, i + 2) : null,
    }));
  });
}
