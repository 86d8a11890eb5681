/**
 * An ArticleDate in words, as precisely as it is known: "25 May 2024" for a stated day,
 * "c. late May 2024" for an estimate known to about a week, "c. December 2023", "c. January–March
 * 2025", "c. 2024". "c." marks every inferred date.
 */
import type { ArticleDate } from "../model.ts";
import { formatDay, fromIso, MONTH_NAMES, partsOf } from "./days.ts";

export function describeDate(date: ArticleDate): string {
  const estimate = fromIso(date.date);
  const prefix = date.source === "inferred" ? "c. " : "";
  const { year, month, day } = partsOf(estimate);
  const first = partsOf(fromIso(date.range.earliest));
  const last = partsOf(fromIso(date.range.latest));
  switch (date.precision) {
    case "day":
      return `${prefix}${formatDay(estimate)}`;
    case "week":
      return `${prefix}${partOfMonth(day)}${MONTH_NAMES[month - 1]} ${year}`;
    case "month":
      return `${prefix}${monthSpan(first, last)}`;
    case "year":
      return `${prefix}${first.year === last.year ? String(year) : `${first.year}–${last.year}`}`;
  }
}

/** "early ", "mid-" or "late " (days 1–10, 11–20, 21–31). */
function partOfMonth(day: number): string {
  if (day <= 10) return "early ";
  return day <= 20 ? "mid-" : "late ";
}

function monthSpan(first: { year: number; month: number }, last: { year: number; month: number }): string {
  const name = (month: number) => MONTH_NAMES[month - 1]!;
  if (first.year === last.year && first.month === last.month) return `${name(first.month)} ${first.year}`;
  if (first.year === last.year) return `${name(first.month)}–${name(last.month)} ${first.year}`;
  return `${name(first.month)} ${first.year} – ${name(last.month)} ${last.year}`;
}
