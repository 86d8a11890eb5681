/**
 * Calendar days as whole numbers (days since 1970-01-01), so that day sets are plain integer
 * intervals. Adding months and years goes through date-fns (which clamps "31 January + 1 month"
 * to the end of February) on local calendar dates built from the day's parts, so no time zone
 * can move a day.
 */
import { addMonths as addMonthsToDate, addYears as addYearsToDate } from "date-fns";
import type { IsoDay } from "../model.ts";

/** Days since 1970-01-01. */
export type Day = number;

const MS_PER_DAY = 86_400_000;

/** The earliest and latest days the engine reasons about: "no bound" in practice. */
export const MIN_DAY: Day = dayOf(1900, 1, 1);
export const MAX_DAY: Day = dayOf(2100, 12, 31);

export function dayOf(year: number, month: number, day: number): Day {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export interface DayParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

export function partsOf(day: Day): DayParts {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Parses `YYYY-MM-DD`; undefined when it is not a real calendar day. */
export function parseIsoDay(iso: string): Day | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  const [year, month, dayOfMonth] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const day = dayOf(year, month, dayOfMonth);
  const parts = partsOf(day);
  return parts.month === month && parts.day === dayOfMonth ? day : undefined;
}

/** Story data names the same few days over and over: each is parsed once. */
const parsedDays = new Map<IsoDay, Day>();

/** Like parseIsoDay, for days already validated (story data, front matter). */
export function fromIso(iso: IsoDay): Day {
  let day = parsedDays.get(iso);
  if (day === undefined) {
    day = parseIsoDay(iso);
    if (day === undefined) throw new Error(`not a YYYY-MM-DD day: "${iso}"`);
    parsedDays.set(iso, day);
  }
  return day;
}

export function toIso(day: Day): IsoDay {
  const { year, month, day: dayOfMonth } = partsOf(day);
  return `${String(year).padStart(4, "0")}-${pad(month)}-${pad(dayOfMonth)}`;
}

/** 0 = Sunday … 6 = Saturday, as in JavaScript and chrono. */
export function weekdayOf(day: Day): number {
  return (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function addMonths(day: Day, months: number): Day {
  return fromLocal(addMonthsToDate(toLocal(day), months));
}

export function addYears(day: Day, years: number): Day {
  return fromLocal(addYearsToDate(toLocal(day), years));
}

export function startOfMonth(day: Day): Day {
  const { year, month } = partsOf(day);
  return dayOf(year, month, 1);
}

export function endOfMonth(day: Day): Day {
  const { year, month } = partsOf(day);
  return lastDayOfMonth(year, month);
}

/** The last day of a month (1–12) of a year. */
export function lastDayOfMonth(year: number, month: number): Day {
  return dayOf(year, month + 1, 1) - 1;
}

export function startOfYear(day: Day): Day {
  return dayOf(partsOf(day).year, 1, 1);
}

export function endOfYear(day: Day): Day {
  return dayOf(partsOf(day).year, 12, 31);
}

export const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

export const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

/** Evidence names the same few days over and over: each is written out once. */
const formattedDays = new Map<Day, string>();

/** "25 May 2024" */
export function formatDay(day: Day): string {
  let formatted = formattedDays.get(day);
  if (formatted === undefined) {
    const { year, month, day: dayOfMonth } = partsOf(day);
    formatted = `${dayOfMonth} ${MONTH_NAMES[month - 1]} ${year}`;
    formattedDays.set(day, formatted);
  }
  return formatted;
}

function toLocal(day: Day): Date {
  const { year, month, day: dayOfMonth } = partsOf(day);
  return new Date(year, month - 1, dayOfMonth);
}

function fromLocal(date: Date): Day {
  return dayOf(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
