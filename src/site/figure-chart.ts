/**
 * One figure series as an SVG chart on the site's time axis: each report a dot at its article's
 * date (a whisker across the range when the date is estimated), linked to the sentence on the
 * entry page; reports that disagree are drawn as rings. A dense series is drawn per month
 * instead: a bar from the lowest to the highest value reported that month and a dot at the
 * median. The table beside the chart (figures page) carries the same numbers for everyone.
 */
import { scaleLinear } from "d3-scale";
import { describeDate } from "../date/format.ts";
import type { Entry } from "../model.ts";
import { formatMonth } from "./dates.ts";
import type { FigureSeries, SeriesPoint } from "./figure-series.ts";
import { compactNumber, formatNumber } from "./numbers.ts";
import { num, pct, tag, text } from "./svg.ts";
import { AXIS_HEIGHT, renderTimeAxis, type TimeAxis } from "./time-axis.ts";

/** Above this many reports a series is drawn (and tabled) per month. */
export const DENSE_SERIES = 60;
const TOP = 18;
const PLOT_HEIGHT = 150;
/** Value labels only while they have room. */
const MAX_VALUE_LABELS = 12;

export interface MonthSummary<E extends Entry> {
  key: string;
  label: string;
  lowest: SeriesPoint<E>;
  highest: SeriesPoint<E>;
  median: number;
  reports: number;
}

/** Reports grouped by the month of their article's best-estimate date, in order. */
export function summariseByMonth<E extends Entry>(points: readonly SeriesPoint<E>[]): MonthSummary<E>[] {
  const months = new Map<string, SeriesPoint<E>[]>();
  for (const point of points) {
    const key = point.entry.date.date.slice(0, 7);
    const month = months.get(key);
    if (month) month.push(point);
    else months.set(key, [point]);
  }
  return [...months].map(([key, group]) => {
    const sorted = [...group].sort((a, b) => a.figure.value - b.figure.value);
    const middle = sorted.length / 2;
    const median = sorted.length % 2 ? sorted[Math.floor(middle)]!.figure.value : (sorted[middle - 1]!.figure.value + sorted[middle]!.figure.value) / 2;
    return { key, label: formatMonth(Number(key.slice(0, 4)), Number(key.slice(5, 7))), lowest: sorted[0]!, highest: sorted.at(-1)!, median, reports: group.length };
  });
}

/**
 * The chart: value labels in a narrow SVG of their own on the left (so that no point at the start
 * of the axis sits on them), the plot beside it, both in a `<div class="figure-chart">`.
 */
export function figureChart<E extends Entry>(series: FigureSeries<E>, axis: TimeAxis): string {
  const most = Math.max(...series.points.map((p) => p.figure.value));
  const y = scaleLinear().domain([0, most > 0 ? most : 1]).nice(4).range([TOP + PLOT_HEIGHT, TOP]);
  const ticks = y.ticks(4);
  const grid = ticks.map((tick) => tag("line", { class: "fig-grid", x1: "0", x2: "100%", y1: num(y(tick)), y2: num(y(tick)) }));
  const labels = ticks.map((tick) => tag("text", { class: "fig-tick", x: "100%", dx: -6, y: num(y(tick) + 4), "text-anchor": "end" }, text(compactNumber(tick))));
  const marks = series.points.length > DENSE_SERIES ? drawMonths(summariseByMonth(series.points), axis, y) : drawPoints(series.points, axis, y);
  const height = TOP + PLOT_HEIGHT + AXIS_HEIGHT;
  return tag("div", { class: "figure-chart" }, [
    tag("svg", { class: "chart fig-values", width: "100%", height, "aria-hidden": "true" }, labels),
    tag("svg", { class: "chart fig-plot", width: "100%", height, "aria-hidden": "true" }, [...grid, ...marks, renderTimeAxis(axis, TOP + PLOT_HEIGHT)]),
  ]);
}

function pointLink<E extends Entry>(point: SeriesPoint<E>): string {
  return `${point.entry.url}#${point.anchor}`;
}

function drawPoints<E extends Entry>(points: readonly SeriesPoint<E>[], axis: TimeAxis, y: (value: number) => number): string[] {
  const lines: string[] = [];
  const dots: string[] = [];
  const labels: string[] = [];
  let lastLabel: { x: number; y: number } | undefined;
  points.forEach((point, i) => {
    const x = axis.x(point.entry.date.date);
    const cy = y(point.figure.value);
    const previous = points[i - 1];
    if (previous) {
      lines.push(tag("line", { class: "fig-line", x1: pct(axis.x(previous.entry.date.date)), y1: num(y(previous.figure.value)), x2: pct(x), y2: num(cy) }));
    }
    const { earliest, latest } = point.entry.date.range;
    if (earliest !== latest) {
      lines.push(tag("line", { class: "fig-range", x1: pct(axis.x(earliest)), x2: pct(axis.x(latest)), y1: num(cy), y2: num(cy) }));
    }
    const disputed = point.disagreements.length > 0;
    const note = point.disagreements.map((d) => `; ${d.relation} “${d.figure.text}” (${describeDate(d.entry.date)})`).join("");
    dots.push(
      tag("a", { href: pointLink(point), tabindex: "-1" }, [
        tag("title", {}, text(`${point.figure.text}, ${describeDate(point.entry.date)}${note}`)),
        tag("circle", { class: disputed ? "fig-dot fig-disputed" : "fig-dot", cx: pct(x), cy: num(cy), r: disputed ? 6 : 4.5 }),
      ]),
    );
    // A label that would sit on the previous one is left out; the table has every value.
    if (points.length <= MAX_VALUE_LABELS && !(lastLabel && Math.abs(lastLabel.x - x) < 7 && Math.abs(lastLabel.y - cy) < 16)) {
      labels.push(tag("text", { class: "fig-value", x: pct(x), y: num(cy - 10), "text-anchor": "middle" }, text(formatNumber(point.figure.value))));
      lastLabel = { x, y: cy };
    }
  });
  return [...lines, ...dots, ...labels];
}

function drawMonths<E extends Entry>(months: readonly MonthSummary<E>[], axis: TimeAxis, y: (value: number) => number): string[] {
  const slots = new Map(axis.months.map((slot) => [slot.key, slot]));
  return months.flatMap((month) => {
    const slot = slots.get(month.key);
    if (!slot) return [];
    const width = (slot.end - slot.start) * 0.6;
    const x = slot.start + (slot.end - slot.start) * 0.2;
    const top = y(month.highest.figure.value);
    const bottom = y(month.lowest.figure.value);
    return [
      tag("a", { href: pointLink(month.highest), tabindex: "-1" }, [
        tag("title", {}, text(`${month.label}: ${month.reports} reports, ${formatNumber(month.lowest.figure.value)} to ${formatNumber(month.highest.figure.value)}`)),
        tag("rect", { class: "fig-span", x: pct(x), width: pct(width), y: num(top), height: num(Math.max(bottom - top, 2)) }),
        tag("circle", { class: "fig-dot", cx: pct((slot.start + slot.end) / 2), cy: num(y(month.median)), r: 3 }),
      ]),
    ];
  });
}
