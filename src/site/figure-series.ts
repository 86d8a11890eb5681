/**
 * Figures that count the same thing across articles, grouped into series charted against the
 * article date: "hostages still held" 135 → 120, "people killed" 1,400 → 1,200. A series needs
 * figures from at least two articles. Where sources disagree the points say so: two different
 * values for dates that may be the same, or, for a count that only grows (killed, taken), a later
 * report lower than an earlier one. Grouping is by key; the checks sweep each series once in date
 * order (src/site/overlap-disagreements.ts indexes the overlapping reports rather than comparing
 * each with all).
 */
import type { Entry, Figure } from "../model.ts";
import { compareCodeUnits } from "../text/compare.ts";
import { normaliseCount, type CountKind, type CountPhrase } from "./count-phrase.ts";
import { differ, overlapDisagreements } from "./overlap-disagreements.ts";
import { ALL_FIGURES_SLUG } from "./pages.ts";
import { assignSlugs } from "./slugs.ts";

/** Disagreements kept in words, per report and per series; the counts stay exact. */
const MAX_NOTES_PER_POINT = 3;
const MAX_DISPUTES = 20;

/**
 * Another report, as a disagreement names it: its entry, the figure (one of that entry's) and the
 * figure's anchor on the entry page. The entry itself rather than copies of its URL and date:
 * nothing to copy however many reports name it. (A page's fingerprint leaves disagreements out:
 * they follow from the series' points, src/site/fingerprints.ts.)
 */
export interface ReportRef<E extends Entry> {
  entry: E;
  figure: Figure;
  anchor: string;
}

/** A report this one disagrees with, and how this one stands to it. */
export interface Disagreement<E extends Entry> extends ReportRef<E> {
  relation: "differs from" | "lower than" | "higher than";
}

export interface Dispute<E extends Entry> {
  /** "falls": a later report of a count that only grows is lower; "differs": reports of about the same time differ. */
  kind: "falls" | "differs";
  first: ReportRef<E>;
  second: ReportRef<E>;
}

export interface SeriesPoint<E extends Entry> {
  figure: Figure;
  entry: E;
  /** Anchor of the figure on its entry page: `figure-3`. */
  anchor: string;
  /** Reports this one disagrees with (the first few); empty when it agrees with all. */
  disagreements: Disagreement<E>[];
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
  disputes: Dispute<E>[];
  /** How many disagreements there are in all. */
  disputeCount: number;
}

/** Anchor of the n-th figure (0-based) of an entry on its page. */
export function figureAnchor(index: number): string {
  return `figure-${index + 1}`;
}

export function groupFigureSeries<E extends Entry>(entries: readonly E[]): FigureSeries<E>[] {
  const groups = new Map<string, { label: string; kind: CountKind; points: SeriesPoint<E>[] }>();
  // The same few phrases recur across thousands of articles: each is normalised once.
  const phrases = new Map<string, CountPhrase | null>();
  const phraseOf = (counts: string) => {
    let phrase = phrases.get(counts);
    if (phrase === undefined) phrases.set(counts, (phrase = normaliseCount(counts)));
    return phrase;
  };
  for (const entry of entries) {
    entry.figures.forEach((figure, index) => {
      const phrase = phraseOf(figure.counts);
      if (!phrase) return;
      let group = groups.get(phrase.key);
      if (!group) groups.set(phrase.key, (group = { label: phrase.label, kind: phrase.kind, points: [] }));
      group.points.push({ figure, entry, anchor: figureAnchor(index), disagreements: [] });
    });
  }
  const kept = [...groups].filter(([, group]) => group.points.some((point) => point.entry.id !== group.points[0]!.entry.id));
  // Each series has a page `/figures/<slug>/`, beside `/figures/all/`.
  const slugs = assignSlugs(kept.map(([, group]) => group.label), [ALL_FIGURES_SLUG]);
  return kept
    .map(([key, group]): FigureSeries<E> => {
      const points = [...group.points].sort(byDateThenValue);
      const { disputes, count } = markDisagreements(points, group.kind);
      return { key, label: group.label, slug: slugs.get(group.label)!, kind: group.kind, points, disputes, disputeCount: count };
    })
    .sort((a, b) => b.points.length - a.points.length || compareCodeUnits(a.label, b.label));
}

function byDateThenValue<E extends Entry>(a: SeriesPoint<E>, b: SeriesPoint<E>): number {
  return compareCodeUnits(a.entry.date.date, b.entry.date.date) || a.figure.value - b.figure.value;
}

function refOf<E extends Entry>(point: SeriesPoint<E>): ReportRef<E> {
  return { entry: point.entry, figure: point.figure, anchor: point.anchor };
}

/** Notes the disagreeing points; returns the first disagreements and how many there are. */
function markDisagreements<E extends Entry>(points: readonly SeriesPoint<E>[], kind: CountKind): { disputes: Dispute<E>[]; count: number } {
  const disputes: Dispute<E>[] = [];
  const note = (point: SeriesPoint<E>, relation: Disagreement<E>["relation"], other: SeriesPoint<E>) => {
    if (point.disagreements.length < MAX_NOTES_PER_POINT) point.disagreements.push({ relation, ...refOf(other) });
  };
  const addDispute = (first: SeriesPoint<E>, second: SeriesPoint<E>, dispute: Dispute<E>["kind"]) => {
    if (disputes.length < MAX_DISPUTES) disputes.push({ kind: dispute, first: refOf(first), second: refOf(second) });
  };
  // Reports whose date ranges overlap may describe the same moment: their values should agree.
  const swept = [...points].sort((a, b) => compareCodeUnits(a.entry.date.range.earliest, b.entry.date.range.earliest));
  const overlaps = overlapDisagreements(
    swept.map((point) => ({ earliest: point.entry.date.range.earliest, latest: point.entry.date.range.latest, value: point.figure.value, source: point.entry.id })),
    { pairs: MAX_DISPUTES, notes: MAX_NOTES_PER_POINT },
  );
  swept.forEach((point, i) => {
    for (const other of overlaps.notes[i]!) note(point, "differs from", swept[other]!);
  });
  for (const [open, current] of overlaps.pairs) {
    const [first, second] = byDateThenValue(swept[open]!, swept[current]!) <= 0 ? [swept[open]!, swept[current]!] : [swept[current]!, swept[open]!];
    addDispute(first, second, "differs");
  }
  let count = overlaps.count;
  if (kind !== "cumulative") return { disputes, count };
  // A count that only grows cannot fall: a later report lower than the highest before it disagrees.
  let highest: SeriesPoint<E> | undefined;
  for (const point of points) {
    if (highest && highest.entry.date.range.latest < point.entry.date.range.earliest && point.figure.value < highest.figure.value && differ(point.figure.value, highest.figure.value)) {
      note(highest, "higher than", point);
      note(point, "lower than", highest);
      addDispute(highest, point, "falls");
      count++;
    }
    if (!highest || point.figure.value > highest.figure.value) highest = point;
  }
  return { disputes, count };
}
