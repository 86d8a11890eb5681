/**
 * A long chronological list (a person's or place's entries, every figure) split into pages by the
 * calendar rather than by count, so that adding an item changes the page of its own period and no
 * other: the list goes by year; a year holding more than `size` items goes by quarter, a quarter
 * holding more by month, then by thirds of a month (1–10, 11–20, 21 to the end), then by day, and
 * a day holding more than `size` is cut into numbered parts of `size`. Whether a period is split
 * depends on its own count alone, so an insert never moves another period's items.
 *
 * A page's URL is its period under the list's URL: `2024/`, `2024/q2/`, `2024/05/`,
 * `2024/05/11-20/`, `2024/05/14/`, `2024/05/14/2/`. Slugs are never all digits
 * (src/site/slugs.ts), so `/people/<slug>/2024/` cannot be another person's page.
 */
import { MONTH_NAMES } from "../date/days.ts";
import type { IsoDay } from "../model.ts";
import { formatDay, formatMonth } from "./dates.ts";

export interface PeriodLink {
  url: string;
  /** The whole name, for titles: "May 2024", "14 May 2024, part 2". */
  label: string;
  /** The period: "2024", "April–June 2024", "May 2024", "11–20 May 2024", "14 May 2024". */
  period: string;
  /** Its `<time datetime>`: `2024`, `2024-05`, `2024-05-14`; null for a quarter or a third of a month, which have none. */
  datetime: string | null;
  /** Which part of a day cut into several (2, 3 …); null for the first or only one. */
  part: number | null;
}

export interface PeriodPart<T> extends PeriodLink {
  items: T[];
  previous: PeriodLink | null;
  next: PeriodLink | null;
}

/** The parts of one year, with how many items each holds: a list's table of contents. */
export interface PeriodContentsYear {
  year: string;
  count: number;
  periods: (PeriodLink & { count: number })[];
}

export interface PeriodSplit<T> {
  /** Oldest first. */
  parts: PeriodPart<T>[];
  contents: PeriodContentsYear[];
}

interface Level {
  /** The period a day falls in at this level, as the path below the list's URL: "2024/05". */
  path(day: IsoDay): string;
  name(day: IsoDay): { period: string; datetime: string | null };
}

const monthOf = (day: IsoDay) => Number(day.slice(5, 7));

const LEVELS: readonly Level[] = [
  { path: (day) => day.slice(0, 4), name: (day) => ({ period: day.slice(0, 4), datetime: day.slice(0, 4) }) },
  {
    path: (day) => `${day.slice(0, 4)}/q${Math.ceil(monthOf(day) / 3)}`,
    name: (day) => {
      const first = 3 * Math.ceil(monthOf(day) / 3) - 2;
      return { period: `${MONTH_NAMES[first - 1]}–${MONTH_NAMES[first + 1]} ${day.slice(0, 4)}`, datetime: null };
    },
  },
  { path: (day) => day.slice(0, 7).replace("-", "/"), name: (day) => ({ period: formatMonth(Number(day.slice(0, 4)), monthOf(day)), datetime: day.slice(0, 7) }) },
  {
    path: (day) => `${day.slice(0, 7).replace("-", "/")}/${tenDays(day).join("-")}`,
    name: (day) => {
      const [from, to] = tenDays(day);
      return { period: `${Number(from)}–${to} ${formatMonth(Number(day.slice(0, 4)), monthOf(day))}`, datetime: null };
    },
  },
  { path: (day) => day.replaceAll("-", "/"), name: (day) => ({ period: formatDay(day), datetime: day }) },
];

/** Every list of a site meets the same days (a few thousand, bounded by the calendar): their paths at each level are worked out once. */
const knownPaths = new Map<IsoDay, string[]>();

function pathsOf(day: IsoDay): string[] {
  let paths = knownPaths.get(day);
  if (paths === undefined) knownPaths.set(day, (paths = LEVELS.map((level) => level.path(day))));
  return paths;
}

/** The first and last day (two digits each) of the third of the month `day` is in. */
function tenDays(day: IsoDay): [string, string] {
  const dayOfMonth = Number(day.slice(8, 10));
  if (dayOfMonth <= 10) return ["01", "10"];
  if (dayOfMonth <= 20) return ["11", "20"];
  const year = Number(day.slice(0, 4));
  return ["21", String(new Date(Date.UTC(year, monthOf(day), 0)).getUTCDate())];
}

/** `items` (oldest first) in period pages of at most `size` under `base` (a URL ending in "/"). */
export function splitByPeriod<T>(base: string, items: readonly T[], dayOf: (item: T) => IsoDay, size: number): PeriodSplit<T> {
  const days = dayRuns(items, dayOf);
  const found: (Omit<PeriodPart<T>, "previous" | "next"> & { year: string })[] = [];
  // Periods are worked out on runs of one day, not on items: a list has far fewer days than items.
  // Every period is a run of days, so in date order its days come together.
  const split = (first: number, last: number, depth: number) => {
    for (let start = first; start < last; ) {
      const path = pathsOf(days[start]!.day)[depth]!;
      let end = start + 1;
      while (end < last && pathsOf(days[end]!.day)[depth] === path) end++;
      const [from, to] = [days[start]!.from, days[end - 1]!.to];
      if (to - from > size && depth + 1 < LEVELS.length) split(start, end, depth + 1);
      else {
        const day = days[start]!.day;
        const link = { ...LEVELS[depth]!.name(day), year: day.slice(0, 4) };
        // Only a day can hold more than `size`: it is cut into numbered parts.
        for (let at = from, part = 1; at < to; at += size, part++) {
          found.push({
            url: part === 1 ? `${base}${path}/` : `${base}${path}/${part}/`,
            label: part === 1 ? link.period : `${link.period}, part ${part}`,
            part: part === 1 ? null : part,
            items: items.slice(at, Math.min(to, at + size)),
            ...link,
          });
        }
      }
      start = end;
    }
  };
  split(0, days.length, 0);
  const parts = found.map(({ year: _year, ...part }, i) => ({ ...part, previous: linkTo(found[i - 1]), next: linkTo(found[i + 1]) }));
  const contents: PeriodContentsYear[] = [];
  for (const part of found) {
    let year = contents.at(-1);
    if (year?.year !== part.year) contents.push((year = { year: part.year, count: 0, periods: [] }));
    year.count += part.items.length;
    year.periods.push({ ...linkTo(part)!, count: part.items.length });
  }
  return { parts, contents };
}

/** The items' days, each with where its items start and end; throws unless the items are oldest first. */
function dayRuns<T>(items: readonly T[], dayOf: (item: T) => IsoDay): { day: IsoDay; from: number; to: number }[] {
  const runs: { day: IsoDay; from: number; to: number }[] = [];
  items.forEach((item, i) => {
    const day = dayOf(item);
    const last = runs.at(-1);
    if (last?.day === day) last.to = i + 1;
    else if (last && last.day > day) throw new Error(`splitByPeriod: items out of date order (${day} after ${last.day})`);
    else runs.push({ day, from: i, to: i + 1 });
  });
  return runs;
}

function linkTo(part: PeriodLink | undefined): PeriodLink | null {
  return part ? { url: part.url, label: part.label, period: part.period, datetime: part.datetime, part: part.part } : null;
}
