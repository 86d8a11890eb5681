import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { differ, overlapDisagreements, plainSweep, type SweepReport } from "../../src/site/overlap-disagreements.ts";
import { RankCounts, RankSlots } from "../../src/site/rank-tree.ts";

const day = (n: number) => `2024-01-${String(n + 1).padStart(2, "0")}`;

/** Reports in sweep order (by earliest day), some with a range that ends before it starts. */
const reports = (values: fc.Arbitrary<number>) =>
  fc
    .array(
      fc.record({ start: fc.integer({ min: 0, max: 20 }), length: fc.integer({ min: -2, max: 8 }), value: values, source: fc.constantFrom("a", "b", "c", "d", "e") }),
      { maxLength: 60 },
    )
    .map((drawn) =>
      drawn
        .map(({ start, length, value, source }): SweepReport => ({ earliest: day(start), latest: day(Math.max(0, start + length)), value, source }))
        .sort((a, b) => (a.earliest < b.earliest ? -1 : a.earliest > b.earliest ? 1 : 0)),
    );

/** Values close to one another, so that many pairs sit near the 5 % line. */
const nearValues = fc.oneof(
  fc.constantFrom(0, -0, 95, 100, 105, 105.3, 94.9, 95.24, 1e-9, -100, 1400, 1330, 1470),
  fc.integer({ min: 90, max: 110 }),
  fc.double({ min: -2000, max: 2000, noNaN: true }),
);
const limits = fc.record({ pairs: fc.integer({ min: 0, max: 25 }), notes: fc.integer({ min: 0, max: 4 }) });

describe("overlapDisagreements", () => {
  test("finds exactly what comparing every overlapping pair finds, in the same order", () => {
    fc.assert(
      fc.property(reports(nearValues), limits, (swept, limit) => {
        expect(overlapDisagreements(swept, limit)).toEqual(plainSweep(swept, limit));
      }),
      { numRuns: 400 },
    );
  });

  test("values beyond the ordinary range (NaN, infinities, extremes) give the same answer too", () => {
    const odd = fc.oneof(nearValues, fc.constantFrom(Number.NaN, Infinity, -Infinity, 1e300, 5e-324, Number.MAX_VALUE));
    fc.assert(
      fc.property(reports(odd), limits, (swept, limit) => {
        expect(overlapDisagreements(swept, limit)).toEqual(plainSweep(swept, limit));
      }),
      { numRuns: 200 },
    );
  });

  test("reports of one source never disagree; disjoint ranges never meet", () => {
    const sameSource = [100, 200].map((value) => ({ earliest: day(1), latest: day(3), value, source: "a" }));
    expect(overlapDisagreements(sameSource, { pairs: 5, notes: 3 }).count).toBe(0);
    const apart = [
      { earliest: day(1), latest: day(2), value: 100, source: "a" },
      { earliest: day(3), latest: day(4), value: 200, source: "b" },
    ];
    expect(overlapDisagreements(apart, { pairs: 5, notes: 3 }).count).toBe(0);
    const overlapping = [apart[0]!, { ...apart[1]!, earliest: day(2) }];
    expect(overlapDisagreements(overlapping, { pairs: 5, notes: 3 })).toEqual({ count: 1, pairs: [[0, 1]], notes: [[1], [0]] });
  });

  test("differ allows 5 % either way", () => {
    expect(differ(100, 95.5)).toBe(false);
    expect(differ(100, 94)).toBe(true);
    expect(differ(0, 0)).toBe(false);
  });
});

describe("rank indexes", () => {
  test("RankCounts and RankSlots answer as a plain scan of the same contents", () => {
    const operation = fc.record({ slot: fc.integer({ min: 0, max: 19 }), rank: fc.integer({ min: 0, max: 9 }), clear: fc.boolean() });
    const query = fc.record({ from: fc.integer({ min: 0, max: 20 }), low: fc.integer({ min: 0, max: 9 }), span: fc.integer({ min: 0, max: 9 }) });
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 40 }), fc.array(query, { maxLength: 10 }), (operations, queries) => {
        const slots = new RankSlots(20);
        const counts = new RankCounts(10);
        const held: (number | undefined)[] = Array.from({ length: 20 }, () => undefined);
        for (const { slot, rank, clear } of operations) {
          if (held[slot] !== undefined) counts.add(held[slot]!, -1);
          held[slot] = clear ? undefined : rank;
          if (clear) slots.clear(slot);
          else {
            slots.set(slot, rank);
            counts.add(rank, 1);
          }
        }
        for (const { from, low, span } of queries) {
          const high = Math.min(9, low + span);
          const expected = held.findIndex((rank, slot) => slot >= from && rank !== undefined && (rank < low || rank > high));
          expect(slots.nextOutside(from, low, high)).toBe(expected);
          expect(counts.between(low, high)).toBe(held.filter((rank) => rank !== undefined && rank >= low && rank <= high).length);
        }
      }),
    );
  });
});
