/**
 * Groups entries by the year and month of their best-estimate date, keeping the order they come
 * in: oldest-first entries give oldest-first groups, newest-first entries newest-first groups.
 */
import type { Entry } from "../model.ts";
import { formatMonth, yearAndMonth } from "./dates.ts";

export interface MonthGroup<E> {
  /** `YYYY-MM`, usable as an HTML id. */
  key: string;
  year: number;
  month: number;
  /** "May 2024" */
  label: string;
  entries: E[];
}

export interface YearGroup<E> {
  year: number;
  months: MonthGroup<E>[];
}

export function groupByYearAndMonth<E extends Entry>(entries: readonly E[]): YearGroup<E>[] {
  const years: YearGroup<E>[] = [];
  for (const entry of entries) {
    const { year, month } = yearAndMonth(entry.date.date);
    let yearGroup = years.at(-1);
    if (yearGroup?.year !== year) {
      yearGroup = { year, months: [] };
      years.push(yearGroup);
    }
    let monthGroup = yearGroup.months.at(-1);
    if (monthGroup?.month !== month) {
      monthGroup = { key: entry.date.date.slice(0, 7), year, month, label: formatMonth(year, month), entries: [] };
      yearGroup.months.push(monthGroup);
    }
    monthGroup.entries.push(entry);
  }
  return years;
}
