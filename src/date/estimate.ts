/**
 * The best single day inside the possible days. News is written soon after the latest event it
 * reports, so the estimate starts from the latest "anchor" (a reported past event) and moves to
 * the weekday that best fits the weekdays the text names ("on Friday … on Saturday" → Saturday).
 * Without anchors, the middle of the range.
 */
import type { Constraint } from "./constraints/types.ts";
import { firstOnOrAfter, type DaySet } from "./day-set.ts";
import { MIN_DAY, weekdayOf, type Day } from "./days.ts";

export interface Estimate {
  day: Day;
  /** The weekday the estimate was moved to, when the text's weekdays decided it. */
  weekday?: number;
}

export function estimateDay(set: DaySet, earliest: Day, latest: Day, kept: readonly Constraint[], weekdays: readonly number[]): Estimate {
  const anchors = kept.filter((constraint) => constraint.anchor).map((constraint) => anchorDay(constraint, earliest)).filter((day) => day > MIN_DAY);
  const start = anchors.length > 0
    ? firstOnOrAfter(set, Math.max(...anchors)) ?? earliest
    : firstOnOrAfter(set, Math.floor((earliest + latest) / 2)) ?? earliest;
  const weekday = articleWeekday(weekdays);
  if (weekday === undefined) return { day: start };
  for (let day = start; day <= Math.min(start + 6, latest); day++) {
    if (weekdayOf(day) === weekday && firstOnOrAfter(set, day) === day) return { day, weekday };
  }
  return { day: start };
}

/**
 * Where a reported event puts the article at the earliest: the start of the stretch of its days
 * that holds the range's first day (for "one of several events", the one the range agrees with).
 */
function anchorDay(constraint: Constraint, earliest: Day): Day {
  const stretch = constraint.set.find(([first, last]) => first <= earliest && earliest <= last);
  return stretch?.[0] ?? MIN_DAY;
}

/**
 * The article's likely weekday: the one after which all the named weekdays fall within the
 * shortest span of days before it ({Friday, Saturday} → Saturday; {Tuesday, Wednesday} → Wednesday).
 */
export function articleWeekday(weekdays: readonly number[]): number | undefined {
  if (weekdays.length === 0) return undefined;
  const named = [...new Set(weekdays)];
  let best: { weekday: number; spread: number; total: number } | undefined;
  for (let weekday = 0; weekday < 7; weekday++) {
    const distances = named.map((named) => (weekday - named + 7) % 7);
    const spread = Math.max(...distances);
    const total = distances.reduce((sum, distance) => sum + distance, 0);
    if (!best || spread < best.spread || (spread === best.spread && total < best.total)) best = { weekday, spread, total };
  }
  return best!.weekday;
}
