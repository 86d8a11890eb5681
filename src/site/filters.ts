/**
 * Template filters, registered by `.eleventy.ts`. They return plain strings, which Nunjucks
 * autoescapes like any other data.
 */
import type { ArticleDate, IsoDay } from "../model.ts";
import { datetimeAttribute, describeArticleDate, describeRange, formatDay } from "./dates.ts";

/** "A", "A and B", "A, B and C" */
export function joinNames(names: readonly string[] | null | undefined): string {
  const list = [...(names ?? [])];
  if (list.length <= 1) return list.join("");
  return `${list.slice(0, -1).join(", ")} and ${list.at(-1)}`;
}

/** "31.52° N, 34.45° E" */
export function formatCoordinates(lat: number, lon: number): string {
  const part = (value: number, positive: string, negative: string) =>
    `${Math.abs(value).toFixed(2)}° ${value < 0 ? negative : positive}`;
  return `${part(lat, "N", "S")}, ${part(lon, "E", "W")}`;
}

/** Whether the nav link to `sectionUrl` is the current section for `pageUrl`. */
export function isCurrentSection(pageUrl: string | undefined, sectionUrl: string): boolean {
  if (!pageUrl) return false;
  if (sectionUrl === "/") return pageUrl === "/" || pageUrl === "/newest/" || pageUrl.startsWith("/entries/");
  return pageUrl.startsWith(sectionUrl);
}

/** The HTML page URLs of a collection, each once, sorted: the sitemap's list. */
export function sitemapUrls(items: readonly { url?: string | false }[]): string[] {
  const urls = items
    .map((item) => item.url)
    .filter((url): url is string => typeof url === "string" && url.endsWith("/"));
  return [...new Set(urls)].sort();
}

export const siteFilters = {
  displayDate: (date: ArticleDate) => describeArticleDate(date),
  datetime: (date: ArticleDate) => datetimeAttribute(date),
  dateRange: (date: ArticleDate) => describeRange(date),
  formatDay: (day: IsoDay) => formatDay(day),
  joinNames,
  formatCoordinates,
  isCurrentSection,
  sitemapUrls,
} satisfies Record<string, (...args: never[]) => unknown>;
