/**
 * Index of people and places across entries: each canonical name (compared without regard to
 * case or spacing) becomes one page with a unique slug, listing every entry it appears in, in
 * the order the entries are given (chronological), with what that entry says about it.
 */
import type { Entry, Person, Place } from "../model.ts";
import { compareCodeUnits } from "../text/compare.ts";
import { assignSlugs } from "./slugs.ts";

interface Named {
  name: string;
}

/** Keys already worked out: the same few thousand names recur in every entry, page and companion list. */
const cachedKeys = new Map<string, string>();
/** Beyond this many names the cache starts afresh, so a long-running process cannot grow it forever. */
const MAX_CACHED_KEYS = 100_000;

/** The key under which the same person or place is merged across entries. */
export function entityKey(name: string): string {
  let key = cachedKeys.get(name);
  if (key === undefined) {
    key = name.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();
    if (cachedKeys.size >= MAX_CACHED_KEYS) cachedKeys.clear();
    cachedKeys.set(name, key);
  }
  return key;
}

/** Slug of every person or place picked from the entries, by entity key. */
export function slugsFor<E extends Entry>(entries: readonly E[], pick: (entry: E) => readonly Named[]): Map<string, string> {
  const keys = new Set<string>();
  for (const entry of entries) for (const item of pick(entry)) keys.add(entityKey(item.name));
  return assignSlugs(keys);
}

export interface Appearance<E, T> {
  entry: E;
  /** The person or place as that entry's extraction has it (mentions, role, sentences). */
  item: T;
}

export interface EntityPage<E, T> {
  slug: string;
  /** Site-relative URL, e.g. `/people/david-barnea/`. */
  url: string;
  /** The name as first seen in the entries. */
  name: string;
  /** Every surface form across entries, in order of first appearance. */
  mentions: string[];
  /** The surface forms other than the name itself ("Barnea" for "David Barnea"). */
  aliases: string[];
  appearances: Appearance<E, T>[];
}

export interface PersonPage<E> extends EntityPage<E, Person> {
  /** Distinct roles the entries give, in order of first appearance. */
  roles: string[];
}

export interface PlacePage<E> extends EntityPage<E, Place> {
  kind: Place["kind"];
  country?: string;
  lat?: number;
  lon?: number;
}

/** Site-relative URL of the page for `name`, e.g. `/places/gaza-strip/`. */
export function entityUrl(urlBase: string, slugs: ReadonlyMap<string, string>, name: string): string {
  return `${urlBase}${slugOf(slugs, name)}/`;
}

function slugOf(slugs: ReadonlyMap<string, string>, name: string): string {
  const slug = slugs.get(entityKey(name));
  if (slug === undefined) throw new Error(`no slug for "${name}"`);
  return slug;
}

function indexEntities<E extends Entry, T extends Named & { mentions: string[] }>(
  entries: readonly E[],
  pick: (entry: E) => readonly T[],
  slugs: ReadonlyMap<string, string>,
  urlBase: string,
): EntityPage<E, T>[] {
  const pages = new Map<string, EntityPage<E, T>>();
  for (const entry of entries) {
    for (const item of pick(entry)) {
      const key = entityKey(item.name);
      let page = pages.get(key);
      if (!page) {
        const slug = slugOf(slugs, item.name);
        page = { slug, url: `${urlBase}${slug}/`, name: item.name, mentions: [], aliases: [], appearances: [] };
        pages.set(key, page);
      }
      page.appearances.push({ entry, item });
      for (const mention of item.mentions ?? []) {
        if (page.mentions.includes(mention)) continue;
        page.mentions.push(mention);
        if (entityKey(mention) !== key) page.aliases.push(mention);
      }
    }
  }
  return [...pages.values()].sort(byName);
}

export function indexPeople<E extends Entry & { people: Person[] }>(
  entries: readonly E[],
  slugs: ReadonlyMap<string, string>,
  urlBase = "/people/",
): PersonPage<E>[] {
  return indexEntities(entries, (entry) => entry.people, slugs, urlBase).map((page) => ({
    ...page,
    roles: distinct(page.appearances.map((a) => a.item.role)),
  }));
}

export function indexPlaces<E extends Entry & { places: Place[] }>(
  entries: readonly E[],
  slugs: ReadonlyMap<string, string>,
  urlBase = "/places/",
): PlacePage<E>[] {
  return indexEntities(entries, (entry) => entry.places, slugs, urlBase).map((page) => {
    const items = page.appearances.map((a) => a.item);
    const located = items.find((place) => typeof place.lat === "number" && typeof place.lon === "number");
    const country = items.find((place) => place.country)?.country;
    return {
      ...page,
      kind: items[0]?.kind ?? "region",
      ...(country ? { country } : {}),
      ...(located ? { lat: located.lat, lon: located.lon } : {}),
    };
  });
}

function distinct(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => typeof v === "string" && v.trim() !== ""))];
}

/** One collator for every comparison: `localeCompare` with options looks one up on each call. */
const nameCollator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

function byName(a: { name: string }, b: { name: string }): number {
  return nameCollator.compare(a.name, b.name) || compareCodeUnits(a.name, b.name);
}
