/** How precisely the date is known, from the width of its range; lowered a step when evidence conflicted. */
import type { DatePrecision } from "../model.ts";
import type { Day } from "./days.ts";

const ORDER: readonly DatePrecision[] = ["day", "week", "month", "year"];

/** Up to this many days between earliest and latest still count as "week" / "month" precision. */
const WEEK_WIDTH = 20;
const MONTH_WIDTH = 62;

export function precisionOf(earliest: Day, latest: Day, lowered: boolean): DatePrecision {
  const width = latest - earliest;
  const base = width === 0 ? 0 : width <= WEEK_WIDTH ? 1 : width <= MONTH_WIDTH ? 2 : 3;
  return ORDER[Math.min(base + (lowered ? 1 : 0), ORDER.length - 1)]!;
}
