/**
 * Sets of days as sorted, disjoint, inclusive intervals. Every constraint on an article's date is
 * a day set ("after 7 Oct 2023", "during a Trump term", "within a week after some Saturday"), and
 * inference intersects them.
 */
import { MAX_DAY, MIN_DAY, type Day } from "./days.ts";

export type Interval = readonly [first: Day, last: Day];
export type DaySet = readonly Interval[];

export const EVERY_DAY: DaySet = [[MIN_DAY, MAX_DAY]];
export const NO_DAY: DaySet = [];

/** Days from `first` to `last` inclusive; empty when last < first. */
export function between(first: Day, last: Day): DaySet {
  return last < first ? NO_DAY : [[Math.max(first, MIN_DAY), Math.min(last, MAX_DAY)]];
}

export function onOrAfter(day: Day): DaySet {
  return between(day, MAX_DAY);
}

export function onOrBefore(day: Day): DaySet {
  return between(MIN_DAY, day);
}

export function union(...sets: readonly DaySet[]): DaySet {
  const intervals = sets.flat().slice().sort((a, b) => a[0] - b[0]);
  const merged: [Day, Day][] = [];
  for (const [first, last] of intervals) {
    const previous = merged.at(-1);
    if (previous && first <= previous[1] + 1) previous[1] = Math.max(previous[1], last);
    else merged.push([first, last]);
  }
  return merged;
}

export function intersect(a: DaySet, b: DaySet): DaySet {
  const result: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [aFirst, aLast] = a[i]!;
    const [bFirst, bLast] = b[j]!;
    const first = Math.max(aFirst, bFirst);
    const last = Math.min(aLast, bLast);
    if (first <= last) result.push([first, last]);
    if (aLast < bLast) i++;
    else j++;
  }
  return result;
}

export function isEmpty(set: DaySet): boolean {
  return set.length === 0;
}

export function firstDay(set: DaySet): Day | undefined {
  return set[0]?.[0];
}

export function lastDay(set: DaySet): Day | undefined {
  return set.at(-1)?.[1];
}

export function contains(set: DaySet, day: Day): boolean {
  return set.some(([first, last]) => first <= day && day <= last);
}

/** Shifts every day of the set by `days`. */
export function shift(set: DaySet, days: number): DaySet {
  return set.map(([first, last]) => [first + days, last + days] as const);
}

/** The first day of the set on or after `day`, if any. */
export function firstOnOrAfter(set: DaySet, day: Day): Day | undefined {
  for (const [first, last] of set) {
    if (last >= day) return Math.max(first, day);
  }
  return undefined;
}
