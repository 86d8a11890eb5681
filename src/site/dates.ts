/**
 * Dates on the site. The wording of an article date is the date stage's (`describeDate`, one way
 * to word a date across the project); this file adds what pages need around it: the `<time
 * datetime>` value, day and month labels, and days as numbers for the charts.
 * Dates stay `YYYY-MM-DD` strings throughout, so no time zone can move them.
 */
import { formatDay as formatDayNumber, fromIso, MONTH_NAMES, parseIsoDay } from "../date/days.ts";
import type { ArticleDate, IsoDay } from "../model.ts";

/** Whether a value is a real calendar day written `YYYY-MM-DD`. */
export function isIsoDay(value: unknown): value is IsoDay {
  return typeof value === "string" && parseIsoDay(value) !== undefined;
}

/** Days since 1970-01-01 of a valid `YYYY-MM-DD`: the charts' time unit. */
export const epochDay = fromIso;

/** "May 2024" */
export function formatMonth(year: number, month: number): string {
  const name = MONTH_NAMES[month - 1];
  if (name === undefined) throw new Error(`no month ${month}`);
  return `${name} ${year}`;
}

/** "May" → "May", "September" → "Sep": axis labels. */
export function shortMonthName(month: number): string {
  return formatMonth(2000, month).slice(0, 3);
}

/** "22 May 2024" */
export function formatDay(iso: IsoDay): string {
  return formatDayNumber(fromIso(iso));
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

/** Year and month (1–12) of a `YYYY-MM-DD`. */
export function yearAndMonth(iso: IsoDay): { year: number; month: number } {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)) };
}
