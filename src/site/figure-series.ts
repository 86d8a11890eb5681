/**
 * Figures that count the same thing across articles, grouped into series charted against the
 * article date: "hostages still held" 135 → 120, "people killed" 1,400 → 1,200. A series needs
 * figures from at least two articles. Where sources disagree the points say so: two different
 * values for dates that may be the same, or, for a count that only grows (killed, taken), a later
 * report lower than an earlier one. Linear in the number of figures: grouping is by key, and the
 * checks walk each series once in date order.
 */
import type { ArticleDate, Entry, Figure } from "../model.ts";
import { normaliseCount, type CountKind } from "./count-phrase.ts";
import { assignSlugs } from "./slugs.ts";

/** Values closer than this (relative) are the same report rounded differently, not a disagreement. */
const TOLERANCE = 0.05;
/** Disagreements kept in words, per report and per series; the counts stay exact. */
const MAX_NOTES_PER_POINT = 3;
const MAX_DISPUTES = 20;

/** Another report, as a disagreement names it. */
export interface ReportRef {
  text: string;
  date: ArticleDate;
  /** The figure's sentence on its entry page. */
  url: string;
}

export interface Disagreement {
  /** How this report stands to the other one. */
  relation: "differs from" | "lower than" | "higher than";
  other: ReportRef;
}

export interface Dispute {
  /** "falls": a later report of a count that only grows is lower; "differs": reports of about the same time differ. */
  kind: "falls" | "differs";
  first: ReportRef;
  second: ReportRef;
}

export interface SeriesPoint<E extends Entry> {
  figure: Figure;
  entry: E;
  /** Anchor of the figure on its entry page: `figure-3`. */
  anchor: string;
  /** Reports this one disagrees with (the first few); empty when it agrees with all. */
  disagreements: Disagreement[];
}

export interface FigureSeries<E extends Entry> {
  key: string;
  /** "hostages still held" */
  label: string;
  slug: string;
  kind: CountKind;
  /** In date order (best estimate, then value). */
  points: SeriesPoint<E>[];
  /** Disagreements between two reports (the first few; empty when they all agree). */
  disputes: Dispute[];
  /** How many disagreements there are in all. */
  disputeCount: number;
}

/** Anchor of the n-th figure (0-based) of an entry on its page. */
export function figureAnchor(index: number): string {
  return `figure-${index + 1}`;
}

export function groupFigureSeries<E extends Entry>(entries: readonly E[]): FigureSeries<E>[] {
  const groups = new Map<string, { label: string; kind: CountKind; points: SeriesPoint<E>[] }>();
  for (const entry of entries) {
    entry.figures.forEach((figure, index) => {
      const phrase = normaliseCount(figure.counts);
      if (!phrase) return;
      let group = groups.get(phrase.key);
      if (!group) groups.set(phrase.key, (group = { label: phrase.label, kind: phrase.kind, points: [] }));
      group.points.push({ figure, entry, anchor: figureAnchor(index), disagreements: [] });
    });
  }
  const kept = [...groups].filter(([, group]) => new Set(group.points.map((p) => p.entry.id)).size >= 2);
  const slugs = assignSlugs(kept.map(([, group]) => group.label));
  return kept
    .map(([key, group]): FigureSeries<E> => {
      const points = [...group.points].sort(byDateThenValue);
      const { disputes, count } = markDisagreements(points, group.kind);
      return { key, label: group.label, slug: slugs.get(group.label)!, kind: group.kind, points, disputes, disputeCount: count };
    })
    .sort((a, b) => b.points.length - a.points.length || compareText(a.label, b.label));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byDateThenValue<E extends Entry>(a: SeriesPoint<E>, b: SeriesPoint<E>): number {
  return compareText(a.entry.date.date, b.entry.date.date) || a.figure.value - b.figure.value;
}

const differ = (a: number, b: number) => Math.abs(a - b) > TOLERANCE * Math.max(Math.abs(a), Math.abs(b));

function refOf<E extends Entry>(point: SeriesPoint<E>): ReportRef {
  return { text: point.figure.text, date: point.entry.date, url: `${point.entry.url}#${point.anchor}` };
}

/** Notes the disagreeing points; returns the first disagreements and how many there are. */
function markDisagreements<E extends Entry>(points: readonly SeriesPoint<E>[], kind: CountKind): { disputes: Dispute[]; count: number } {
  const disputes: Dispute[] = [];
  let count = 0;
  const note = (point: SeriesPoint<E>, relation: Disagreement["relation"], other: SeriesPoint<E>) => {
    if (point.disagreements.length < MAX_NOTES_PER_POINT) point.disagreements.push({ relation, other: refOf(other) });
  };
  const record = (first: SeriesPoint<E>, second: SeriesPoint<E>, dispute: Dispute["kind"]) => {
    note(first, dispute === "falls" ? "higher than" : "differs from", second);
    note(second, dispute === "falls" ? "lower than" : "differs from", first);
    if (disputes.length < MAX_DISPUTES) disputes.push({ kind: dispute, first: refOf(first), second: refOf(second) });
    count++;
  };
  // Reports whose date ranges overlap may describe the same moment: their values should agree.
  // Swept in order of earliest day; `open` holds the earlier reports whose range reaches this one.
  let open: SeriesPoint<E>[] = [];
  for (const point of [...points].sort((a, b) => compareText(a.entry.date.range.earliest, b.entry.date.range.earliest))) {
    open = open.filter((other) => other.entry.date.range.latest >= point.entry.date.range.earliest);
    for (const other of open) {
      if (other.entry.id === point.entry.id || !differ(other.figure.value, point.figure.value)) continue;
      const [first, second] = byDateThenValue(other, point) <= 0 ? [other, point] : [point, other];
      record(first, second, "differs");
    }
    open.push(point);
  }
  if (kind !== "cumulative") return { disputes, count };
  // A count that only grows cannot fall: a later report lower than the highest before it disagrees.
  let highest: SeriesPoint<E> | undefined;
  for (const point of points) {
    if (highest && highest.entry.date.range.latest < point.entry.date.range.earliest && point.figure.value < highest.figure.value && differ(point.figure.value, highest.figure.value)) {
      record(highest, point, "falls");
    }
    if (!highest || point.figure.value > highest.figure.value) highest = point;
  }
  return { disputes, count };
}
