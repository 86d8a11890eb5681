import { describe, expect, it } from "vitest";
import { between, contains, EVERY_DAY, firstOnOrAfter, intersect, isEmpty, onOrAfter, union } from "../../src/date/day-set.ts";
import { addMonths, addYears, endOfMonth, fromIso, parseIsoDay, toIso, weekdayOf } from "../../src/date/days.ts";

const day = fromIso;

describe("days", () => {
  it("round-trips ISO days and rejects impossible ones", () => {
    expect(toIso(day("2024-02-29"))).toBe("2024-02-29");
    expect(parseIsoDay("2023-02-29")).toBeUndefined();
    expect(parseIsoDay("2023-13-01")).toBeUndefined();
  });

  it("knows weekdays", () => {
    expect(weekdayOf(day("2023-10-07"))).toBe(6); // Saturday
    expect(weekdayOf(day("2025-03-05"))).toBe(3); // Wednesday
  });

  it("adds months and years on the calendar, clamping to the month's end", () => {
    expect(toIso(addMonths(day("2023-10-07"), 8))).toBe("2024-06-07");
    expect(toIso(addMonths(day("2024-01-31"), 1))).toBe("2024-02-29");
    expect(toIso(addYears(day("1948-05-14"), 75))).toBe("2023-05-14");
    expect(toIso(endOfMonth(day("2023-11-24")))).toBe("2023-11-30");
  });
});

describe("day sets", () => {
  it("intersects and unites intervals", () => {
    const a = union(between(day("2023-01-01"), day("2023-01-10")), between(day("2023-02-01"), day("2023-02-10")));
    const b = between(day("2023-01-05"), day("2023-02-03"));
    expect(intersect(a, b).map(([x, y]) => [toIso(x), toIso(y)])).toEqual([
      ["2023-01-05", "2023-01-10"],
      ["2023-02-01", "2023-02-03"],
    ]);
    expect(union(between(1, 3), between(4, 6))).toEqual([[1, 6]]);
  });

  it("finds the empty set and the first day on or after a day", () => {
    expect(isEmpty(intersect(between(1, 3), between(5, 9)))).toBe(true);
    expect(firstOnOrAfter(union(between(1, 3), between(8, 9)), 5)).toBe(8);
    expect(contains(onOrAfter(10), 9)).toBe(false);
    expect(contains(EVERY_DAY, day("2024-05-25"))).toBe(true);
  });
});
