/**
 * Who and what a person or place appears with: the people (or places) named in the same entries,
 * most shared entries first. Counted from the entity's own appearances, so the cost grows with
 * the entries it is in, never with all pairs of entries.
 */
import { entityKey } from "./entities.ts";

export interface Companion {
  name: string;
  url: string;
  /** Entries naming both. */
  count: number;
}

const MAX_COMPANIONS = 12;

export function companions<E>(
  appearances: readonly { entry: E }[],
  pick: (entry: E) => readonly { name: string; url: string }[],
  selfName: string,
  limit = MAX_COMPANIONS,
): Companion[] {
  const self = entityKey(selfName);
  const found = new Map<string, Companion>();
  for (const { entry } of appearances) {
    const seen = new Set<string>();
    for (const other of pick(entry)) {
      const key = entityKey(other.name);
      if (key === self || seen.has(key)) continue;
      seen.add(key);
      const companion = found.get(key);
      if (companion) companion.count++;
      else found.set(key, { name: other.name, url: other.url, count: 1 });
    }
  }
  return [...found.values()]
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, limit);
}
