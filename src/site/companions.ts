/**
 * Who and what a person or place appears with: the people (or places) named in the same entries,
 * most shared entries first. Counted from the entity's own appearances, so the cost grows with
 * the entries it is in, never with all pairs of entries.
 *
 * Every entity of an entry walks that entry's lists again (at 10,000 articles, millions of items
 * in all), so each list is keyed once (its distinct entities, each with the item that named it
 * first) and kept beside the list. A list whose items have since been replaced, added or removed
 * is keyed afresh; items are compared by identity only, since reading each item again is the
 * cost this saves: an item renamed in place is not noticed (the site never changes an entry's
 * people or places once built).
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
  /** The list's items as keyed, to notice a change. */
  items: readonly Named[];
  /** Each distinct entity once, in order of first appearance, with the item that named it first. */
  keys: string[];
  firsts: Named[];
}

const keyedLists = new WeakMap<readonly Named[], KeyedList>();

export function companions<E>(
  appearances: readonly { entry: E }[],
  pick: (entry: E) => readonly Named[],
  selfName: string,
  limit = MAX_COMPANIONS,
): Companion[] {
  const self = entityKey(selfName);
  const found = new Map<string, Companion>();
  for (const { entry } of appearances) {
    const { keys, firsts } = keyedList(pick(entry));
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (key === self) continue;
      const companion = found.get(key);
      if (companion) companion.count++;
      else found.set(key, { name: firsts[i]!.name, url: firsts[i]!.url, count: 1 });
    }
  }
  return [...found.values()]
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, limit);
}

function keyedList(list: readonly Named[]): KeyedList {
  const kept = keyedLists.get(list);
  if (kept && unchanged(kept, list)) return kept;
  const keyed: KeyedList = { items: [...list], keys: [], firsts: [] };
  const seen = new Set<string>();
  for (const item of list) {
    const key = entityKey(item.name);
    if (seen.has(key)) continue;
    seen.add(key);
    keyed.keys.push(key);
    keyed.firsts.push(item);
  }
  keyedLists.set(list, keyed);
  return keyed;
}

function unchanged(keyed: KeyedList, list: readonly Named[]): boolean {
  if (keyed.items.length !== list.length) return false;
  for (let i = 0; i < list.length; i++) {
    if (keyed.items[i] !== list[i]) return false;
  }
  return true;
}
