/**
 * Everything the templates read, built once per build from the loaded entries: entries with their
 * rendered body and links to people, places and neighbours; the year/month groups for the home
 * page; the people, places and figures indexes; and the `timeline.json` text.
 */
import path from "node:path";
import type { Entry, Person, Place } from "../model.ts";
import { renderBodyHtml } from "./body-html.ts";
import { entityUrl, indexPeople, indexPlaces, slugsFor } from "./entities.ts";
import type { PersonPage, PlacePage } from "./entities.ts";
import { buildTimelineExport, serializeTimelineExport } from "./export.ts";
import { listFigures } from "./figures.ts";
import type { FigureRow } from "./figures.ts";
import { groupByYearAndMonth } from "./groups.ts";
import type { YearGroup } from "./groups.ts";
import { sortChronologically } from "./order.ts";

export const PEOPLE_URL = "/people/";
export const PLACES_URL = "/places/";

export interface EntryLink {
  url: string;
  title: string;
  date: Entry["date"];
}

export interface SiteEntry extends Entry {
  people: (Person & { url: string })[];
  places: (Place & { url: string })[];
  /** The body rendered from escaped Markdown: the one article-derived string marked safe. */
  bodyHtml: string;
  /** `YYYY` of the best-estimate date, for the search filter. */
  year: string;
  /** Base names of the source files. */
  sourceNames: string[];
  previous: EntryLink | null;
  next: EntryLink | null;
}

export interface SiteData {
  /** Oldest first. */
  entries: SiteEntry[];
  newestFirst: SiteEntry[];
  years: YearGroup<SiteEntry>[];
  yearsNewestFirst: YearGroup<SiteEntry>[];
  people: PersonPage<SiteEntry>[];
  places: PlacePage<SiteEntry>[];
  figures: FigureRow<SiteEntry>[];
  /** The text of `timeline.json`. */
  exportJson: string;
}

export function buildSiteData(loaded: readonly Entry[]): SiteData {
  const chronological = sortChronologically(loaded);
  const personSlugs = slugsFor(chronological, (entry) => entry.people);
  const placeSlugs = slugsFor(chronological, (entry) => entry.places);
  const link = (entry: Entry | undefined): EntryLink | null =>
    entry ? { url: entry.url, title: entry.title, date: entry.date } : null;

  const entries: SiteEntry[] = chronological.map((entry, i) => ({
    ...entry,
    people: entry.people.map((person) => ({ ...person, url: entityUrl(PEOPLE_URL, personSlugs, person.name) })),
    places: entry.places.map((place) => ({ ...place, url: entityUrl(PLACES_URL, placeSlugs, place.name) })),
    bodyHtml: renderBodyHtml(entry.body),
    year: entry.date.date.slice(0, 4),
    sourceNames: entry.sources.map((source) => path.posix.basename(source)),
    previous: link(chronological[i - 1]),
    next: link(chronological[i + 1]),
  }));
  const newestFirst = [...entries].reverse();

  return {
    entries,
    newestFirst,
    years: groupByYearAndMonth(entries),
    yearsNewestFirst: groupByYearAndMonth(newestFirst),
    people: indexPeople(entries, personSlugs, PEOPLE_URL),
    places: indexPlaces(entries, placeSlugs, PLACES_URL),
    figures: listFigures(entries),
    exportJson: serializeTimelineExport(buildTimelineExport(chronological)),
  };
}
