/**
 * Who and what a person or place appears with: the people (or places) named in the same entries,
 * most shared entries first. Counted from the entity's own appearances, so the cost grows with
 * the entries it is in, never with all pairs of entries.
 *
 * Every entity of an entry walks that entry's lists again (at 10,000 articles, millions of items
 * in all), so a counter keys each entry's list once, as small integers (its distinct entities,
 * each with the item that named it first), and counts in an array rather than a map of names.
 */
import { entityKey } from "./entities.ts";

export interface Companion {
  name: string;
  url: string;
  /** Entries naming both. */
  count: number;
}

const MAX_COMPANIONS = 12;

interface Named {
  name: string;
  url: string;
}

interface KeyedList {
  /** Each distinct entity of the list once, in order of first appearance. */
  ids: Int32Array;
  /** The item that named each first. */
  firsts: Named[];
}

export type CompanionCounter<E> = (appearances: readonly { entry: E }[], selfName: string, limit?: number) => Companion[];

/** Counts the entities `pick` finds beside an entity in its appearances, which must be among `entries`. */
export function companionCounter<E>(entries: readonly E[], pick: (entry: E) => readonly Named[]): CompanionCounter<E> {
  // An entity is told apart by its URL (one page per entity key: src/site/entities.ts), the same
  // string for every item naming it, which a map finds faster than each item's name, and by its
  // key when a page asks for its companions by name.
  const ids = new Map<string, number>();
  const idsByKey = new Map<string, number>();
  const keyed = new Map<E, KeyedList>();
  for (const entry of entries) {
    const list: KeyedList = { ids: new Int32Array(0), firsts: [] };
    const listIds: number[] = [];
    for (const item of pick(entry)) {
      let id = ids.get(item.url);
      if (id === undefined) {
        ids.set(item.url, (id = ids.size));
        idsByKey.set(entityKey(item.name), id);
      }
      if (listIds.includes(id)) continue;
      listIds.push(id);
      list.firsts.push(item);
    }
    list.ids = Int32Array.from(listIds);
    keyed.set(entry, list);
  }
  // Shared between calls: every count is back to 0 when a call returns.
  const counts = new Int32Array(ids.size);
  const firstNamed: Named[] = [];
  return (appearances, selfName, limit = MAX_COMPANIONS) => {
    const self = idsByKey.get(entityKey(selfName)) ?? -1;
    const lists = appearances.map(({ entry }) => {
      const list = keyed.get(entry);
      if (!list) throw new Error("companions: an appearance in an entry the counter was not made from");
      return list;
    });
    const found: number[] = [];
    for (const list of lists) {
      for (let i = 0; i < list.ids.length; i++) {
        const id = list.ids[i]!;
        if (id === self) continue;
        const count = counts[id]!;
        counts[id] = count + 1;
        if (count === 0) {
          found.push(id);
          firstNamed[id] = list.firsts[i]!;
        }
      }
    }
    const companions = found.map((id) => ({ name: firstNamed[id]!.name, url: firstNamed[id]!.url, count: counts[id]! }));
    for (const id of found) counts[id] = 0;
    return companions.sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).slice(0, limit);
  };
}
