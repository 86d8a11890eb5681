/** Scraped page dates ("Date:2025-04-17 08:41:39"): when a crawler saw the page, not when it was written. */
import type { CleanArticle } from "../../model.ts";
import { dayOf, type Day } from "../days.ts";
import { chronoMatches } from "./chrono.ts";

export interface PageDate {
  text: string;
  day: Day;
}

export function findPageDates(clean: CleanArticle): PageDate[] {
  return clean.scrapedDates.flatMap((text) => {
    const match = chronoMatches(text).find(({ start }) => start.year !== undefined && start.month !== undefined && start.day !== undefined);
    if (!match) return [];
    const { year, month, day } = match.start as Required<typeof match.start>;
    return [{ text: text.trim(), day: dayOf(year, month, day) }];
  });
}
