/**
 * The site's repeated pages as data: one object per page (an entry, a timeline period, a person's
 * or place's page and the pages of their entries by period, a page of an index, a figure series'
 * chart and table, a page of every figure), each carrying its URL and exactly what its template shows, and nothing more. That is
 * what lets a rebuild render only the pages whose data changed (src/site/fingerprints.ts): a
 * page's HTML is a function of its own object, the site settings and the template code, so the
 * templates paginating over these lists must read nothing else (the one-off pages, which read the
 * whole `timeline`, are rendered on every build).
 *
 * A person, place or the list of every figure too long for one page is split by period
 * (src/site/period-parts.ts): its own page keeps the header (counts, companions) and a table of
 * the period pages, and each period page carries only the name and its slice. A new article
 * naming someone therefore touches the page of its period and their own page, not all of them.
 */
import type { Companion } from "./companions.ts";
import type { SiteEntry, SiteFigureSeries, SitePerson, SitePlace } from "./data.ts";
import { lazily } from "./lazy.ts";
import type { Appearance } from "./entities.ts";
import type { FigureRow } from "./figures.ts";
import { isLocated } from "./map.ts";
import { splitByPeriod, type PeriodContentsYear, type PeriodLink } from "./period-parts.ts";
import type { TimelinePage } from "./periods.ts";
import type { Person, Place } from "../model.ts";

/** Rows to a page on the people and places indexes. */
export const INDEX_PAGE_SIZE = 200;
/** Entries to a page of a person or place, at most. */
export const ENTITY_PAGE_SIZE = 100;
/** Rows to a page of every figure, at most. */
export const FIGURES_PAGE_SIZE = 200;
/** The slug of `/figures/all/`, which no figure series may take (src/site/figure-series.ts). */
export const ALL_FIGURES_SLUG = "all";
const FIGURES_URL = `/figures/${ALL_FIGURES_SLUG}/`;

/** A figure series' own page, beside `/figures/all/`. */
export function figureSeriesUrl(slug: string): string {
  return `/figures/${slug}/`;
}

/** What a person's or place's own page shows above the entries. */
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
  /** Drawn on first read, not enumerable (src/site/lazy.ts). */
  readonly inset: string;
  insetInputs: string;
}

/** A person's or place's own page. */
export interface EntityPage<H, T> {
  url: string;
  entity: H;
  /** Every entry naming it, when they fit on this page; none when they are split by period. */
  appearances: Appearance<SiteEntry, T>[];
  /** The period pages its entries are on, by year; none when they fit on this page. */
  contents: PeriodContentsYear[];
}

/** The entries of one period naming a person or place. */
export interface EntityPeriodPage<T> extends PeriodLink {
  entity: { name: string; url: string };
  appearances: Appearance<SiteEntry, T>[];
  previous: PeriodLink | null;
  next: PeriodLink | null;
}

/** `/figures/all/`: every figure when they fit on one page, else the table of the period pages. */
export interface FiguresPage {
  url: string;
  rows: FigureRow<SiteEntry>[];
  contents: PeriodContentsYear[];
}

export interface FiguresPeriodPage extends PeriodLink {
  rows: FigureRow<SiteEntry>[];
  previous: PeriodLink | null;
  next: PeriodLink | null;
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
  personPages: EntityPage<PersonHeader, Person>[];
  personPeriods: EntityPeriodPage<Person>[];
  placePages: EntityPage<PlaceHeader, Place>[];
  placePeriods: EntityPeriodPage<Place>[];
  peopleIndex: ListPage<PersonRow>[];
  /** The first page also shows the map. */
  placesIndex: (ListPage<PlaceRow> & { map: PlacesMap | null })[];
  /** Each figure series' chart and table. */
  figureSeries: SiteFigureSeries[];
  /** The one page `/figures/all/`. */
  figures: FiguresPage[];
  figurePeriods: FiguresPeriodPage[];
}

export interface SitePagesInput {
  entries: SiteEntry[];
  periods: TimelinePage<SiteEntry>[];
  people: SitePerson[];
  places: SitePlace[];
  placesMap: PlacesMap | null;
  figureSeries: SiteFigureSeries[];
  figures: FigureRow<SiteEntry>[];
}

export function buildSitePages(input: SitePagesInput): SitePages {
  const people = entityPages(input.people, personHeader);
  const places = entityPages(input.places, placeHeader);
  const figures = splitIfLong(FIGURES_URL, input.figures, (row) => row.entry.date.date, FIGURES_PAGE_SIZE);
  const placesIndex = listPages("/places/", input.places.map(placeRow)).map((page) => ({ ...page, map: page.pageNumber === 0 ? input.placesMap : null }));
  return {
    entries: input.entries,
    periods: input.periods,
    personPages: people.pages,
    personPeriods: people.periods,
    placePages: places.pages,
    placePeriods: places.periods,
    peopleIndex: listPages("/people/", input.people.map(personRow)),
    placesIndex,
    figureSeries: input.figureSeries,
    figures: [{ url: FIGURES_URL, rows: figures.whole, contents: figures.contents }],
    figurePeriods: figures.parts.map(({ items, ...part }) => ({ ...part, rows: items })),
  };
}

/** `items` on one page when at most `size`; otherwise none there, and the period pages. */
function splitIfLong<T>(base: string, items: T[], dayOf: (item: T) => string, size: number) {
  if (items.length <= size) return { whole: items, contents: [], parts: [] };
  return { whole: [], ...splitByPeriod(base, items, dayOf, size) };
}

function entityPages<E extends SitePerson | SitePlace, H>(entities: readonly E[], header: (entity: E) => H) {
  type T = E["appearances"][number]["item"];
  const pages: EntityPage<H, T>[] = [];
  const periods: EntityPeriodPage<T>[] = [];
  for (const entity of entities) {
    const appearances = entity.appearances as Appearance<SiteEntry, T>[];
    const split = splitIfLong(entity.url, appearances, (a) => a.entry.date.date, ENTITY_PAGE_SIZE);
    pages.push({ url: entity.url, entity: header(entity), appearances: split.whole, contents: split.contents });
    const name = { name: entity.name, url: entity.url };
    for (const { items, ...part } of split.parts) periods.push({ ...part, entity: name, appearances: items });
  }
  return { pages, periods };
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
    personPages: keep(pages.personPages),
    personPeriods: keep(pages.personPeriods),
    placePages: keep(pages.placePages),
    placePeriods: keep(pages.placePeriods),
    peopleIndex: keep(pages.peopleIndex),
    placesIndex: keep(pages.placesIndex),
    figureSeries: keep(pages.figureSeries),
    figures: keep(pages.figures),
    figurePeriods: keep(pages.figurePeriods),
  };
}

function personHeader(person: SitePerson): PersonHeader {
  return { name: person.name, url: person.url, aliases: person.aliases, count: person.appearances.length, people: person.people, places: person.places, roles: person.roles };
}

function placeHeader(place: SitePlace): PlaceHeader {
  return lazily({
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
    insetInputs: place.insetInputs,
  }, "inset", () => place.inset);
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
