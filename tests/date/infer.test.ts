/** Combining constraints, the estimate, precision and how a date reads. */
import { describe, expect, it } from "vitest";
import type { Constraint } from "../../src/date/constraints/types.ts";
import { between, onOrAfter } from "../../src/date/day-set.ts";
import { fromIso, toIso } from "../../src/date/days.ts";
import { articleWeekday, estimateDay } from "../../src/date/estimate.ts";
import { describeDate } from "../../src/date/format.ts";
import { combine } from "../../src/date/infer.ts";
import { precisionOf } from "../../src/date/precision.ts";
import type { ArticleDate } from "../../src/model.ts";

const day = fromIso;
const constraint = (text: string, set: Constraint["set"], strength: number, anchor = false): Constraint =>
  ({ kind: "event", text, set, strength, anchor, reading: text });

describe("combine", () => {
  it("keeps the strongest constraints that agree and drops the one that contradicts them", () => {
    const after = constraint("after", onOrAfter(day("2025-01-19")), 70);
    const term = constraint("term", between(day("2022-12-29"), day("2024-11-07")), 60);
    const coverage = constraint("span", between(day("2023-10-07"), day("2025-12-31")), 5);
    const { set, kept, dropped } = combine([coverage, term, after]);
    expect(kept.map((item) => item.text)).toEqual(["after", "span"]);
    expect(dropped.map((item) => item.constraint.text)).toEqual(["term"]);
    expect(set).toEqual(between(day("2025-01-19"), day("2025-12-31")));
  });
});

describe("estimate", () => {
  it("picks the article's weekday from the weekdays named", () => {
    expect(articleWeekday([5, 6, 5])).toBe(6); // Friday and Saturday → Saturday
    expect(articleWeekday([2, 3])).toBe(3); // Tuesday and Wednesday → Wednesday
    expect(articleWeekday([])).toBeUndefined();
  });

  it("starts from the latest reported event and moves to that weekday", () => {
    const set = between(day("2024-05-23"), day("2024-06-07"));
    const anchors = [constraint("event", onOrAfter(day("2023-10-07")), 70, true), constraint("duration", set, 60, true)];
    expect(toIso(estimateDay(set, day("2024-05-23"), day("2024-06-07"), anchors, [6]).day)).toBe("2024-05-25");
    expect(toIso(estimateDay(set, day("2024-05-23"), day("2024-06-07"), anchors, []).day)).toBe("2024-05-23");
  });

  it("takes the middle of the range when nothing reported anchors it", () => {
    const set = between(day("2021-01-20"), day("2021-01-30"));
    expect(toIso(estimateDay(set, day("2021-01-20"), day("2021-01-30"), [], []).day)).toBe("2021-01-25");
  });
});

describe("precision", () => {
  it("follows the range's width and drops a step after a conflict", () => {
    expect(precisionOf(10, 10, false)).toBe("day");
    expect(precisionOf(10, 26, false)).toBe("week");
    expect(precisionOf(10, 40, false)).toBe("month");
    expect(precisionOf(10, 200, false)).toBe("year");
    expect(precisionOf(10, 26, true)).toBe("month");
  });
});

describe("describeDate", () => {
  const date = (overrides: Partial<ArticleDate>): ArticleDate => ({
    date: "2024-05-25", precision: "week", range: { earliest: "2024-05-23", latest: "2024-06-07" }, source: "inferred", evidence: [], conflicts: [], ...overrides,
  });

  it("says a stated day plainly and marks estimates with c.", () => {
    expect(describeDate(date({ precision: "day", source: "text", range: { earliest: "2024-05-25", latest: "2024-05-25" } }))).toBe("25 May 2024");
    expect(describeDate(date({}))).toBe("c. late May 2024");
    expect(describeDate(date({ date: "2025-01-19" }))).toBe("c. mid-January 2025");
  });

  it("names the months or years a wide range spans", () => {
    expect(describeDate(date({ precision: "month", date: "2023-12-06", range: { earliest: "2023-12-02", latest: "2023-12-31" } }))).toBe("c. December 2023");
    expect(describeDate(date({ precision: "month", date: "2025-01-22", range: { earliest: "2025-01-20", latest: "2025-03-18" } }))).toBe("c. January–March 2025");
    expect(describeDate(date({ precision: "year", date: "2024-02-01", range: { earliest: "2023-10-07", latest: "2025-01-20" } }))).toBe("c. 2023–2025");
  });
});
