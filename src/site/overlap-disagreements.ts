/**
 * Reports of one figure whose date ranges overlap may describe the same moment, so their values
 * should agree. This finds the pairs that do not, in a sweep by earliest day: the reports still
 * "open" (whose range reaches the current one) are indexed by the rank of their value, so the
 * disagreeing ones are counted, and the first few listed, without visiting each open report; the
 * cost grows as n log n, not with the number of overlapping pairs (millions at 10,000 articles).
 *
 * The counts and lists are exactly those of the plain sweep (`plainSweep`, which compares each
 * report with every open one): pairs in the order that sweep meets them, each report's notes in
 * the order it gets them. That rests on one property of `differ`: the values agreeing with a value
 * form one run of the sorted distinct values (values of the other sign always differ; on each side
 * the gap grows faster than 5 % of the larger value, and rounding cannot undo that for two distinct
 * doubles). It holds for finite values of ordinary size; with any other value the plain sweep runs.
 */
import { RankCounts, RankSlots } from "./rank-tree.ts";

/** Values closer than this (relative) are the same report rounded differently, not a disagreement. */
const TOLERANCE = 0.05;

export const differ = (a: number, b: number): boolean => Math.abs(a - b) > TOLERANCE * Math.max(Math.abs(a), Math.abs(b));

export interface SweepReport {
  earliest: string;
  latest: string;
  value: number;
  /** Reports with the same source (one article) never disagree with each other. */
  source: string;
}

export interface OverlapDisagreements {
  /** How many pairs disagree. */
  count: number;
  /** The first pairs, as [open report, current report] indexes. */
  pairs: [number, number][];
  /** Per report, the first reports it disagrees with. */
  notes: number[][];
}

export interface Limits {
  pairs: number;
  notes: number;
}

/** `reports` must be in sweep order: by earliest day. */
export function overlapDisagreements(reports: readonly SweepReport[], limits: Limits): OverlapDisagreements {
  return reports.every((report) => isOrdinary(report.value)) ? rankedSweep(reports, limits) : plainSweep(reports, limits);
}

/** Finite and far from overflow and underflow, where rounding cannot break the run property. */
function isOrdinary(value: number): boolean {
  const size = Math.abs(value);
  return size === 0 || (size >= 1e-290 && size <= 1e290);
}

/** The reference sweep: each report against every open one. */
export function plainSweep(reports: readonly SweepReport[], limits: Limits): OverlapDisagreements {
  const result: OverlapDisagreements = { count: 0, pairs: [], notes: reports.map(() => []) };
  let open: number[] = [];
  reports.forEach((report, current) => {
    open = open.filter((other) => reports[other]!.latest >= report.earliest);
    for (const other of open) {
      if (reports[other]!.source === report.source || !differ(reports[other]!.value, report.value)) continue;
      note(result, limits, other, current);
      note(result, limits, current, other);
      if (result.pairs.length < limits.pairs) result.pairs.push([other, current]);
      result.count++;
    }
    open.push(current);
  });
  return result;
}

function note(result: OverlapDisagreements, limits: Limits, report: number, other: number): void {
  const notes = result.notes[report]!;
  if (notes.length < limits.notes) notes.push(other);
}

const NOT_YET_OPEN = 0;
const OPEN = 1;
const CLOSED = 2;

function rankedSweep(reports: readonly SweepReport[], limits: Limits): OverlapDisagreements {
  const result: OverlapDisagreements = { count: 0, pairs: [], notes: reports.map(() => []) };
  const values = [...new Set(reports.map((report) => report.value))].sort((a, b) => a - b);
  const rankOf = new Map(values.map((value, rank) => [value, rank]));
  const agreeing = values.map((value, rank) => agreeingRun(values, rank, value));
  const ranks = reports.map((report) => rankOf.get(report.value)!);
  // Reports leave the sweep in order of their latest day, once the sweep has passed it.
  const byLatest = reports.map((_, i) => i).sort((a, b) => (reports[a]!.latest < reports[b]!.latest ? -1 : reports[a]!.latest > reports[b]!.latest ? 1 : 0));
  const state = new Uint8Array(reports.length).fill(NOT_YET_OPEN);
  const openCounts = new RankCounts(values.length);
  const open = new RankSlots(reports.length);
  // Open reports that still take notes (fewer than the limit).
  const listening = new RankSlots(reports.length);
  const openBySource = new Map<string, number[]>();
  let openTotal = 0;
  let closing = 0;

  reports.forEach((report, current) => {
    for (; closing < byLatest.length && reports[byLatest[closing]!]!.latest < report.earliest; closing++) {
      const leaving = byLatest[closing]!;
      if (state[leaving] === OPEN) {
        open.clear(leaving);
        listening.clear(leaving);
        openCounts.add(ranks[leaving]!, -1);
        openTotal--;
      }
      state[leaving] = CLOSED;
    }
    const [low, high] = agreeing[ranks[current]!]!;
    // The index counts the open reports of this report's source too, but those never disagree with it.
    const sameSource = (openBySource.get(report.source) ?? []).filter((other) => state[other] === OPEN);
    let sameSourceDiffering = 0;
    for (const other of sameSource) if (ranks[other]! < low || ranks[other]! > high) sameSourceDiffering++;
    result.count += openTotal - openCounts.between(low, high) - sameSourceDiffering;

    // This report's own notes, and the first pairs: the disagreeing open reports in sweep order.
    const notes = result.notes[current]!;
    for (let other = open.nextOutside(0, low, high); other !== -1; other = open.nextOutside(other + 1, low, high)) {
      if (notes.length >= limits.notes && result.pairs.length >= limits.pairs) break;
      if (reports[other]!.source === report.source) continue;
      if (notes.length < limits.notes) notes.push(other);
      if (result.pairs.length < limits.pairs) result.pairs.push([other, current]);
    }
    // A note on every earlier open report that disagrees and still takes notes.
    for (let other = listening.nextOutside(0, low, high); other !== -1; other = listening.nextOutside(other + 1, low, high)) {
      if (reports[other]!.source === report.source) continue;
      const otherNotes = result.notes[other]!;
      otherNotes.push(current);
      if (otherNotes.length >= limits.notes) listening.clear(other);
    }

    if (state[current] === CLOSED) return; // its range ends before it starts: it overlaps nothing later
    state[current] = OPEN;
    open.set(current, ranks[current]!);
    if (notes.length < limits.notes) listening.set(current, ranks[current]!);
    openCounts.add(ranks[current]!, 1);
    openTotal++;
    openBySource.set(report.source, [...sameSource, current]);
  });
  return result;
}

/**
 * The ranks [low, high] of the sorted distinct `values` that agree with values[rank]: one run
 * around it, found by halving on each side.
 */
function agreeingRun(values: readonly number[], rank: number, value: number): [number, number] {
  let below = 0;
  let at = rank;
  while (below < at) {
    const middle = (below + at) >> 1;
    if (differ(values[middle]!, value)) below = middle + 1;
    else at = middle;
  }
  let top = values.length - 1;
  let from = rank;
  while (from < top) {
    const middle = (from + top + 1) >> 1;
    if (differ(values[middle]!, value)) top = middle - 1;
    else from = middle;
  }
  return [below, from];
}
