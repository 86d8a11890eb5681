/**
 * The visual timeline: every entry on one time axis (gaps to scale), drawn as SVG at build time.
 * With few entries each is a mark linked to its page: a dot at the best-estimate day, filled
 * when the day is known, hollow when estimated, over a bar for the range the day could fall in;
 * marks that would collide go to the next lane. When there are too many for that, the chart
 * counts entries per month instead (exactly dated and estimated stacked), each bar linked to that
 * month in the list. The SVG is decoration for pointer users: the list of entries (and, when
 * counted, the table of months) carries the same information for everyone.
 */
import type { Entry } from "../model.ts";
import { describeDate } from "../date/format.ts";
import { formatMonth } from "./dates.ts";
import { formatNumber } from "./numbers.ts";
import { num, pct, tag, text } from "./svg.ts";
import { AXIS_HEIGHT, renderTimeAxis, timeAxisFor, type TimeAxis } from "./time-axis.ts";

type ChartEntry = Pick<Entry, "url" | "title" | "date">;

export interface TimelineChartOptions {
  /** Where a month's bar links to, e.g. `/#month-2024-05`. */
  hrefForMonth(key: string): string;
  /** Above this many entries the chart counts per month. */
  maxMarks?: number;
  /** Above this many lanes of marks the chart counts per month. */
  maxLanes?: number;
}

export interface MonthCount {
  /** `YYYY-MM` */
  key: string;
  label: string;
  href: string;
  /** Entries whose best estimate falls in the month. */
  count: number;
  /** Of those, how many have an estimated date (a range, not one day). */
  estimated: number;
}

export interface TimelineChart {
  /** The `<svg>` element, or "" for no entries. */
  svg: string;
  mode: "marks" | "months";
  /** Per-month counts (every month on the axis, empty ones included), in order. */
  months: MonthCount[];
}

const DEFAULT_MAX_MARKS = 100;
const DEFAULT_MAX_LANES = 6;
/** Room one mark needs on a lane, in percent of the width (a dot is ~10 px on a 390 px phone). */
const MARK_ROOM = 3;
const LANE_HEIGHT = 18;
const BAR_HEIGHT = 72;
const TOP = 8;

export function timelineChart(entries: readonly ChartEntry[], options: TimelineChartOptions): TimelineChart {
  const axis = timeAxisFor(entries.map((entry) => entry.date.range));
  if (!axis) return { svg: "", mode: "marks", months: [] };
  const months = countByMonth(entries, axis, options);
  const lanes = entries.length <= (options.maxMarks ?? DEFAULT_MAX_MARKS) ? assignLanes(entries, axis, options.maxLanes ?? DEFAULT_MAX_LANES) : null;
  if (lanes) return { svg: drawMarks(entries, lanes, axis), mode: "marks", months };
  return { svg: drawMonths(months, axis), mode: "months", months };
}

const isEstimate = (entry: ChartEntry) => entry.date.range.earliest !== entry.date.range.latest;

function countByMonth(entries: readonly ChartEntry[], axis: TimeAxis, options: TimelineChartOptions): MonthCount[] {
  const counts = new Map(axis.months.map((slot) => [slot.key, { count: 0, estimated: 0 }]));
  for (const entry of entries) {
    const month = counts.get(entry.date.date.slice(0, 7));
    if (!month) continue;
    month.count++;
    if (isEstimate(entry)) month.estimated++;
  }
  return axis.months.map((slot) => ({
    key: slot.key,
    label: formatMonth(slot.year, slot.month),
    href: options.hrefForMonth(slot.key),
    ...counts.get(slot.key)!,
  }));
}

/** Lane of each entry (greedy, in the order given), or null when more than `maxLanes` are needed. */
function assignLanes(entries: readonly ChartEntry[], axis: TimeAxis, maxLanes: number): number[] | null {
  const laneEnds: number[] = [];
  const lanes: number[] = [];
  const spans = entries
    .map((entry, index) => ({ index, ...span(entry, axis) }))
    .sort((a, b) => a.from - b.from || a.index - b.index);
  for (const { index, from, to } of spans) {
    let lane = laneEnds.findIndex((end) => end <= from);
    if (lane === -1) {
      if (laneEnds.length === maxLanes) return null;
      lane = laneEnds.length;
    }
    laneEnds[lane] = to;
    lanes[index] = lane;
  }
  return lanes;
}

function span(entry: ChartEntry, axis: TimeAxis): { from: number; to: number } {
  const day = axis.x(entry.date.date);
  return {
    from: Math.min(axis.x(entry.date.range.earliest), day - MARK_ROOM / 2),
    to: Math.max(axis.x(entry.date.range.latest), day + MARK_ROOM / 2),
  };
}

function svgRoot(height: number, className: string, children: string[]): string {
  return tag("svg", { class: `chart ${className}`, width: "100%", height, "aria-hidden": "true" }, children);
}

function drawMarks(entries: readonly ChartEntry[], lanes: readonly number[], axis: TimeAxis): string {
  const laneCount = Math.max(...lanes) + 1;
  const axisY = TOP + laneCount * LANE_HEIGHT;
  const marks = entries.map((entry, i) => {
    const y = TOP + lanes[i]! * LANE_HEIGHT + LANE_HEIGHT / 2;
    const { earliest, latest } = entry.date.range;
    const estimate = isEstimate(entry);
    const from = axis.x(earliest);
    const to = axis.x(latest);
    return tag("a", { href: entry.url, tabindex: "-1" }, [
      tag("title", {}, text(`${entry.title} (${describeDate(entry.date)})`)),
      estimate ? tag("rect", { class: "tl-range", x: pct(from), width: pct(Math.max(to - from, 0.3)), y: y - 3, height: 6, rx: 3 }) : "",
      tag("circle", { class: estimate ? "tl-dot tl-estimate" : "tl-dot", cx: pct(axis.x(entry.date.date)), cy: y, r: 5 }),
    ]);
  });
  return svgRoot(axisY + AXIS_HEIGHT, "timeline-chart", [...marks, renderTimeAxis(axis, axisY)]);
}

function drawMonths(months: readonly MonthCount[], axis: TimeAxis): string {
  const most = Math.max(1, ...months.map((m) => m.count));
  const axisY = TOP + BAR_HEIGHT;
  const height = (count: number) => (count === 0 ? 0 : Math.max(2, (count / most) * BAR_HEIGHT));
  const bars = months.flatMap((month, i) => {
    if (month.count === 0) return [];
    const slot = axis.months[i]!;
    const width = (slot.end - slot.start) * 0.8;
    const x = slot.start + (slot.end - slot.start) * 0.1;
    const total = height(month.count);
    const estimated = total * (month.estimated / month.count);
    const exact = total - estimated;
    const estimatedText = month.estimated ? `, ${formatNumber(month.estimated)} with an estimated date` : "";
    return [
      tag("a", { href: month.href, tabindex: "-1" }, [
        tag("title", {}, text(`${month.label}: ${formatNumber(month.count)} ${month.count === 1 ? "article" : "articles"}${estimatedText}`)),
        exact > 0 ? tag("rect", { class: "tl-bar", x: pct(x), width: pct(width), y: num(axisY - exact), height: num(exact) }) : "",
        estimated > 0 ? tag("rect", { class: "tl-bar tl-estimate", x: pct(x), width: pct(width), y: num(axisY - total), height: num(estimated) }) : "",
      ]),
    ];
  });
  return svgRoot(axisY + AXIS_HEIGHT, "timeline-chart", [...bars, renderTimeAxis(axis, axisY)]);
}
