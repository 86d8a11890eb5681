/**
 * Everything the templates read, built once per build from the loaded entries: entries with their
 * rendered body and links to people, places and neighbours; the timeline split into pages and its
 * picture; the people and places pages (split by period, with who and what they appear with,
 * maps); and the figures and the series they form, with their charts. (`timeline.json` is written
 * from the entries by src/site/export.ts, not held here: it is near 90 MB at 10,000 entries.)
 * The SVG strings are built by src/site/svg.ts, which escapes every text it writes.
 */
import path from "node:path";
import type { ArticleDate, Entry, Person, Place } from "../model.ts";
import { renderBodyHtml } from "./body-html.ts";
import { companionCounter, type Companion } from "./companions.ts";
import { entityUrl, indexPeople, indexPlaces, slugsFor } from "./entities.ts";
import type { PersonPage, PlacePage } from "./entities.ts";
import { DENSE_SERIES, figureChart, summariseByMonth, type MonthSummary } from "./figure-chart.ts";
import { groupFigureSeries, type FigureSeries } from "./figure-series.ts";
import { listFigures } from "./figures.ts";
import { groupByYearAndMonth } from "./groups.ts";
import type { YearGroup } from "./groups.ts";
import { lazily } from "./lazy.ts";
import { insetInputs, isLocated, MAX_MAP_PLACES, placeInset, worldMap, type MapPlace } from "./map.ts";
import { sortChronologically } from "./order.ts";
import { buildSitePages, figureSeriesUrl, pageUrls, type SitePages } from "./pages.ts";
import { planTimelinePages, TIMELINE_PAGE_LIMIT, type TimelinePlan } from "./periods.ts";
import { timeAxisFor } from "./time-axis.ts";
import { timelineChart, type TimelineChart } from "./timeline-chart.ts";

export const PEOPLE_URL = "/people/";
export const PLACES_URL = "/places/";

/** A link to a neighbouring entry: its title and what a page shows of its date (no evidence). */
export interface EntryLink {
  url: string;
  title: string;
  date: Pick<ArticleDate, "date" | "precision" | "range" | "source">;
}

export interface SiteEntry extends Entry {
  people: (Person & { url: string })[];
  places: (Place & { url: string })[];
  /** The body rendered from escaped Markdown: the one article-derived string marked safe. Made on each read. */
  readonly bodyHtml: string;
  /** `YYYY` of the best-estimate date, for the search filter. */
  year: string;
  /** Base names of the source files. */
  sourceNames: string[];
  previous: EntryLink | null;
  next: EntryLink | null;
}

export interface SitePerson extends PersonPage<SiteEntry> {
  /** People named in the same entries, most shared first. */
  people: Companion[];
  places: Companion[];
}

export interface SitePlace extends PlacePage<SiteEntry> {
  /** How often the articles mention it (sentences naming it; at least one per entry). */
  mentionCount: number;
  people: Companion[];
  places: Companion[];
  /** Close-up map, "" when the place has no coordinates: drawn on first read, not enumerable (see `lazily`). */
  readonly inset: string;
  /** What the inset is drawn from (src/site/map.ts: insetInputs), for the page's fingerprint. */
  insetInputs: string;
}

export interface SiteFigureSeries extends FigureSeries<SiteEntry> {
  /** Its page: the chart and the table. */
  url: string;
  /** Drawn on first read, not enumerable (see `lazily`): from the points and the time axis. */
  readonly chart: string;
  /** The time axis the chart is drawn on, for the page's fingerprint. */
  chartAxis: string;
  /** The series per month, when it is too dense to list report by report. */
  months: MonthSummary<SiteEntry>[] | null;
}

export interface SiteData {
  /** Oldest first. */
  entries: SiteEntry[];
  newestFirst: SiteEntry[];
  /** Every entry by year and month, oldest first (the home page when not paginated). */
  years: YearGroup<SiteEntry>[];
  /** The newest entries (all of them, or the newest page's worth), newest first. */
  yearsNewestFirst: YearGroup<SiteEntry>[];
  timelinePages: TimelinePlan<SiteEntry>;
  timelineChart: TimelineChart;
  people: SitePerson[];
  places: SitePlace[];
  /** The repeated pages (entries, periods, people, places, figure series, index pages), each with its own data. */
  pages: SitePages;
  /** The URL of every repeated page, rendered in this build or not (for the sitemap). */
  pageUrls: string[];
  figureSeries: SiteFigureSeries[];
}

/** The entries as pages show them, oldest first, and the slugs of the names they link to. */
export interface SiteEntries {
  entries: SiteEntry[];
  personSlugs: Map<string, string>;
  placeSlugs: Map<string, string>;
}

/**
 * The first part of the site data, which the search index needs (a build starts indexing as
 * soon as it has them): entries in date order with their body's HTML, their links to people,
 * places and neighbours.
 */
export function prepareSiteEntries(loaded: readonly Entry[]): SiteEntries {
  const chronological = sortChronologically(loaded);
  const personSlugs = slugsFor(chronological, (entry) => entry.people);
  const placeSlugs = slugsFor(chronological, (entry) => entry.places);
  const links = chronological.map(({ url, title, date }): EntryLink => ({
    url,
    title,
    date: { date: date.date, precision: date.precision, range: date.range, source: date.source },
  }));

  const personUrl = urlsOf(PEOPLE_URL, personSlugs);
  const placeUrl = urlsOf(PLACES_URL, placeSlugs);
  const entries = chronological.map((entry, i) =>
    withBodyHtml({
      ...entry,
      people: entry.people.map((person) => ({ ...person, url: personUrl(person.name) })),
      places: entry.places.map((place) => ({ ...place, url: placeUrl(place.name) })),
      year: entry.date.date.slice(0, 4),
      sourceNames: entry.sources.map((source) => path.posix.basename(source)),
      previous: links[i - 1] ?? null,
      next: links[i + 1] ?? null,
    }),
  );
  return { entries, personSlugs, placeSlugs };
}

/**
 * `bodyHtml`, rendered from the body each time it is read, and not enumerable (not serialised,
 * not copied by a spread): only a page being rendered needs it, and a rebuild renders a few of
 * 10,000, whose HTML would otherwise take a second to make and some 80 MB to hold.
 */
function withBodyHtml(entry: Omit<SiteEntry, "bodyHtml">): SiteEntry {
  return Object.defineProperty(entry, "bodyHtml", {
    get(this: SiteEntry) {
      return renderBodyHtml(this.body);
    },
    enumerable: false,
  }) as SiteEntry;
}

/** `prepared`: `prepareSiteEntries(loaded)`, when the caller has made it already. */
export function buildSiteData(loaded: readonly Entry[], prepared: SiteEntries = prepareSiteEntries(loaded)): SiteData {
  const { entries, personSlugs, placeSlugs } = prepared;
  const newestFirst = [...entries].reverse();
  const timelinePages = planTimelinePages(entries);
  const peopleWith = companionCounter(entries, (entry) => entry.people);
  const placesWith = companionCounter(entries, (entry) => entry.places);
  const people = indexPeople(entries, personSlugs, PEOPLE_URL).map((person) => ({
    ...person,
    people: peopleWith(person.appearances, person.name),
    places: placesWith(person.appearances, person.name),
  }));
  const mapPlaces = indexPlaces(entries, placeSlugs, PLACES_URL).map((place) => ({
    ...place,
    mentionCount: place.appearances.reduce((sum, a) => sum + Math.max(1, a.item.sentences.length), 0),
  }));
  const mapData: MapPlace[] = mapPlaces.map((place) => ({ ...place, mentions: place.mentionCount }));
  const places = mapPlaces.map((place, i) =>
    lazily(
      {
        ...place,
        people: peopleWith(place.appearances, place.name),
        places: placesWith(place.appearances, place.name),
        insetInputs: insetInputs(mapData[i]!, mapData),
      },
      "inset",
      () => placeInset(mapData[i]!, mapData),
    ),
  );
  const axis = timeAxisFor(entries.map((entry) => entry.date.range));
  const chartAxis = axis ? JSON.stringify(axis.months) : "";
  const figureSeries = axis
    ? groupFigureSeries(entries).map((series) =>
        lazily(
          {
            ...series,
            url: figureSeriesUrl(series.slug),
            chartAxis,
            months: series.points.length > DENSE_SERIES ? summariseByMonth(series.points) : null,
          },
          "chart",
          () => figureChart(series, axis),
        ),
      )
    : [];

  const placesMap = worldMap(mapData);
  const pages = buildSitePages({
    entries,
    periods: timelinePages.pages,
    people,
    places,
    // Places on the map: every located one, or (truncated) only the MAX_MAP_PLACES most mentioned.
    placesMap: placesMap === "" ? null : { svg: placesMap, truncated: places.filter(isLocated).length > MAX_MAP_PLACES },
    figureSeries,
    figures: listFigures(entries),
  });

  return {
    entries,
    newestFirst,
    years: groupByYearAndMonth(entries),
    yearsNewestFirst: groupByYearAndMonth(timelinePages.paginated ? newestFirst.slice(0, TIMELINE_PAGE_LIMIT) : newestFirst),
    timelinePages,
    timelineChart: timelineChart(entries, { hrefForMonth: timelinePages.monthHref }),
    people,
    places,
    pages,
    pageUrls: pageUrls(pages),
    figureSeries,
  };
}

/** The URL of each name's page, worked out once per name: the same names recur in thousands of entries. */
function urlsOf(base: string, slugs: ReadonlyMap<string, string>): (name: string) => string {
  const urls = new Map<string, string>();
  return (name) => {
    let url = urls.get(name);
    if (url === undefined) urls.set(name, (url = entityUrl(base, slugs, name)));
    return url;
  };
}
