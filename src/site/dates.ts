/**
 * How article dates read on the site: "22 May 2024" when known to the day, "c. late May 2024"
 * for an estimate, plus the matching `<time datetime>` value. Dates stay `YYYY-MM-DD` strings
 * throughout, so no time zone can move them.
 * (src/date/format.ts will provide `describeDate`; the two should be reconciled once it lands.)
 */
import type { ArticleDate, IsoDay } from "../model.ts";

const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

export interface DayParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

export function parseIsoDay(iso: IsoDay): DayParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`not a YYYY-MM-DD day: "${iso}"`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

export function isIsoDay(value: unknown): value is IsoDay {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const { year, month, day } = parseIsoDay(value);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function monthName(month: number): string {
  const name = MONTHS[month - 1];
  if (name === undefined) throw new Error(`no month ${month}`);
  return name;
}

/** "May 2024" */
export function formatMonth(year: number, month: number): string {
  return `${monthName(month)} ${year}`;
}

/** "22 May 2024" */
export function formatDay(iso: IsoDay): string {
  const { year, month, day } = parseIsoDay(iso);
  return `${day} ${monthName(month)} ${year}`;
}

/** "early" (1–10), "mid" (11–20) or "late" (21–31) in the month. */
export function partOfMonth(day: number): "early" | "mid" | "late" {
  if (day <= 10) return "early";
  return day <= 20 ? "mid" : "late";
}

/** The date as precisely as it is known, with "c." whenever it is an estimate. */
export function describeArticleDate(date: ArticleDate): string {
  const { year, month, day } = parseIsoDay(date.date);
  const shown = (() => {
    switch (date.precision) {
      case "day":
        return formatDay(date.date);
      case "week":
        return `${partOfMonth(day)} ${formatMonth(year, month)}`;
      case "month":
        return formatMonth(year, month);
      case "year":
        return String(year);
    }
  })();
  return isExact(date) ? shown : `c. ${shown}`;
}

/**
 * True when the range is exactly the calendar unit shown: one day for "day", the whole month for
 * "month", the whole year for "year". A week-precise date is always an estimate.
 */
export function isExact(date: ArticleDate): boolean {
  const { earliest, latest } = date.range;
  const { year, month } = parseIsoDay(date.date);
  const pad = (n: number) => String(n).padStart(2, "0");
  switch (date.precision) {
    case "day":
      return earliest === date.date && latest === date.date;
    case "month":
      return earliest === `${year}-${pad(month)}-01` && latest === `${year}-${pad(month)}-${pad(daysInMonth(year, month))}`;
    case "year":
      return earliest === `${year}-01-01` && latest === `${year}-12-31`;
    case "week":
      return false;
  }
}

/** A valid HTML `datetime` for what is shown: `2024-05-22`, `2024-05` or `2024`. */
export function datetimeAttribute(date: ArticleDate): string {
  switch (date.precision) {
    case "day":
    case "week":
      return date.date;
    case "month":
      return date.date.slice(0, 7);
    case "year":
      return date.date.slice(0, 4);
  }
}

/** "14 May 2024 – 21 June 2024", or one day when the range is a single day. */
export function describeRange(date: ArticleDate): string {
  const { earliest, latest } = date.range;
  return earliest === latest ? formatDay(earliest) : `${formatDay(earliest)} – ${formatDay(latest)}`;
}

/** Whole days from `earliest` to `latest` (0 for a single day). */
export function rangeDays(date: ArticleDate): number {
  return (toEpochDay(date.range.latest) - toEpochDay(date.range.earliest));
}

function toEpochDay(iso: IsoDay): number {
  const { year, month, day } = parseIsoDay(iso);
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
