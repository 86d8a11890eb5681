/** Day sets in words, for evidence readings: "on or after 7 October 2023", "in December 2023". */
import { firstDay, lastDay, type DaySet } from "../day-set.ts";
import { endOfMonth, formatDay, MAX_DAY, MIN_DAY, MONTH_NAMES, partsOf, startOfMonth, type Day } from "../days.ts";

export function describeSet(set: DaySet): string {
  const first = firstDay(set);
  const last = lastDay(set);
  if (first === undefined || last === undefined) return "no possible day";
  if (set.length > 1) return `${set.slice(0, 3).map(([a, b]) => describeInterval(a, b)).join(", or ")}${set.length > 3 ? ", …" : ""}`;
  return describeInterval(first, last);
}

function describeInterval(first: Day, last: Day): string {
  if (first <= MIN_DAY && last >= MAX_DAY) return "any day";
  if (first <= MIN_DAY) return `on or before ${formatDay(last)}`;
  if (last >= MAX_DAY) return `on or after ${formatDay(first)}`;
  if (first === last) return `on ${formatDay(first)}`;
  if (first === startOfMonth(first) && last === endOfMonth(last)) {
    const from = partsOf(first);
    const to = partsOf(last);
    if (from.year === to.year && from.month === to.month) return `in ${monthYear(first)}`;
    return `from ${monthYear(first)} to ${monthYear(last)}`;
  }
  return `between ${formatDay(first)} and ${formatDay(last)}`;
}

function monthYear(day: Day): string {
  const { year, month } = partsOf(day);
  return `${MONTH_NAMES[month - 1]} ${year}`;
}
