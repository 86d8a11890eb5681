/**
 * The site's repeated pages as data: one object per page (an entry, a timeline period, a part of a
 * person's or place's entries, a page of an index), each carrying its URL and exactly what its
 * template shows, and nothing more. That is what lets a rebuild render only the pages whose data
 * changed (src/site/fingerprints.ts): a page's HTML is a function of its own object, the site
 * settings and the template code, so the templates paginating over these lists must read nothing
 * else (the one-off pages, which read the whole `timeline`, are rendered on every build).
 *
 * Continuation pages of a person or place (parts 2, 3 …) carry only the name and their slice of
 * entries, so a new article naming someone touches the part it lands in and the first part
 * (counts, companions), not all of them.
 */
import type { Companion } from "./companions.ts";
import type { SiteEntry, SitePerson, SitePlace } from "./data.ts";
import type { Appearance } from "./entities.ts";
import { splitEntityPages } from "./entity-pages.ts";
import type { FigureRow } from "./figures.ts";
import { isLocated } from "./map.ts";
import type { TimelinePage } from "./periods.ts";
import type { Person, Place } from "../model.ts";

/** Rows to a page on the people, places and figures indexes. */
export const INDEX_PAGE_SIZE = 200;

/** What a person's or place's first part shows above the entries. */
interface EntityHeaderCommon {
  name: string;
  url: string;
  aliases: string[];
  /** How many entries name it. */
  count: number;
  people: Companion[];
  places: Companion[];
}

export interface PersonHeader extends EntityHeaderCommon {
  roles: string[];
}

export interface PlaceHeader extends EntityHeaderCommon {
  kind: Place["kind"];
  country?: string;
  lat?: number;
  lon?: number;
  /** How often the articles mention it. */
  mentionCount: number;
  inset: string;
}

export interface EntityPart<H, T> {
  /** The full header on part 1; only the name on later parts. */
  entity: H | { name: string; url: string };
  appearances: Appearance<SiteEntry, T>[];
  /** 1-based. */
  part: number;
  parts: number;
  url: string;
  previousUrl: string | null;
  nextUrl: string | null;
}

export interface PersonRow {
  url: string;
  name: string;
  roles: string[];
  count: number;
}

export interface PlaceRow {
  url: string;
  name: string;
  kind: Place["kind"];
  located: boolean;
  count: number;
  mentionCount: number;
}

/** One page of an index split into pages of INDEX_PAGE_SIZE rows. */
export interface ListPage<T> {
  url: string;
  /** 0-based. */
  pageNumber: number;
  items: T[];
  previousUrl: string | null;
  nextUrl: string | null;
}

export interface PlacesMap {
  svg: string;
  /** Whether only the most mentioned places are on it. */
  truncated: boolean;
}

export interface SitePages {
  entries: SiteEntry[];
  periods: TimelinePage<SiteEntry>[];
  personParts: EntityPart<PersonHeader, Person>[];
  placeParts: EntityPart<PlaceHeader, Place>[];
  peopleIndex: ListPage<PersonRow>[];
  /** The first page also shows the map. */
  placesIndex: (ListPage<PlaceRow> & { map: PlacesMap | null })[];
  figureTables: ListPage<FigureRow<SiteEntry>>[];
}

export interface SitePagesInput {
  entries: SiteEntry[];
  periods: TimelinePage<SiteEntry>[];
  people: SitePerson[];
  places: SitePlace[];
  placesMap: PlacesMap | null;
  figures: FigureRow<SiteEntry>[];
}

export function buildSitePages(input: SitePagesInput): SitePages {
  const personParts = splitEntityPages<SitePerson, SitePerson["appearances"][number]>(input.people).map((part) => ({
    ...part,
    entity: part.part === 1 ? personHeader(part.entity) : { name: part.entity.name, url: part.entity.url },
  }));
  const placeParts = splitEntityPages<SitePlace, SitePlace["appearances"][number]>(input.places).map((part) => ({
    ...part,
    entity: part.part === 1 ? placeHeader(part.entity) : { name: part.entity.name, url: part.entity.url },
  }));
  const placesIndex = listPages("/places/", input.places.map(placeRow)).map((page) => ({ ...page, map: page.pageNumber === 0 ? input.placesMap : null }));
  return {
    entries: input.entries,
    periods: input.periods,
    personParts,
    placeParts,
    peopleIndex: listPages("/people/", input.people.map(personRow)),
    placesIndex,
    figureTables: listPages("/figures/all/", input.figures),
  };
}

/** `items` in pages of INDEX_PAGE_SIZE at `base`, `base2/`, `base3/` …; one empty page when there are none. */
export function listPages<T>(base: string, items: readonly T[], size = INDEX_PAGE_SIZE): ListPage<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  const urlOf = (index: number) => (index === 0 ? base : `${base}${index + 1}/`);
  return Array.from({ length: count }, (_, index) => ({
    url: urlOf(index),
    pageNumber: index,
    items: items.slice(index * size, (index + 1) * size),
    previousUrl: index > 0 ? urlOf(index - 1) : null,
    nextUrl: index + 1 < count ? urlOf(index + 1) : null,
  }));
}

/** The file a repeated page's URL (always ending in "/") is written to, relative to the site. */
export function pageFile(url: string): string {
  return `${url.slice(1)}index.html`;
}

/** Every page URL in the lists. */
export function pageUrls(pages: SitePages): string[] {
  return Object.values(pages).flatMap((list: { url: string }[]) => list.map((page) => page.url));
}

/** The lists keeping only the pages whose URL is in `urls`. */
export function selectPages(pages: SitePages, urls: ReadonlySet<string>): SitePages {
  const keep = <T extends { url: string }>(list: T[]) => list.filter((page) => urls.has(page.url));
  return {
    entries: keep(pages.entries),
    periods: keep(pages.periods),
    personParts: keep(pages.personParts),
    placeParts: keep(pages.placeParts),
    peopleIndex: keep(pages.peopleIndex),
    placesIndex: keep(pages.placesIndex),
    figureTables: keep(pages.figureTables),
  };
}

function personHeader(person: SitePerson): PersonHeader {
  return { name: person.name, url: person.url, aliases: person.aliases, count: person.appearances.length, people: person.people, places: person.places, roles: person.roles };
}

function placeHeader(place: SitePlace): PlaceHeader {
  return {
    name: place.name,
    url: place.url,
    aliases: place.aliases,
    count: place.appearances.length,
    people: place.people,
    places: place.places,
    kind: place.kind,
    ...(place.country === undefined ? {} : { country: place.country }),
    ...(place.lat === undefined ? {} : { lat: place.lat }),
    ...(place.lon === undefined ? {} : { lon: place.lon }),
    mentionCount: place.mentionCount,
    inset: place.inset,
  };
}

function personRow(person: SitePerson): PersonRow {
  return { url: person.url, name: person.name, roles: person.roles, count: person.appearances.length };
}

function placeRow(place: SitePlace): PlaceRow {
  return {
    url: place.url,
    name: place.name,
    kind: place.kind,
    located: isLocated(place),
    count: place.appearances.length,
    mentionCount: place.mentionCount,
  };
}
