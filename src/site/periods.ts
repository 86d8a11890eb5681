/**
 * How the timeline is split into pages, so that no page grows with the archive. Up to `limit`
 * entries the home page lists them all. Beyond that the home page shows the visual timeline and
 * an index of years and months, and the entries move to one page per year
 * (`/timeline/2024/`), or per month for a year with more than `limit` (`/timeline/2024/05/`),
 * split further into numbered parts for a month with more than `limit`
 * (`/timeline/2024/05/2/`). Every month has one address: its anchor on the page listing it.
 */
import type { Entry } from "../model.ts";
import { formatMonth } from "./dates.ts";
import { groupByYearAndMonth, type MonthGroup, type YearGroup } from "./groups.ts";

/** Entries on one timeline page, at most. */
export const TIMELINE_PAGE_LIMIT = 100;

export interface PageLink {
  url: string;
  /** "2024", "May 2024", "May 2024, part 2" */
  label: string;
  /** The year or month it covers, as words and as a `<time datetime>`: "May 2024", `2024-05`. */
  period: string;
  datetime: string;
  /** Which part of a month split over several pages (2, 3 …); null for the first or only one. */
  part: number | null;
}

export interface TimelinePage<E> extends PageLink {
  years: YearGroup<E>[];
  count: number;
  /** How many pages the month is split over (1 for a year or a whole month). */
  parts: number;
  previous: PageLink | null;
  next: PageLink | null;
}

export interface PeriodIndexMonth {
  key: string;
  label: string;
  count: number;
  href: string;
}

export interface PeriodIndexYear {
  year: number;
  count: number;
  months: PeriodIndexMonth[];
}

export interface TimelinePlan<E> {
  /** Whether the entries are on period pages rather than the home page. */
  paginated: boolean;
  /** The period pages (none when not paginated), oldest first. */
  pages: TimelinePage<E>[];
  /** Years and months with their counts and addresses, oldest first. */
  index: PeriodIndexYear[];
  /** The address of a month (`YYYY-MM`) on the site. */
  monthHref(key: string): string;
}

const monthAnchor = (key: string) => `month-${key}`;

export function planTimelinePages<E extends Entry>(entries: readonly E[], limit = TIMELINE_PAGE_LIMIT): TimelinePlan<E> {
  const years = groupByYearAndMonth(entries);
  const paginated = entries.length > limit;
  const pages: Omit<TimelinePage<E>, "previous" | "next">[] = [];
  const hrefs = new Map<string, string>();
  if (paginated) {
    for (const year of years) {
      const count = countOf(year.months);
      if (count <= limit) {
        const label = String(year.year);
        pages.push({ url: `/timeline/${year.year}/`, label, period: label, datetime: label, part: null, parts: 1, years: [year], count });
        continue;
      }
      for (const month of year.months) {
        const base = `/timeline/${month.key.replace("-", "/")}/`;
        const parts = Math.ceil(month.entries.length / limit);
        for (let part = 0; part < parts; part++) {
          const slice = month.entries.slice(part * limit, (part + 1) * limit);
          pages.push({
            url: part === 0 ? base : `${base}${part + 1}/`,
            label: part === 0 ? month.label : `${month.label}, part ${part + 1}`,
            period: month.label,
            datetime: month.key,
            part: part === 0 ? null : part + 1,
            parts,
            years: [{ year: year.year, months: [{ ...month, entries: slice }] }],
            count: slice.length,
          });
        }
      }
    }
    for (const page of [...pages].reverse()) {
      for (const month of page.years.flatMap((y) => y.months)) hrefs.set(month.key, `${page.url}#${monthAnchor(month.key)}`);
    }
  }
  const linked = pages.map((page, i) => ({
    ...page,
    previous: link(pages[i - 1]),
    next: link(pages[i + 1]),
  }));
  const monthHref = (key: string) => hrefs.get(key) ?? `/#${monthAnchor(key)}`;
  const index = years.map((year) => ({
    year: year.year,
    count: countOf(year.months),
    months: year.months.map((month) => ({ key: month.key, label: formatMonth(month.year, month.month), count: month.entries.length, href: monthHref(month.key) })),
  }));
  return { paginated, pages: linked, index, monthHref };
}

function countOf<E>(months: readonly MonthGroup<E>[]): number {
  return months.reduce((sum, month) => sum + month.entries.length, 0);
}

function link(page: PageLink | undefined): PageLink | null {
  return page ? { url: page.url, label: page.label, period: page.period, datetime: page.datetime, part: page.part } : null;
}
