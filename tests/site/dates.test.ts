import { describe, expect, test } from "vitest";
import { describeDate } from "../../src/date/format.ts";
import type { ArticleDate } from "../../src/model.ts";
import { datetimeAttribute, epochDay, formatDay, formatMonth, isIsoDay, shortMonthName, yearAndMonth } from "../../src/site/dates.ts";
import { siteFilters } from "../../src/site/filters.ts";

function articleDate(date: string, precision: ArticleDate["precision"], earliest = date, latest = date, source: ArticleDate["source"] = "text"): ArticleDate {
  return { date, precision, range: { earliest, latest }, source, evidence: [], conflicts: [] };
}

describe("one way to word a date", () => {
  test("the site shows an article date in the date stage's words", () => {
    for (const date of [
      articleDate("2024-05-22", "day"),
      articleDate("2024-05-25", "week", "2024-05-14", "2024-06-21", "inferred"),
      articleDate("2025-01-22", "month", "2025-01-20", "2025-03-18", "inferred"),
      articleDate("2024-07-01", "year", "2024-01-01", "2024-12-31"),
    ]) {
      expect(siteFilters.displayDate(date)).toBe(describeDate(date));
    }
    expect(siteFilters.displayDate(articleDate("2024-05-25", "week", "2024-05-14", "2024-06-21", "inferred"))).toBe("c. late May 2024");
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
  test("formatDay has no leading zero and an English month", () => {
    expect(formatDay("2023-10-07")).toBe("7 October 2023");
  });

  test("month names, long and short", () => {
    expect(formatMonth(2024, 5)).toBe("May 2024");
    expect(shortMonthName(9)).toBe("Sep");
    expect(() => formatMonth(2024, 13)).toThrow();
    expect(yearAndMonth("2024-05-22")).toEqual({ year: 2024, month: 5 });
  });

  test("epochDay counts days from 1970-01-01, across leap days", () => {
    expect(epochDay("1970-01-02")).toBe(1);
    expect(epochDay("2024-03-01") - epochDay("2024-02-28")).toBe(2);
  });

  test("isIsoDay accepts real days only", () => {
    expect(isIsoDay("2024-02-29")).toBe(true);
    expect(isIsoDay("2023-02-29")).toBe(false);
    expect(isIsoDay("2024-13-01")).toBe(false);
    expect(isIsoDay("2024-5-1")).toBe(false);
    expect(isIsoDay(20240501)).toBe(false);
  });
});
