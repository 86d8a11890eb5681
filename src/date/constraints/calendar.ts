/**
 * Constraints from dates that stand on their own (not naming a known event): a past date puts
 * the article after it, a future one before it. A date without a year is, by newsroom style,
 * within the past year; written with its weekday, only the years where the weekday fits remain.
 */
import { between, onOrAfter, onOrBefore, union, type DaySet } from "../day-set.ts";
import { dayOf, formatDay, lastDayOfMonth, WEEKDAY_NAMES, weekdayOf, type Day } from "../days.ts";
import type { DateExpression, PeriodExpression, YearlessExpression } from "../expressions/types.ts";
import { STRENGTH, type Constraint } from "./types.ts";

/** Years a yearless date may belong to. */
const FIRST_YEAR = 1950;
const LAST_YEAR = 2090;
/** How far back a date written without its year may lie. */
const YEARLESS_REACH = 365;

export function datedConstraint(expression: DateExpression | PeriodExpression): Constraint {
  const single = expression.first === expression.last;
  const span = single ? formatDay(expression.first) : `${formatDay(expression.first)} – ${formatDay(expression.last)}`;
  if (expression.tense === "future") {
    return {
      kind: "date", set: onOrBefore(expression.last), strength: STRENGTH.date, anchor: false, text: expression.text,
      reading: `${span} ${single ? "is" : "ends"} ahead → the article is on or before ${formatDay(expression.last)}`,
    };
  }
  return {
    kind: "date", set: onOrAfter(expression.first), strength: STRENGTH.date, anchor: true, text: expression.text,
    reading: `${span} ${single ? "is in the past" : "had begun"} → the article is on or after ${formatDay(expression.first)}`,
  };
}

/** Each year's occurrence of a yearless date, [first, last] day. */
export function occurrences(expression: YearlessExpression): [Day, Day][] {
  const result: [Day, Day][] = [];
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    const first = dayOf(year, expression.month, expression.firstDay);
    const monthEnd = lastDayOfMonth(year, expression.month);
    if (first < dayOf(year, expression.month, 1) || first > monthEnd) continue; // 29 February
    const last = expression.lastDay === null ? monthEnd : dayOf(year, expression.month, expression.lastDay);
    if (expression.weekday !== undefined && weekdayOf(first) !== expression.weekday) continue;
    result.push([first, last]);
  }
  return result;
}

export function yearlessConstraint(expression: YearlessExpression): Constraint {
  const future = expression.tense === "future";
  const set: DaySet = union(...occurrences(expression).map(([first, last]) =>
    future ? between(last - YEARLESS_REACH, last) : between(first, first + YEARLESS_REACH)));
  const withWeekday = expression.weekday !== undefined;
  return {
    kind: "yearless",
    set,
    strength: withWeekday ? STRENGTH.yearlessWithWeekday : STRENGTH.yearless,
    // With its weekday the day is pinned to a few years, so it can anchor the estimate;
    // without, "within the past year" of some year is every day.
    anchor: withWeekday && !future,
    text: expression.text,
    reading: (estimate) => {
      const resolved = resolveYearless(expression, estimate);
      if (resolved === undefined) return "no year fits this date";
      const why = withWeekday
        ? `the year in which ${formatDay(resolved)} is a ${WEEKDAY_NAMES[expression.weekday!]}`
        : future ? "the next occurrence after the article" : "the most recent occurrence before the article (a date written without its year lies within the past year)";
      return `read as ${formatDay(resolved)}, ${why}`;
    },
  };
}

/** The occurrence nearest the estimate on the side the tense points to. */
export function resolveYearless(expression: YearlessExpression, estimate: Day): Day | undefined {
  const days = occurrences(expression).map(([first]) => first);
  if (expression.tense === "future") return days.find((day) => day >= estimate) ?? days.at(-1);
  return days.filter((day) => day <= estimate).at(-1) ?? days[0];
}
