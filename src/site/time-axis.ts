/**
 * The time axis shared by the visual timeline and the figure charts: whole months from the first
 * to the last date shown, time to scale (a quiet month takes as much room as a busy one).
 * Positions are percentages of the chart's width, so the drawing stretches to any screen while
 * its text keeps its size; month labels thin out on narrow screens (CSS classes below).
 */
import { scaleLinear } from "d3-scale";
import { utcMonth } from "d3-time";
import type { IsoDay } from "../model.ts";
import { epochDay, shortMonthName } from "./dates.ts";
import { pct, tag, text } from "./svg.ts";

/** Room kept free at each end of the axis, in percent, so marks at the ends are not cut. */
const INSET = 2;
/** An axis spans at least this many months, so one article does not fill the whole width. */
const MIN_MONTHS = 3;
/** Height of the axis (ticks, month and year labels) below its line, in pixels. */
export const AXIS_HEIGHT = 34;

export interface MonthSlot {
  /** `YYYY-MM` */
  key: string;
  year: number;
  month: number;
  /** Left and right edges, in percent. */
  start: number;
  end: number;
}

export interface TimeAxis {
  /** Percent across the chart of a day. */
  x(day: IsoDay): number;
  months: MonthSlot[];
}

/** The axis covering every range given, or null when there is none. */
export function timeAxisFor(ranges: readonly { earliest: IsoDay; latest: IsoDay }[]): TimeAxis | null {
  if (ranges.length === 0) return null;
  let first = ranges[0]!.earliest;
  let last = ranges[0]!.latest;
  for (const range of ranges) {
    if (range.earliest < first) first = range.earliest;
    if (range.latest > last) last = range.latest;
  }
  let start = utcMonth.floor(dateOf(first));
  let end = utcMonth.offset(utcMonth.floor(dateOf(last)), 1);
  // Widen a short span on both sides, the later side first.
  for (let side = 0; utcMonth.count(start, end) < MIN_MONTHS; side++) {
    if (side % 2 === 0) end = utcMonth.offset(end, 1);
    else start = utcMonth.offset(start, -1);
  }
  const scale = scaleLinear()
    .domain([start.getTime() / 86_400_000, end.getTime() / 86_400_000])
    .range([INSET, 100 - INSET]);
  const months = utcMonth.range(start, end).map((month): MonthSlot => {
    const next = utcMonth.offset(month, 1);
    return {
      key: month.toISOString().slice(0, 7),
      year: month.getUTCFullYear(),
      month: month.getUTCMonth() + 1,
      start: scale(month.getTime() / 86_400_000),
      end: scale(next.getTime() / 86_400_000),
    };
  });
  return { x: (day) => scale(epochDay(day)), months };
}

/**
 * The axis drawn with its line at `y`: a tick per month, a long tick and a label per year, and
 * month names when they fit (every month on wide screens, quarters on narrow ones).
 */
export function renderTimeAxis(axis: TimeAxis, y: number): string {
  const parts = [tag("line", { class: "axis-line", x1: "0", x2: "100%", y1: y, y2: y })];
  const count = axis.months.length;
  const years = new Set(axis.months.map((m) => m.year)).size;
  const yearStep = Math.max(1, Math.ceil(years / 12));
  for (const [i, slot] of axis.months.entries()) {
    const startsYear = slot.month === 1 || i === 0;
    if (count <= 120 || startsYear) {
      parts.push(tag("line", { class: startsYear ? "axis-tick axis-tick-year" : "axis-tick", x1: pct(slot.start), x2: pct(slot.start), y1: y, y2: y + (startsYear ? 30 : 5) }));
    }
    const quarter = slot.month % 3 === 1;
    if (count <= 24 || (count <= 60 && quarter)) {
      const classes = ["axis-month", quarter ? "axis-quarter" : "", count > 24 ? "axis-wide" : ""].filter(Boolean).join(" ");
      parts.push(tag("text", { class: classes, x: pct(slot.start), dx: 3, y: y + 15 }, text(shortMonthName(slot.month))));
    }
    if (startsYear && (slot.year % yearStep === 0 || i === 0)) {
      // A year starting near the right edge is labelled leftwards, so it is not cut off.
      const nearEnd = slot.start > 92;
      parts.push(tag("text", { class: "axis-year", x: pct(slot.start), dx: nearEnd ? -4 : 4, y: y + 29, "text-anchor": nearEnd ? "end" : "start" }, String(slot.year)));
    }
  }
  return tag("g", { class: "axis" }, parts);
}

function dateOf(day: IsoDay): Date {
  return new Date(epochDay(day) * 86_400_000);
}
