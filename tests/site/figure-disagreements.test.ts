/**
 * The disagreements of a figure series against a plain reference that compares every pair of
 * reports: the notes on each point, the disputes listed and their count must be exactly its own,
 * in the same order, however the reports' dates and values fall.
 */
import fc from "fast-check";
import { expect, test } from "vitest";
import type { Entry } from "../../src/model.ts";
import { groupFigureSeries, type Disagreement, type Dispute, type SeriesPoint } from "../../src/site/figure-series.ts";
import { makeEntry } from "../support/entries.ts";

const day = (n: number) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10);

type Point = SeriesPoint<Entry>;
const ref = (point: Point) => ({ entry: point.entry, figure: point.figure, anchor: point.anchor });
const byDateThenValue = (a: Point, b: Point) => (a.entry.date.date < b.entry.date.date ? -1 : a.entry.date.date > b.entry.date.date ? 1 : 0) || a.figure.value - b.figure.value;
const differ = (a: number, b: number) => Math.abs(a - b) > 0.05 * Math.max(Math.abs(a), Math.abs(b));

/** Every pair of overlapping reports compared, in the order of the site's rules. */
function reference(points: readonly Point[], cumulative: boolean) {
  const notes = new Map<Point, Disagreement<Entry>[]>(points.map((point) => [point, []]));
  const disputes: Dispute<Entry>[] = [];
  let count = 0;
  const record = (first: Point, second: Point, kind: Dispute<Entry>["kind"]) => {
    const firstNotes = notes.get(first)!;
    const secondNotes = notes.get(second)!;
    if (firstNotes.length < 3) firstNotes.push({ relation: kind === "falls" ? "higher than" : "differs from", ...ref(second) });
    if (secondNotes.length < 3) secondNotes.push({ relation: kind === "falls" ? "lower than" : "differs from", ...ref(first) });
    if (disputes.length < 20) disputes.push({ kind, first: ref(first), second: ref(second) });
    count++;
  };
  const swept = [...points].sort((a, b) => (a.entry.date.range.earliest < b.entry.date.range.earliest ? -1 : a.entry.date.range.earliest > b.entry.date.range.earliest ? 1 : 0));
  swept.forEach((point, i) => {
    for (const other of swept.slice(0, i)) {
      if (other.entry.date.range.latest < point.entry.date.range.earliest || other.entry.id === point.entry.id || !differ(other.figure.value, point.figure.value)) continue;
      const [first, second] = byDateThenValue(other, point) <= 0 ? [other, point] : [point, other];
      record(first, second, "differs");
    }
  });
  let highest: Point | undefined;
  for (const point of cumulative ? points : []) {
    if (highest && highest.entry.date.range.latest < point.entry.date.range.earliest && point.figure.value < highest.figure.value && differ(point.figure.value, highest.figure.value)) record(highest, point, "falls");
    if (!highest || point.figure.value > highest.figure.value) highest = point;
  }
  return { notes: points.map((point) => notes.get(point)), disputes, count };
}

const report = fc.record({
  start: fc.integer({ min: 0, max: 40 }),
  before: fc.integer({ min: 0, max: 3 }),
  after: fc.integer({ min: 0, max: 10 }),
  values: fc.array(fc.oneof(fc.integer({ min: 90, max: 130 }), fc.constantFrom(100, 95, 105)), { minLength: 1, maxLength: 3 }),
  counts: fc.constantFrom("hostages still held", "people killed"),
});

test("notes, disputes and counts match a comparison of every pair", () => {
  fc.assert(
    fc.property(fc.array(report, { minLength: 2, maxLength: 50 }), (drawn) => {
      const entries = drawn
        .map(({ start, before, after, values, counts }, i) =>
          makeEntry(`e${String(i).padStart(2, "0")}`, {
            date: { date: day(start), precision: before + after > 0 ? "week" : "day", range: { earliest: day(start - before), latest: day(start + after) } },
            figures: values.map((value) => ({ value, text: `${value} ${counts}`, counts, sentence: `${value} ${counts}.` })),
          }),
        )
        .sort((a, b) => (a.date.date < b.date.date ? -1 : a.date.date > b.date.date ? 1 : 0) || (a.id < b.id ? -1 : 1));
      for (const series of groupFigureSeries(entries)) {
        const expected = reference(series.points, series.kind === "cumulative");
        expect(series.points.map((point) => point.disagreements)).toEqual(expected.notes);
        expect(series.disputes).toEqual(expected.disputes);
        expect(series.disputeCount).toBe(expected.count);
      }
    }),
    { numRuns: 300 },
  );
});
