import { describe, expect, test } from "vitest";
import type { ArticleDate } from "../../src/model.ts";
import {
  datetimeAttribute,
  describeArticleDate,
  describeRange,
  formatDay,
  isIsoDay,
  partOfMonth,
} from "../../src/site/dates.ts";

function articleDate(date: string, precision: ArticleDate["precision"], earliest = date, latest = date): ArticleDate {
  return { date, precision, range: { earliest, latest }, source: "text", evidence: [], conflicts: [] };
}

describe("describeArticleDate", () => {
  test("a day known exactly reads as the day, without c.", () => {
    expect(describeArticleDate(articleDate("2024-05-22", "day"))).toBe("22 May 2024");
  });

  test("a day-precise estimate with a wider range gets c.", () => {
    expect(describeArticleDate(articleDate("2024-05-22", "day", "2024-05-21", "2024-05-23"))).toBe("c. 22 May 2024");
  });

  test("a week estimate reads as early, mid or late in the month", () => {
    expect(describeArticleDate(articleDate("2024-05-25", "week", "2024-05-14", "2024-06-21"))).toBe("c. late May 2024");
    expect(describeArticleDate(articleDate("2023-10-04", "week", "2023-10-01", "2023-10-08"))).toBe("c. early October 2023");
    expect(describeArticleDate(articleDate("2023-12-15", "week", "2023-12-12", "2023-12-18"))).toBe("c. mid December 2023");
  });

  test("a month is plain when the range is exactly that month, an estimate otherwise", () => {
    expect(describeArticleDate(articleDate("2024-02-15", "month", "2024-02-01", "2024-02-29"))).toBe("February 2024");
    expect(describeArticleDate(articleDate("2024-02-15", "month", "2024-01-20", "2024-03-10"))).toBe("c. February 2024");
  });

  test("a year is plain only when the range is the whole year", () => {
    expect(describeArticleDate(articleDate("2024-07-01", "year", "2024-01-01", "2024-12-31"))).toBe("2024");
    expect(describeArticleDate(articleDate("2024-07-01", "year", "2023-10-07", "2025-03-01"))).toBe("c. 2024");
  });
});

describe("datetimeAttribute", () => {
  test("matches what is shown: day, month or year", () => {
    expect(datetimeAttribute(articleDate("2024-05-22", "day"))).toBe("2024-05-22");
    expect(datetimeAttribute(articleDate("2024-05-22", "week"))).toBe("2024-05-22");
    expect(datetimeAttribute(articleDate("2024-05-22", "month"))).toBe("2024-05");
    expect(datetimeAttribute(articleDate("2024-05-22", "year"))).toBe("2024");
  });
});

describe("small helpers", () => {
  test("partOfMonth splits at the 10th and the 20th", () => {
    expect([1, 10, 11, 20, 21, 31].map(partOfMonth)).toEqual(["early", "early", "mid", "mid", "late", "late"]);
  });

  test("formatDay has no leading zero and an English month", () => {
    expect(formatDay("2023-10-07")).toBe("7 October 2023");
  });

  test("describeRange gives one day or both ends", () => {
    expect(describeRange(articleDate("2024-05-22", "day"))).toBe("22 May 2024");
    expect(describeRange(articleDate("2024-05-25", "week", "2024-05-14", "2024-06-21"))).toBe("14 May 2024 – 21 June 2024");
  });

  test("isIsoDay accepts real days only", () => {
    expect(isIsoDay("2024-02-29")).toBe(true);
    expect(isIsoDay("2023-02-29")).toBe(false);
    expect(isIsoDay("2024-13-01")).toBe(false);
    expect(isIsoDay("2024-5-1")).toBe(false);
    expect(isIsoDay(20240501)).toBe(false);
  });
});
